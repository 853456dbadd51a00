import { useTranslation } from 'react-i18next';
import type { ScreenId } from './navigation';

/** The bar above the content: the current screen's title and what it is for. */
export function TopBar({ screen, titleId }: { screen: ScreenId; titleId: string }) {
  const { t } = useTranslation();
  return (
    <header className="top-bar" aria-label={t('frame.topBar')}>
      <h1 className="top-bar__title" id={titleId}>
        {t(`screens.${screen}.title`)}
      </h1>
      <p className="top-bar__description">{t(`screens.${screen}.description`)}</p>
    </header>
  );
}
