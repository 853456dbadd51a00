import { ShieldAlert, ShieldCheck, ShieldOff } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { captureProtection } from '@renderer/lib/capture-protection';
import { useAppInfo, usePreferences } from './app-data-context';

const icons = { blocked: ShieldCheck, allowed: ShieldOff, unavailable: ShieldAlert } as const;

/** The sidebar foot: whether this window can be captured right now, and which version is running. */
export function ProtectionStatus() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const { preferences } = usePreferences();
  const status = captureProtection(preferences, info);
  const Icon = icons[status];

  return (
    <section className="protection-status" aria-label={t('status.label')}>
      <p className={`protection-status__capture protection-status__capture--${status}`}>
        <Icon size={16} strokeWidth={1.9} aria-hidden="true" />
        <span>{t(`status.capture.${status}`)}</span>
      </p>
      <p className="protection-status__meta">
        {t('status.lockAfter', { count: preferences.idleLockMinutes })}
      </p>
      <p className="protection-status__meta">
        {t('status.version', { name: info.name, version: info.version })}
      </p>
    </section>
  );
}
