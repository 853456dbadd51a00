import { ArrowLeft } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseDoc } from '@shared/domain/case-doc';
import type { OutputOf } from '@shared/ipc/contract';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { localToday } from '../case-ids';
import { useAutosave } from './use-autosave';
import { usePeople } from './use-people';
import { WorkspaceContext, type Workspace } from './workspace-context';
import { WorkspaceHeader } from './WorkspaceHeader';
import { WorkspaceTabs } from './WorkspaceTabs';

interface CaseWorkspaceProps {
  caseId: string;
  onBack: () => void;
  onOpenCase: (caseId: string) => void;
}

type Loaded = OutputOf<'cases:get'>;

/** One case: loads it, then hands it to the editable view. */
export function CaseWorkspace({ caseId, onBack, onOpenCase }: CaseWorkspaceProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let stale = false;
    void api['cases:get']({ caseId }).then((result) => {
      if (stale) return;
      if (result.ok) setLoaded(result.value);
      else setError(result.error);
    });
    return () => {
      stale = true;
    };
  }, [api, caseId, attempt]);

  if (error) {
    return (
      <div className="workspace workspace--message">
        <InlineError title={t('caseWorkspace.loadFailed')} error={error} />
        <div className="cw-form__actions">
          <Button className="button button--secondary" onPress={onBack}>
            {t('caseWorkspace.backToList')}
          </Button>
          <Button
            className="button button--primary"
            onPress={() => {
              setError(null);
              setAttempt((n) => n + 1);
            }}
          >
            {t('cases.common.retry')}
          </Button>
        </div>
      </div>
    );
  }
  if (!loaded) {
    return (
      <div className="workspace workspace--message" role="status">
        {t('caseWorkspace.loading')}
      </div>
    );
  }
  return <RestrictedGate loaded={loaded} caseId={caseId} onBack={onBack} onOpenCase={onOpenCase} />;
}

/** Restricted cases ask once more before showing anything (domain: extra-sensitive matters). */
function RestrictedGate(props: {
  loaded: Loaded;
  caseId: string;
  onBack: () => void;
  onOpenCase: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(!props.loaded.doc.restricted);
  if (!shown) {
    return (
      <div className="workspace workspace--message">
        <h2 className="case-empty__title">
          {t('caseWorkspace.restricted.title', { number: props.loaded.doc.number })}
        </h2>
        <p className="case-empty__body">{t('caseWorkspace.restricted.body')}</p>
        <div className="cw-form__actions">
          <Button className="button button--secondary" onPress={props.onBack}>
            {t('caseWorkspace.backToList')}
          </Button>
          <Button className="button button--primary" autoFocus onPress={() => setShown(true)}>
            {t('caseWorkspace.restricted.show')}
          </Button>
        </div>
      </div>
    );
  }
  return <WorkspaceView {...props} />;
}

function WorkspaceView({
  loaded,
  caseId,
  onBack,
  onOpenCase,
}: {
  loaded: Loaded;
  caseId: string;
  onBack: () => void;
  onOpenCase: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const autosave = useAutosave(caseId, loaded);
  const { state, edit, flush, dispatch, currentSeq } = autosave;
  const { people, loadPeople } = usePeople();
  const today = localToday();

  const partyIds = state.doc.parties.map((p) => p.personId).join(',');
  const reporter = state.doc.intake.reportedBy;
  useEffect(() => {
    loadPeople([...(partyIds ? partyIds.split(',') : []), ...(reporter ? [reporter] : [])]);
  }, [partyIds, reporter, loadPeople]);

  const refresh = useCallback(async () => {
    const result = await api['cases:get']({ caseId });
    if (result.ok) dispatch({ type: 'main-changed', doc: result.value.doc, seq: result.value.seq });
  }, [api, caseId, dispatch]);

  const interviewsSaved = useCallback<Workspace['interviewsSaved']>(
    ({ seq, interviews, tasksAdded = 0 }) => {
      if (tasksAdded > 0) {
        void refresh();
        return;
      }
      const byId = new Map(interviews.map((iv) => [iv.id, iv]));
      const patch = (doc: CaseDoc): CaseDoc => {
        const kept = doc.interviews.map((iv) => byId.get(iv.id) ?? iv);
        const added = interviews.filter((iv) => !doc.interviews.some((x) => x.id === iv.id));
        return { ...doc, interviews: [...kept, ...added] };
      };
      dispatch({ type: 'main-patched', patch, seq });
    },
    [dispatch, refresh],
  );

  const workspace = useMemo<Workspace>(
    () => ({
      caseId,
      doc: state.doc,
      seq: state.seq,
      currentSeq,
      today,
      edit,
      flush,
      refresh,
      interviewsSaved,
      people,
      loadPeople,
      openCase: onOpenCase,
    }),
    [
      caseId,
      state.doc,
      state.seq,
      currentSeq,
      today,
      edit,
      flush,
      refresh,
      interviewsSaved,
      people,
      loadPeople,
      onOpenCase,
    ],
  );

  return (
    <WorkspaceContext.Provider value={workspace}>
      <div className="workspace">
        <Button
          className="button button--quiet workspace__back"
          onPress={() => {
            void flush();
            onBack();
          }}
        >
          <ArrowLeft size={15} aria-hidden="true" />
          {t('caseWorkspace.backToList')}
        </Button>
        <WorkspaceHeader autosave={autosave} />
        <WorkspaceTabs />
      </div>
    </WorkspaceContext.Provider>
  );
}
