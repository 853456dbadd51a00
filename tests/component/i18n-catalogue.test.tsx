import { describe, expect, it } from 'vitest';
import { languages, resources } from '@renderer/i18n/languages';

// Every translation key the renderer uses must exist in the English catalogue. Keys are found by
// scanning the source for t('…') / t(`…`) calls; `${…}` parts of template keys match any segment.
const sources = import.meta.glob<string>('/src/renderer/src/**/*.{ts,tsx}', {
  eager: true,
  query: '?raw',
  import: 'default',
});

// Read through Vite (like the app does) rather than a JSON import, which tsconfig.web.json doesn't list.
const en = resources.en?.translation ?? {};

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    flatten(value, prefix ? `${prefix}.${key}` : key),
  );
}

function usedKeys(): { file: string; key: string }[] {
  const call = /\bt\(\s*(['"`])((?:(?!\1).)+)\1/g;
  return Object.entries(sources).flatMap(([file, text]) =>
    [...text.matchAll(call)].map((match) => ({ file, key: match[2] ?? '' })),
  );
}

function toPattern(key: string): RegExp {
  const escaped = key
    .split(/\$\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^.]+')}$`);
}

describe('i18n catalogue', () => {
  const catalogueKeys = new Set(flatten(en).map((key) => key.replace(pluralSuffix, '')));

  it('finds translation calls in the source', () => {
    expect(usedKeys().length).toBeGreaterThan(40);
  });

  it('has every key the components use', () => {
    const missing = usedKeys().filter(({ key }) => {
      const pattern = toPattern(key);
      return ![...catalogueKeys].some((candidate) => pattern.test(candidate));
    });
    expect(missing).toEqual([]);
  });

  it('holds only non-empty strings', () => {
    const empty = flatten(en).filter((key) => {
      const value = key.split('.').reduce<unknown>((node, part) => {
        return typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined;
      }, en);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('offers exactly the languages that have a bundled catalogue', () => {
    expect(Object.keys(resources)).toEqual(['en']);
    expect(languages.map((language) => language.code)).toEqual(['en']);
  });
});
