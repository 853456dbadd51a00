import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { CaseDialog } from '../CaseDialog';
import { TextInputField } from '../TextInputField';
import { useWorkspace } from './workspace-context';

interface EvidenceImportDialogProps {
  /** Null: closed. Empty: main asks for the files with its dialog. */
  paths: string[] | null;
  onClose: () => void;
  onImported: (message: string) => void;
}

/** Where the evidence came from, then `evidence:import` (main hashes, encrypts, logs custody). */
export function EvidenceImportDialog({ paths, onClose, onImported }: EvidenceImportDialogProps) {
  const { t } = useTranslation();
  return (
    <CaseDialog
      title={t('caseWorkspace.evidence.importTitle')}
      isOpen={paths !== null}
      onClose={onClose}
    >
      {paths !== null && <ImportForm paths={paths} onClose={onClose} onImported={onImported} />}
    </CaseDialog>
  );
}

function ImportForm({
  paths,
  onClose,
  onImported,
}: {
  paths: string[];
  onClose: () => void;
  onImported: (m: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { caseId, today, flush, refresh, currentSeq } = useWorkspace();
  const [source, setSource] = useState('');
  const [collectedBy, setCollectedBy] = useState('');
  const [collectedOn, setCollectedOn] = useState(today);
  const [description, setDescription] = useState('');
  const [failure, setFailure] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setBusy(true);
    setFailure(null);
    await flush();
    const result = await api['evidence:import']({
      caseId,
      expectedSeq: currentSeq(),
      ...(paths.length > 0 ? { paths } : {}),
      source,
      collectedBy,
      collectedOn: collectedOn || null,
      description,
    });
    setBusy(false);
    if (result.ok) {
      await refresh();
      onImported(t('caseWorkspace.evidence.imported', { count: result.value.items.length }));
      onClose();
    } else if (result.error.code === 'Cancelled') onClose();
    else {
      setFailure(result.error);
      if (result.error.code === 'Conflict') await refresh();
    }
  };

  return (
    <form className="cw-form" onSubmit={(event) => void submit(event)} noValidate>
      <p className="cw-field__description">
        {paths.length > 0
          ? t('caseWorkspace.evidence.droppedFiles', { count: paths.length })
          : t('caseWorkspace.evidence.dialogHint')}
      </p>
      <TextInputField
        label={t('caseWorkspace.evidence.sourceLabel')}
        value={source}
        onChange={setSource}
        autoFocus
        description={t('caseWorkspace.evidence.sourceHint')}
      />
      <div className="cw-form__row">
        <TextInputField
          label={t('caseWorkspace.evidence.collectedByLabel')}
          value={collectedBy}
          onChange={setCollectedBy}
          size="medium"
        />
        <TextInputField
          label={t('caseWorkspace.evidence.collectedOnLabel')}
          type="date"
          size="short"
          value={collectedOn}
          onChange={setCollectedOn}
        />
      </div>
      <TextInputField
        label={t('caseWorkspace.evidence.descriptionLabel')}
        value={description}
        onChange={setDescription}
        multiline
        rows={3}
      />
      {failure && <InlineError title={t('caseWorkspace.evidence.importFailed')} error={failure} />}
      <div className="cw-form__actions">
        <Button className="button button--secondary" onPress={onClose}>
          {t('cases.common.cancel')}
        </Button>
        <Button type="submit" className="button button--primary" isPending={busy}>
          {paths.length > 0
            ? t('caseWorkspace.evidence.importDropped')
            : t('caseWorkspace.evidence.chooseFiles')}
        </Button>
      </div>
    </form>
  );
}
