import { EyeOff } from 'lucide-react';
import { useId } from 'react';
import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAppInfo, usePreferences } from '@renderer/app/app-data-context';
import { InlineError } from '@renderer/components/InlineError';
import { SelectField } from '@renderer/components/SelectField';
import { canBlockCapture } from '@renderer/lib/capture-protection';
import { lockAfterOptions } from './lock-after-options';
import { SettingsSection } from './SettingsSection';

export function PrivacySection() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const { preferences, errors, update } = usePreferences();
  const descriptionId = useId();
  const lockOptions = lockAfterOptions(preferences.idleLockMinutes).map((minutes) => ({
    id: minutes,
    label: t('settings.lockAfter.option', { count: minutes }),
  }));

  return (
    <SettingsSection
      icon={EyeOff}
      title={t('settings.privacy.title')}
      description={t('settings.privacy.description')}
    >
      <div className="setting-row">
        <div className="setting-row__text">
          <Switch
            className="switch"
            isSelected={preferences.contentProtection}
            onChange={(contentProtection) => void update({ contentProtection })}
            aria-describedby={descriptionId}
          >
            <span className="field-label">{t('settings.capture.label')}</span>
            <span className="switch__track" aria-hidden="true">
              <span className="switch__thumb" />
            </span>
          </Switch>
          <div id={descriptionId}>
            <p className="field-description">{t('settings.capture.description')}</p>
            {!canBlockCapture(info) && (
              <p className="field-note">{t('settings.capture.unsupported')}</p>
            )}
          </div>
        </div>
      </div>
      {errors.contentProtection && (
        <InlineError title={t('settings.errors.capture')} error={errors.contentProtection} />
      )}
      <div className="setting-row">
        <SelectField
          label={t('settings.lockAfter.label')}
          description={t('settings.lockAfter.description')}
          options={lockOptions}
          value={preferences.idleLockMinutes}
          onChange={(idleLockMinutes) => void update({ idleLockMinutes })}
        />
      </div>
      {errors.idleLockMinutes && (
        <InlineError title={t('settings.errors.lockAfter')} error={errors.idleLockMinutes} />
      )}
    </SettingsSection>
  );
}
