import { useTranslation } from 'react-i18next';
import { ShieldMark } from '@renderer/components/ShieldMark';
import { SidebarVault } from '@renderer/features/vault/SidebarVault';
import { NavLink } from './NavLink';
import { primaryNav, secondaryNav, type ScreenId } from './navigation';
import { ProtectionStatus } from './ProtectionStatus';

interface SidebarProps {
  screen: ScreenId;
  onNavigate: (screen: ScreenId) => void;
}

export function Sidebar({ screen, onNavigate }: SidebarProps) {
  const { t } = useTranslation();
  return (
    <div className="sidebar">
      <nav className="sidebar__nav" aria-label={t('nav.label')}>
        <div className="sidebar__brand">
          <ShieldMark />
          <span className="sidebar__wordmark">{t('app.name')}</span>
        </div>
        <ul className="nav-list">
          {primaryNav.map((item) => (
            <NavLink
              key={item.screen}
              item={item}
              current={item.screen === screen}
              onNavigate={onNavigate}
            />
          ))}
        </ul>
        <ul className="nav-list nav-list--foot">
          {secondaryNav.map((item) => (
            <NavLink
              key={item.screen}
              item={item}
              current={item.screen === screen}
              onNavigate={onNavigate}
            />
          ))}
        </ul>
      </nav>
      <SidebarVault />
      <ProtectionStatus />
    </div>
  );
}
