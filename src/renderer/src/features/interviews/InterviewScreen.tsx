import { ArrowLeft } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '@shared/ipc/contract';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { useWorkspace } from '../cases/workspace/workspace-context';
import { DraftInterview } from './DraftInterview';
import { FinalisedInterview } from './FinalisedInterview';
import { InterviewTitle } from './InterviewTitle';
import { useInterviewAutosave, type InterviewSaved } from './use-interview-autosave';

type Loaded = OutputOf<'interviews:get'>;
export type Integrity = Loaded['integrity'];

/** One interview, read from main (with its integrity), then the draft editor or the record. */
export function InterviewScreen({
  interviewId,
  onClose,
}: {
  interviewId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { caseId } = useWorkspace();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    let stale = false;
    void api['interviews:get']({ caseId, interviewId }).then((result) => {
      if (stale) return;
      if (result.ok) setLoaded(result.value);
      else setError(result.error);
    });
    return () => {
      stale = true;
    };
  }, [api, caseId, interviewId]);

  const back = (
    <Button className="button button--quiet iv-back" onPress={onClose}>
      <ArrowLeft size={15} aria-hidden="true" />
      {t('interviews.screen.back')}
    </Button>
  );
  if (error)
    return (
      <div className="ws-section">
        {back}
        <InlineError title={t('interviews.screen.loadFailed')} error={error} />
      </div>
    );
  if (!loaded)
    return (
      <p className="ws-empty" role="status">
        {t('interviews.screen.loading')}
      </p>
    );
  return <InterviewView loaded={loaded} onClose={onClose} />;
}

function InterviewView({ loaded, onClose }: { loaded: Loaded; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { caseId, interviewsSaved } = useWorkspace();
  const [integrity, setIntegrity] = useState<Integrity>(loaded.integrity);
  const onSaved = useCallback(
    (saved: InterviewSaved) =>
      interviewsSaved({
        seq: saved.seq,
        interviews: [saved.interview],
        tasksAdded: saved.tasksAdded,
      }),
    [interviewsSaved],
  );
  const autosave = useInterviewAutosave(caseId, loaded.interview, onSaved);
  const { state, dispatch, flush } = autosave;
  const iv = state.base;

  /** After finalise, addendum or review: take main's record, and ask it how the hash checks out. */
  const replaced = useCallback(
    async (saved: InterviewSaved) => {
      dispatch({ type: 'replaced', interview: saved.interview });
      onSaved(saved);
      const fresh = await api['interviews:get']({ caseId, interviewId: saved.interview.id });
      if (fresh.ok) setIntegrity(fresh.value.integrity);
    },
    [api, caseId, dispatch, onSaved],
  );

  return (
    <div className="ws-section iv-screen">
      <Button
        className="button button--quiet iv-back"
        onPress={() => {
          void flush();
          onClose();
        }}
      >
        <ArrowLeft size={15} aria-hidden="true" />
        {t('interviews.screen.back')}
      </Button>
      <InterviewTitle autosave={autosave} />
      {iv.finalised ? (
        <FinalisedInterview interview={iv} integrity={integrity} onSaved={replaced} />
      ) : (
        <DraftInterview autosave={autosave} onReplaced={replaced} />
      )}
    </div>
  );
}
