import { AlertTriangle, Check, FileLock2, RefreshCw } from 'lucide-react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { nameOf, useWorkspace } from '../cases/workspace/workspace-context';
import type { InterviewAutosave } from './use-interview-autosave';

/** Who is interviewed, and whether what was typed is safe with main. */
export function InterviewTitle({ autosave }: { autosave: InterviewAutosave }) {
  const { t } = useTranslation();
  const { people } = useWorkspace();
  const { state, status, retry, dispatch } = autosave;
  const iv = state.base;
  const error = state.error;
  return (
    <header className="iv-title">
      <div>
        <h3 className="iv-title__name">
          {t('interviews.screen.title', { name: nameOf(people, iv.personId) })}
        </h3>
        <p className="iv-title__meta">
          {t(`cases.role.${iv.role}`)} · {t(`interviews.kind.${iv.kind}`)}
          {iv.guide && ` · ${t('interviews.screen.fromGuide', { name: iv.guide.name })}`}
        </p>
      </div>
      <div className="iv-title__side">
        {iv.finalised ? (
          <span className="pill pill--good">
            <FileLock2 size={12} aria-hidden="true" />
            {t('interviews.plan.finalised')}
          </span>
        ) : (
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
                {t(
                  error?.code === 'InvalidInput'
                    ? 'interviews.save.invalid'
                    : 'caseWorkspace.save.failed',
                )}
              </>
            )}
          </div>
        )}
        {status === 'error' && error && !['Conflict', 'InterviewLocked'].includes(error.code) && (
          <Button className="button button--secondary" onPress={() => void retry()}>
            <RefreshCw size={14} aria-hidden="true" />
            {t('cases.common.retry')}
          </Button>
        )}
      </div>
      {state.reloaded && (
        <div className="ws-notice iv-title__notice" role="alert">
          <p>{t(`interviews.save.${state.reloaded}`)}</p>
          <Button
            className="button button--quiet"
            onPress={() => dispatch({ type: 'dismiss-conflict' })}
          >
            {t('cases.common.dismiss')}
          </Button>
        </div>
      )}
      {status === 'error' && error && !['Conflict', 'InterviewLocked'].includes(error.code) && (
        <p className="ws-header__error iv-title__notice">{error.message}</p>
      )}
    </header>
  );
}
