import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { admonitionKeys, recordingConsentSchema } from '@shared/domain/interview';
import { SectionCard } from '../cases/workspace/SectionCard';
import type { DraftProps } from './DraftInterview';
import { formatClock } from './format-clock';

const consents = recordingConsentSchema.options;

/** The opening statements, each stamped when ticked (main's clock), and recording consent. */
export function OpeningChecklist({ draft, edit }: DraftProps) {
  const { t, i18n } = useTranslation();
  return (
    <SectionCard title={t('interviews.opening.title')} description={t('interviews.opening.hint')}>
      <ul className="iv-checklist" aria-label={t('interviews.opening.title')}>
        {admonitionKeys.map((key) => {
          const at = draft.admonitions[key];
          return (
            <li key={key} className="iv-checklist__item">
              <Checkbox
                className="cw-checkbox"
                isSelected={at !== null}
                onChange={(on) =>
                  edit((d) => ({
                    ...d,
                    // Provisional: main keeps its own clock's time for the first tick.
                    admonitions: { ...d.admonitions, [key]: on ? new Date().toISOString() : null },
                  }))
                }
              >
                <span className="cw-checkbox__box" aria-hidden="true" />
                <span>
                  <span className="iv-checklist__label">{t(`interviews.opening.${key}`)}</span>
                  <span className="iv-checklist__detail">
                    {t(`interviews.opening.detail.${key}`)}
                  </span>
                </span>
              </Checkbox>
              <span className="iv-stamp">
                {at
                  ? t('interviews.opening.givenAt', { time: formatClock(at, i18n.language) })
                  : ''}
              </span>
            </li>
          );
        })}
      </ul>
      <fieldset className="cw-fieldset iv-consent">
        <legend className="cw-fieldset__legend">{t('interviews.consent.title')}</legend>
        <div className="iv-radios">
          {consents.map((value) => (
            <label key={value} className="iv-radio">
              <input
                type="radio"
                name="recording-consent"
                value={value}
                checked={draft.recordingConsent === value}
                onChange={() => edit((d) => ({ ...d, recordingConsent: value }))}
              />
              {t(`interviews.consent.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </SectionCard>
  );
}
