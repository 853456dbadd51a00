import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fallbackLanguage, resources } from './languages';

// Initialised synchronously with bundled catalogues, so the first render already has its strings.
// The language follows preferences.locale once the preferences have loaded (see useDocumentPreferences).
void i18n.use(initReactI18next).init({
  resources,
  lng: fallbackLanguage,
  fallbackLng: fallbackLanguage,
  defaultNS: 'translation',
  initAsync: false,
  // React escapes text itself.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
