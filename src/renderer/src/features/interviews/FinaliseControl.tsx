import { FileLock2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { CaseDialog } from '../cases/CaseDialog';
import { SectionCard } from '../cases/workspace/SectionCard';
import { useWorkspace } from '../cases/workspace/workspace-context';
import type { InterviewAutosave, InterviewSaved } from './use-interview-autosave';
import { InterviewError } from './InterviewError';

/** Locks the record for good, after saying plainly what that means. */
export function FinaliseControl({
  autosave,
  onFinalised,
}: {
  autosave: InterviewAutosave;
  onFinalised: (saved: InterviewSaved) => Promise<void>;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { caseId } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<IpcError | null>(null);

  const finalise = async () => {
    setBusy(true);
    setFailure(null);
    await autosave.flush();
    const base = autosave.current();
    const result = await api['interviews:finalise']({
      caseId,
      interviewId: base.id,
      expectedRev: base.rev,
    });
    setBusy(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    setOpen(false);
    await onFinalised(result.value);
  };

  return (
    <SectionCard title={t('interviews.finalise.title')} description={t('interviews.finalise.hint')}>
      <div className="cw-form__actions cw-form__actions--start">
        <Button className="button button--primary" onPress={() => setOpen(true)}>
          <FileLock2 size={15} aria-hidden="true" />
          {t('interviews.finalise.open')}
        </Button>
      </div>
      <CaseDialog
        title={t('interviews.finalise.confirmTitle')}
        isOpen={open}
        onClose={() => setOpen(false)}
        isDismissable={!busy}
      >
        <div className="cw-form">
          <ul className="iv-finalise-list">
            <li>{t('interviews.finalise.meansLocked')}</li>
            <li>{t('interviews.finalise.meansHash')}</li>
            <li>{t('interviews.finalise.meansAddenda')}</li>
            <li>{t('interviews.finalise.meansUnasked')}</li>
          </ul>
          {failure && <InterviewError title={t('interviews.finalise.failed')} error={failure} />}
          <div className="cw-form__actions">
            <Button className="button button--secondary" onPress={() => setOpen(false)}>
              {t('cases.common.cancel')}
            </Button>
            <Button
              className="button button--primary"
              autoFocus
              isPending={busy}
              onPress={() => void finalise()}
            >
              {t('interviews.finalise.confirm')}
            </Button>
          </div>
        </div>
      </CaseDialog>
    </SectionCard>
  );
}
