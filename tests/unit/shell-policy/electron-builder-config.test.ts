import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder.yml is flat enough to read line by line; the fuse table is the part that must
// never drift (vault.md §11). Schema validity was checked with app-builder-lib's validateConfiguration.
const text = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');
const lines = text.split('\n').filter((line) => !line.trimStart().startsWith('#'));

function section(name: string): Record<string, string> {
  const start = lines.findIndex((line) => line === `${name}:`);
  if (start < 0) return {};
  const entries: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    const match = /^\s+(\w+):\s*(.+)$/.exec(line);
    if (match) entries[match[1]!] = match[2]!.trim();
  }
  return entries;
}

function topLevel(key: string): string | undefined {
  return lines
    .find((line) => line.startsWith(`${key}:`))
    ?.slice(key.length + 1)
    .trim();
}

describe('electron-builder.yml', () => {
  it('names the app and packs it into an asar, linux dir target', () => {
    expect(topLevel('productName')).toBe('Confidant');
    expect(topLevel('appId')).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(topLevel('asar')).toBe('true');
    expect(section('linux').target).toBe('dir');
  });

  it('ships only the built app and package.json (never the harness renderer)', () => {
    const start = lines.indexOf('files:');
    const files: string[] = [];
    for (const line of lines.slice(start + 1)) {
      const match = /^\s+-\s+(.+)$/.exec(line);
      if (!match) break;
      files.push(match[1]!);
    }
    expect(files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
  });

  it('flips the fuses of vault.md §11', () => {
    expect(section('electronFuses')).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      grantFileProtocolExtraPrivileges: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      enableCookieEncryption: 'true',
    });
  });
});
