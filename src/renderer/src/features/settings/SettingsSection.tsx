import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface SettingsSectionProps {
  icon: LucideIcon;
  title: string;
  description: string;
  children: ReactNode;
}

/**
 * A titled card on the Settings screen. Deliberately not a named region: "Language" would then label
 * both the section and its select, and getByLabel('Language') must find the select alone.
 */
export function SettingsSection({
  icon: Icon,
  title,
  description,
  children,
}: SettingsSectionProps) {
  return (
    <section className="settings-section">
      <div className="settings-section__header">
        <span className="settings-section__icon" aria-hidden="true">
          <Icon size={17} strokeWidth={1.85} />
        </span>
        <div>
          <h2 className="settings-section__title">{title}</h2>
          <p className="settings-section__description">{description}</p>
        </div>
      </div>
      <div className="settings-section__body">{children}</div>
    </section>
  );
}
