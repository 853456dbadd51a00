import { useId, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { InterviewEntry } from '@shared/domain/interview';

type FollowUp = InterviewEntry['followUp'];

/** A follow-up the answer raised (becomes a case task on save): text and an optional due date. */
export function FollowUpEditor({
  value,
  onSave,
  onCancel,
}: {
  value: FollowUp;
  onSave: (followUp: FollowUp) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value?.text ?? '');
  const [dueOn, setDueOn] = useState(value?.dueOn ?? '');
  const [missing, setMissing] = useState(false);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    onSave({ text: text.trim(), dueOn: dueOn || null });
  };
  return (
    <form
      className="iv-followup-form"
      onSubmit={submit}
      noValidate
      aria-label={t('interviews.followUp.title')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
        // The note flow's shortcuts do not apply while this small form is open.
        e.stopPropagation();
      }}
    >
      <div className="cw-field cw-field--full">
        <label className="cw-field__label" htmlFor={`${id}-text`}>
          {t('interviews.followUp.text')}
        </label>
        <input
          id={`${id}-text`}
          className="cw-input"
          autoFocus
          value={text}
          maxLength={200}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setMissing(false);
          }}
        />
        {missing && (
          <span className="cw-field__error" id={`${id}-error`}>
            {t('interviews.followUp.textRequired')}
          </span>
        )}
      </div>
      <label className="cw-field cw-field--short">
        <span className="cw-field__label">{t('interviews.followUp.due')}</span>
        <input
          className="cw-input"
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
        />
      </label>
      <div className="iv-followup-form__actions">
        <Button type="submit" className="button button--primary">
          {t('interviews.followUp.save')}
        </Button>
        {value && (
          <Button className="button button--quiet" onPress={() => onSave(null)}>
            {t('interviews.followUp.remove')}
          </Button>
        )}
        <Button className="button button--quiet" onPress={onCancel}>
          {t('cases.common.cancel')}
        </Button>
      </div>
      <p className="cw-field__description iv-followup-form__hint">
        {t('interviews.followUp.hint')}
      </p>
    </form>
  );
}
