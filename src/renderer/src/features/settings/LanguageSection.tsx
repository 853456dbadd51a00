import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '@renderer/app/app-data-context';
import { InlineError } from '@renderer/components/InlineError';
import { SelectField } from '@renderer/components/SelectField';
import { languages } from '@renderer/i18n/languages';
import { SettingsSection } from './SettingsSection';

/** Lists only languages with a bundled catalogue, each named in itself. */
export function LanguageSection() {
  const { t } = useTranslation();
  const { preferences, errors, update } = usePreferences();
  const options = languages.map(({ code, endonym }) => ({ id: code, label: endonym }));

  return (
    <SettingsSection
      icon={Languages}
      title={t('settings.language.title')}
      description={t('settings.language.description')}
    >
      <div className="setting-row">
        <SelectField
          label={t('settings.language.label')}
          options={options}
          value={preferences.locale}
          onChange={(locale) => void update({ locale })}
        />
      </div>
      {errors.locale && <InlineError title={t('settings.errors.language')} error={errors.locale} />}
    </SettingsSection>
  );
}
