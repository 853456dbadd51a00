import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { exitReasonTaxonomy } from '@shared/domain/document-inputs';
import { emptyExitForm, type ExitForm as ExitFormValue } from '@shared/domain/interview';
import { ChoiceField } from '../cases/ChoiceField';
import { TextInputField } from '../cases/TextInputField';
import { SectionCard } from '../cases/workspace/SectionCard';
import type { DraftProps } from './DraftInterview';
import { YesNoField } from './YesNoField';

type Reason = ExitFormValue['reasons'][number];
type Rehire = NonNullable<ExitFormValue['rehire']>;

/** The structured exit interview: why they leave, notice, rehire, covenants, alumni contact. */
export function ExitForm({ draft, edit, onBlur }: DraftProps) {
  const { t } = useTranslation();
  const form = draft.exit ?? emptyExitForm();
  const set = (patch: Partial<ExitFormValue>) =>
    edit((d) => ({ ...d, exit: { ...(d.exit ?? emptyExitForm()), ...patch } }));
  const toggle = (reason: Reason, on: boolean) => {
    const reasons = on ? [...form.reasons, reason] : form.reasons.filter((r) => r !== reason);
    const primaryReason =
      form.primaryReason && reasons.includes(form.primaryReason) ? form.primaryReason : null;
    set({ reasons, primaryReason });
  };
  const date = (label: string, value: string | null, onChange: (v: string | null) => void) => (
    <TextInputField
      label={label}
      type="date"
      size="short"
      value={value ?? ''}
      onChange={(v) => onChange(v || null)}
      onBlur={onBlur}
    />
  );
  return (
    <SectionCard title={t('interviews.exit.title')} description={t('interviews.exit.hint')}>
      <fieldset className="cw-fieldset">
        <legend className="cw-fieldset__legend">{t('interviews.exit.reasons')}</legend>
        <div className="iv-reasons">
          {exitReasonTaxonomy.map((group) => (
            <div
              key={group.group}
              className="iv-reasons__group"
              role="group"
              aria-label={group.group}
            >
              <p className="iv-reasons__title">{group.group}</p>
              {group.reasons.map((reason) => (
                <Checkbox
                  key={reason}
                  className="cw-checkbox"
                  isSelected={form.reasons.includes(reason)}
                  onChange={(on) => toggle(reason, on)}
                >
                  <span className="cw-checkbox__box" aria-hidden="true" />
                  {reason}
                </Checkbox>
              ))}
            </div>
          ))}
        </div>
      </fieldset>
      <div className="cw-form__row cw-form__row--end">
        <ChoiceField
          label={t('interviews.exit.primary')}
          value={form.primaryReason}
          placeholder={t(
            form.reasons.length ? 'interviews.exit.choosePrimary' : 'interviews.exit.tickFirst',
          )}
          options={form.reasons.map((id) => ({ id, label: id }))}
          isDisabled={form.reasons.length === 0}
          onChange={(primaryReason) => set({ primaryReason })}
        />
      </div>
      <div className="cw-form__row cw-form__row--end">
        <YesNoField
          legend={t('interviews.exit.noticeGiven')}
          name="notice-given"
          value={form.noticeGiven}
          onChange={(noticeGiven) => set({ noticeGiven })}
        />
        {date(t('interviews.exit.noticeOn'), form.noticeOn, (noticeOn) => set({ noticeOn }))}
        {date(t('interviews.exit.lastDay'), form.lastDay, (lastDay) => set({ lastDay }))}
      </div>
      <div className="cw-form__row cw-form__row--end">
        <ChoiceField<Rehire>
          label={t('interviews.exit.rehire')}
          value={form.rehire}
          placeholder={t('interviews.exit.notDecided')}
          options={(['eligible', 'not-eligible', 'review'] as const).map((id) => ({
            id,
            label: t(`interviews.exit.rehireOptions.${id}`),
          }))}
          onChange={(rehire) => set({ rehire })}
          size="short"
        />
        <div className="cw-grow">
          <TextInputField
            label={t('interviews.exit.rehireNote')}
            value={form.rehireNote}
            onChange={(rehireNote) => set({ rehireNote })}
            onBlur={onBlur}
          />
        </div>
      </div>
      <div className="iv-covenants">
        <div className="cw-form__row cw-form__row--end">
          {date(t('interviews.exit.nonCompete'), form.nonCompeteEndsOn, (nonCompeteEndsOn) =>
            set({ nonCompeteEndsOn }),
          )}
          {date(t('interviews.exit.nonSolicit'), form.nonSolicitEndsOn, (nonSolicitEndsOn) =>
            set({ nonSolicitEndsOn }),
          )}
        </div>
        <p className="cw-field__description">{t('interviews.exit.becomesReminder')}</p>
      </div>
      <YesNoField
        legend={t('interviews.exit.alumni')}
        name="alumni-consent"
        value={form.alumniContactConsent}
        onChange={(alumniContactConsent) => set({ alumniContactConsent })}
      />
      <TextInputField
        label={t('interviews.exit.comments')}
        value={form.comments}
        onChange={(comments) => set({ comments })}
        onBlur={onBlur}
        multiline
        rows={3}
      />
    </SectionCard>
  );
}
