import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '@shared/ipc/contract';

/**
 * Mirrors preferences onto the document: `data-theme` drives the CSS tokens in global.css
 * ('system' defers to prefers-color-scheme), and the language switches the catalogue and `lang`.
 */
export function useDocumentPreferences({ theme, locale }: Preferences): void {
  const { i18n } = useTranslation();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    document.documentElement.lang = locale;
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
  }, [i18n, locale]);
}
