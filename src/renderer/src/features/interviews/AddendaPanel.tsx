import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '@shared/domain/interview';
import { useApi } from '@renderer/api/api-context';
import { formatTimestamp } from '../cases/case-ids';
import { TextInputField } from '../cases/TextInputField';
import { useWorkspace } from '../cases/workspace/workspace-context';
import type { InterviewSaved } from './use-interview-autosave';
import { RecordAdditionsCard } from './RecordAdditionsCard';
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
    <RecordAdditionsCard
      title={t('interviews.addenda.title', { count: interview.addenda.length })}
      description={t('interviews.addenda.hint')}
      items={interview.addenda}
      listLabel={t('interviews.addenda.listLabel')}
      renderItem={(a) => (
        <>
          <p className="note__at">
            {formatTimestamp(a.at, i18n.language)}
            {a.by && ` · ${a.by}`}
          </p>
          <p className="note__text">{a.text}</p>
        </>
      )}
      onSubmit={submit}
      busy={busy}
      failure={failure}
      failedTitle={t('interviews.addenda.failed')}
      submitLabel={t('interviews.addenda.add')}
    >
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
    </RecordAdditionsCard>
  );
}
