import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewOutcomes, type Interview } from '@shared/domain/interview';
import { useApi } from '@renderer/api/api-context';
import { formatDate, formatTimestamp } from '../cases/case-ids';
import { TextInputField } from '../cases/TextInputField';
import { useWorkspace } from '../cases/workspace/workspace-context';
import type { InterviewSaved } from './use-interview-autosave';
import { RecordAdditionsCard } from './RecordAdditionsCard';
import { useRecordCall } from './use-record-call';

type Outcome = (typeof reviewOutcomes)[number];

/** The interviewee's review of the statement: signed, signed with corrections, or declined. */
export function ReviewPanel({
  interview,
  onSaved,
}: {
  interview: Interview;
  onSaved: (saved: InterviewSaved) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caseId, today } = useWorkspace();
  const [outcome, setOutcome] = useState<Outcome>('signed');
  const [on, setOn] = useState<string>(today);
  const [corrections, setCorrections] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ on?: string; corrections?: string }>({});
  const { busy, failure, run } = useRecordCall(onSaved);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!on) found.on = t('interviews.review.dateRequired');
    if (outcome === 'signed-with-corrections' && !corrections.trim())
      found.corrections = t('interviews.review.correctionsRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await run(
      () =>
        api['interviews:record-review']({
          caseId,
          interviewId: interview.id,
          review: {
            outcome,
            on,
            corrections: outcome === 'signed-with-corrections' ? corrections.trim() : '',
            reason: outcome === 'declined' ? reason.trim() : '',
          },
        }),
      () => {
        setOutcome('signed');
        setCorrections('');
        setReason('');
      },
    );
  };

  return (
    <RecordAdditionsCard
      title={t('interviews.review.title', { count: interview.reviews.length })}
      description={t('interviews.review.hint')}
      items={interview.reviews}
      listLabel={t('interviews.review.listLabel')}
      renderItem={(r) => (
        <>
          <p className="note__at">
            {t(`interviews.review.outcome.${r.outcome}`)} · {formatDate(r.on, i18n.language)}
            {' · '}
            {t('interviews.review.recorded', {
              at: formatTimestamp(r.recordedAt, i18n.language),
              by: r.recordedBy,
            })}
          </p>
          {r.corrections && <p className="note__text">{r.corrections}</p>}
          {r.reason && <p className="note__text">{r.reason}</p>}
        </>
      )}
      onSubmit={submit}
      busy={busy}
      failure={failure}
      failedTitle={t('interviews.review.failed')}
      submitLabel={t('interviews.review.record')}
    >
      <fieldset className="cw-fieldset">
        <legend className="cw-field__label">{t('interviews.review.outcomeLabel')}</legend>
        <div className="iv-radios">
          {reviewOutcomes.map((value) => (
            <label key={value} className="iv-radio">
              <input
                type="radio"
                name="review-outcome"
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
              {t(`interviews.review.outcome.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextInputField
        label={t('interviews.review.on')}
        type="date"
        size="short"
        value={on}
        error={errors.on}
        onChange={setOn}
      />
      {outcome === 'signed-with-corrections' && (
        <TextInputField
          label={t('interviews.review.corrections')}
          description={t('interviews.review.correctionsHint')}
          value={corrections}
          error={errors.corrections}
          isRequired
          onChange={setCorrections}
          multiline
          rows={3}
        />
      )}
      {outcome === 'declined' && (
        <TextInputField
          label={t('interviews.review.reason')}
          value={reason}
          onChange={setReason}
          multiline
          rows={2}
        />
      )}
    </RecordAdditionsCard>
  );
}
