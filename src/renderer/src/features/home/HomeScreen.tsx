import { useTranslation } from 'react-i18next';
import { ProtectionsPanel } from './ProtectionsPanel';
import { SafetyExplainer } from './SafetyExplainer';
import './home.css';

export function HomeScreen({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="screen screen--home">
      <div className="welcome">
        <h2 className="welcome__title">{t('home.welcome.title')}</h2>
        <p className="welcome__body">{t('home.welcome.body')}</p>
      </div>
      <ProtectionsPanel onOpenSettings={onOpenSettings} />
      <SafetyExplainer />
    </div>
  );
}
