import { Info } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '@renderer/app/app-data-context';
import { platformLabel, runtimeLabel } from '@renderer/lib/platform-label';
import { SettingsSection } from './SettingsSection';

export function AboutSection() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const facts = [
    { term: t('settings.about.name'), value: info.name },
    { term: t('settings.about.version'), value: info.version },
    { term: t('settings.about.platform'), value: platformLabel(t, info.platform) },
    { term: t('settings.about.runtime'), value: runtimeLabel(t, info.runtime) },
  ];

  return (
    <SettingsSection
      icon={Info}
      title={t('settings.about.title')}
      description={t('settings.about.description')}
    >
      <dl className="facts">
        {facts.map(({ term, value }) => (
          <div className="facts__row" key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="facts__row facts__row--wide">
          <dt>{t('settings.about.dataDirectory')}</dt>
          <dd>
            <code className="path">{info.dataDirectory}</code>
          </dd>
        </div>
      </dl>
    </SettingsSection>
  );
}
