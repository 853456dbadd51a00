import { Monitor, Moon, Palette, Sun, type LucideIcon } from 'lucide-react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '@shared/ipc/contract';
import { usePreferences } from '@renderer/app/app-data-context';
import { InlineError } from '@renderer/components/InlineError';
import { SettingsSection } from './SettingsSection';

type Theme = Preferences['theme'];

const themes: readonly { id: Theme; icon: LucideIcon }[] = [
  { id: 'system', icon: Monitor },
  { id: 'light', icon: Sun },
  { id: 'dark', icon: Moon },
];

function isTheme(value: string): value is Theme {
  return themes.some((theme) => theme.id === value);
}

export function AppearanceSection() {
  const { t } = useTranslation();
  const { preferences, errors, update } = usePreferences();

  return (
    <SettingsSection
      icon={Palette}
      title={t('settings.appearance.title')}
      description={t('settings.appearance.description')}
    >
      <RadioGroup
        className="theme-picker"
        value={preferences.theme}
        orientation="horizontal"
        onChange={(value) => {
          if (isTheme(value)) void update({ theme: value });
        }}
      >
        <Label className="field-label">{t('settings.theme.label')}</Label>
        <div className="theme-picker__options">
          {themes.map(({ id, icon: Icon }) => (
            <Radio key={id} value={id} className="theme-option">
              <span
                className={`theme-option__preview theme-option__preview--${id}`}
                aria-hidden="true"
              >
                <span className="theme-option__bar" />
                <span className="theme-option__line" />
                <span className="theme-option__line theme-option__line--short" />
              </span>
              <span className="theme-option__label">
                <Icon size={15} aria-hidden="true" />
                {t(`settings.theme.${id}`)}
              </span>
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {errors.theme && <InlineError title={t('settings.errors.theme')} error={errors.theme} />}
    </SettingsSection>
  );
}
