import { AlertTriangle, Check, Lock, RefreshCw, Scale } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../StatusBadge';
import { StatusControl } from './StatusControl';
import type { useAutosave } from './use-autosave';
import { useWorkspace } from './workspace-context';

type Autosave = ReturnType<typeof useAutosave>;

/** Number, title, status and markers, the workflow control and the save state. */
export function WorkspaceHeader({ autosave }: { autosave: Autosave }) {
  const { t } = useTranslation();
  const { doc } = useWorkspace();
  const { state, status, retry, dispatch } = autosave;

  return (
    <header className="ws-header">
      <div className="ws-header__main">
        <p className="ws-header__number">{doc.number}</p>
        <h2 className="ws-header__title">{doc.title}</h2>
        <div className="ws-header__badges">
          <StatusBadge status={doc.workflow.status} />
          <span className={`priority priority--${doc.priority}`}>
            {t('caseWorkspace.priorityLabel', { priority: t(`cases.priority.${doc.priority}`) })}
          </span>
          {doc.restricted && (
            <span className="pill pill--warn">
              <Lock size={12} aria-hidden="true" />
              {t('cases.markers.restricted')}
            </span>
          )}
          {doc.legalHold && (
            <span className="pill pill--warn">
              <Scale size={12} aria-hidden="true" />
              {t('cases.markers.legalHold')}
            </span>
          )}
        </div>
      </div>
      <div className="ws-header__side">
        <div className={`save-state save-state--${status}`} role="status">
          {status === 'saved' && (
            <>
              <Check size={14} aria-hidden="true" />
              {t('caseWorkspace.save.saved')}
            </>
          )}
          {(status === 'pending' || status === 'saving') && t('caseWorkspace.save.saving')}
          {status === 'error' && (
            <>
              <AlertTriangle size={14} aria-hidden="true" />
              {t('caseWorkspace.save.failed')}
            </>
          )}
        </div>
        {status === 'error' && state.error?.code !== 'Conflict' && (
          <Button className="button button--secondary" onPress={() => void retry()}>
            <RefreshCw size={14} aria-hidden="true" />
            {t('cases.common.retry')}
          </Button>
        )}
        <StatusControl />
      </div>
      {state.reloadedAfterConflict && (
        <div className="ws-notice" role="alert">
          <p>{t('caseWorkspace.save.conflict')}</p>
          <Button
            className="button button--quiet"
            onPress={() => dispatch({ type: 'dismiss-conflict' })}
          >
            {t('cases.common.dismiss')}
          </Button>
        </div>
      )}
      {status === 'error' && state.error && state.error.code !== 'Conflict' && (
        <p className="ws-header__error">{state.error.message}</p>
      )}
    </header>
  );
}
