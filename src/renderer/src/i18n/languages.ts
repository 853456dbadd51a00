import type { Preferences } from '@shared/ipc/contract';

export type LanguageCode = Preferences['locale'];

export interface Language {
  code: LanguageCode;
  /** The language's name in itself (an endonym), so people can find their language in any UI. */
  endonym: string;
}

export const fallbackLanguage: LanguageCode = 'en';

type Catalogue = Record<string, unknown>;

// Bundled at build time by Vite: i18next never fetches anything (the renderer has no network).
const catalogueFiles = import.meta.glob<Catalogue>('./locales/*.json', {
  eager: true,
  import: 'default',
});

/** i18next resources keyed by language code, from the file names under locales/. */
export const resources: Record<string, { translation: Catalogue }> = Object.fromEntries(
  Object.entries(catalogueFiles).map(([path, translation]) => [
    path.replace(/^.*\/(.+)\.json$/, '$1'),
    { translation },
  ]),
);

/**
 * Each language needs a catalogue at locales/<code>.json (e.g. vi.json, zh-CN.json) and a place in
 * the preferences contract's locale enum.
 */
const declaredLanguages: readonly Language[] = [{ code: 'en', endonym: 'English' }];

/** Languages offered in Settings: declared ones that have a bundled catalogue. */
export const languages: readonly Language[] = declaredLanguages.filter(
  (language) => language.code in resources,
);
