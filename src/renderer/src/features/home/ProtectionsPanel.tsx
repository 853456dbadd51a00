import {
  ArrowRight,
  FolderLock,
  HardDrive,
  Info,
  ShieldAlert,
  ShieldCheck,
  ShieldOff,
  Timer,
} from 'lucide-react';
import { useId } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAppInfo, usePreferences } from '@renderer/app/app-data-context';
import { captureProtection } from '@renderer/lib/capture-protection';
import { platformLabel, runtimeLabel } from '@renderer/lib/platform-label';
import { ProtectionRow, type Tone } from './ProtectionRow';

const captureIcon = { blocked: ShieldCheck, allowed: ShieldOff, unavailable: ShieldAlert } as const;
const captureTone: Record<keyof typeof captureIcon, Tone> = {
  blocked: 'good',
  allowed: 'warn',
  unavailable: 'warn',
};

/** The protections in force on this device, read from preferences and app:info — never assumed. */
export function ProtectionsPanel({ onOpenSettings }: { onOpenSettings: () => void }) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const { preferences } = usePreferences();
  const capture = captureProtection(preferences, info);
  const titleId = useId();

  return (
    <section className="panel" aria-labelledby={titleId}>
      <div className="panel__header">
        <div>
          <h2 className="panel__title" id={titleId}>
            {t('home.protections.title')}
          </h2>
          <p className="panel__subtitle">{t('home.protections.subtitle')}</p>
        </div>
        <Button className="button button--quiet" onPress={onOpenSettings}>
          {t('home.protections.review')}
          <ArrowRight size={15} aria-hidden="true" />
        </Button>
      </div>
      <dl className="protection-list">
        <ProtectionRow
          icon={captureIcon[capture]}
          term={t('home.protections.capture.term')}
          value={t(`home.protections.capture.value.${capture}`)}
          detail={t(`home.protections.capture.detail.${capture}`)}
          tone={captureTone[capture]}
        />
        <ProtectionRow
          icon={Timer}
          term={t('home.protections.autoLock.term')}
          value={t('home.protections.autoLock.value', { count: preferences.idleLockMinutes })}
          detail={t('home.protections.autoLock.detail')}
          tone="good"
        />
        <ProtectionRow
          icon={HardDrive}
          term={t('home.protections.storage.term')}
          value={t('home.protections.storage.value')}
          detail={t('home.protections.storage.detail')}
          tone="good"
        />
      </dl>
      <dl className="panel__footer">
        <div className="panel__fact">
          <dt>
            <FolderLock size={14} aria-hidden="true" />
            {t('home.protections.dataFolder.term')}
          </dt>
          <dd>
            <code className="path">{info.dataDirectory}</code>
          </dd>
        </div>
        <div className="panel__fact">
          <dt>
            <Info size={14} aria-hidden="true" />
            {t('home.protections.version.term')}
          </dt>
          <dd>
            {t('home.protections.version.detail', {
              version: info.version,
              runtime: runtimeLabel(t, info.runtime),
              platform: platformLabel(t, info.platform),
            })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
