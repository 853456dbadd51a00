import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { NavItem, ScreenId } from './navigation';

interface NavLinkProps {
  item: NavItem;
  current: boolean;
  onNavigate: (screen: ScreenId) => void;
}

/** A sidebar entry: a link (no URL; the frame routes in memory) marked `aria-current` when shown. */
export function NavLink({ item, current, onNavigate }: NavLinkProps) {
  const { t } = useTranslation();
  const Icon = item.icon;
  return (
    <li>
      <Link
        className="nav-link"
        aria-current={current ? 'page' : undefined}
        onPress={() => onNavigate(item.screen)}
      >
        <Icon className="nav-link__icon" size={17} strokeWidth={1.85} aria-hidden="true" />
        <span>{t(`screens.${item.screen}.title`)}</span>
      </Link>
    </li>
  );
}
