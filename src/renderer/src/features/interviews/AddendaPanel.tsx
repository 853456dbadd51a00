import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Interview } from '@shared/domain/interview';
import { useApi } from '@renderer/api/api-context';
import { formatTimestamp } from '../cases/case-ids';
import { TextInputField } from '../cases/TextInputField';
import { SectionCard } from '../cases/workspace/SectionCard';
import { useWorkspace } from '../cases/workspace/workspace-context';
import type { InterviewSaved } from './use-interview-autosave';
import { InterviewError } from './InterviewError';
import { useRecordCall } from './use-record-call';

/** Dated addenda: the only way to add to a finalised record; each keeps its time and author. */
export function AddendaPanel({
  interview,
  onSaved,
}: {
  interview: Interview;
  onSaved: (saved: InterviewSaved) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { caseId } = useWorkspace();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, failure, run } = useRecordCall(onSaved);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    await run(
      () =>
        api['interviews:add-addendum']({ caseId, interviewId: interview.id, text: text.trim() }),
      () => setText(''),
    );
  };

  return (
    <SectionCard
      title={t('interviews.addenda.title', { count: interview.addenda.length })}
      description={t('interviews.addenda.hint')}
    >
      {interview.addenda.length > 0 && (
        <ol className="ws-list" aria-label={t('interviews.addenda.listLabel')}>
          {interview.addenda.map((a) => (
            <li key={a.id} className="ws-list__item note">
              <p className="note__at">
                {formatTimestamp(a.at, i18n.language)}
                {a.by && ` · ${a.by}`}
              </p>
              <p className="note__text">{a.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form className="cw-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextInputField
          label={t('interviews.addenda.text')}
          value={text}
          onChange={(v) => {
            setText(v);
            setMissing(false);
          }}
          error={missing ? t('interviews.addenda.textRequired') : null}
          multiline
          rows={3}
        />
        {failure && <InterviewError title={t('interviews.addenda.failed')} error={failure} />}
        <div className="cw-form__actions cw-form__actions--start">
          <Button type="submit" className="button button--secondary" isPending={busy}>
            {t('interviews.addenda.add')}
          </Button>
        </div>
      </form>
    </SectionCard>
  );
}
