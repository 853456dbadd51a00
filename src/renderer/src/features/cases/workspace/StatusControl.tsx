import { ChevronDown } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TransitionRequest } from '@shared/domain/case-status';
import { closureOutcomes, type ClosureOutcome } from '@shared/domain/outcome';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { CaseDialog } from '../CaseDialog';
import { ChoiceField } from '../ChoiceField';
import { TextInputField } from '../TextInputField';
import {
  choicesFor,
  isBackward,
  isRefusal,
  refusalText,
  type TransitionChoice,
} from './transition-options';
import { useWorkspace } from './workspace-context';

const choiceKey = (c: TransitionChoice) => ('to' in c ? `${c.kind}:${c.to}` : c.kind);

/** The workflow control: pick a step, give a reason where the rules want one, main decides. */
export function StatusControl() {
  const { t } = useTranslation();
  const { doc } = useWorkspace();
  const [choice, setChoice] = useState<TransitionChoice | null>(null);
  const choices = choicesFor(doc.workflow);

  const label = (c: TransitionChoice) =>
    'to' in c
      ? t(`caseWorkspace.transition.${c.kind}`, { stage: t(`cases.status.${c.to}`) })
      : t(`caseWorkspace.transition.${c.kind}`);

  return (
    <>
      <MenuTrigger>
        <Button className="button button--secondary">
          {t('caseWorkspace.transition.menu')}
          <ChevronDown size={15} aria-hidden="true" />
        </Button>
        <Popover className="cw-popover" placement="bottom end">
          <Menu
            className="cw-listbox"
            onAction={(key) => setChoice(choices.find((c) => choiceKey(c) === key) ?? null)}
          >
            {choices.map((c) => (
              <MenuItem key={choiceKey(c)} id={choiceKey(c)} className="cw-option">
                {label(c)}
              </MenuItem>
            ))}
          </Menu>
        </Popover>
      </MenuTrigger>
      <CaseDialog
        title={choice ? label(choice) : ''}
        isOpen={choice !== null}
        onClose={() => setChoice(null)}
      >
        {choice && <TransitionForm choice={choice} onDone={() => setChoice(null)} />}
      </CaseDialog>
    </>
  );
}

function TransitionForm({ choice, onDone }: { choice: TransitionChoice; onDone: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { caseId, doc, today, flush, refresh, currentSeq } = useWorkspace();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ClosureOutcome>('resolved-action-taken');
  const [closedOn, setClosedOn] = useState(today);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [failure, setFailure] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);

  const needsReason =
    choice.kind === 'hold' ||
    choice.kind === 'reopen' ||
    (choice.kind === 'move' && isBackward(doc.workflow.status, choice.to));

  const request = (): TransitionRequest => {
    switch (choice.kind) {
      case 'move':
      case 'reopen':
        return { kind: choice.kind, to: choice.to, reason };
      case 'close':
        return { kind: 'close', outcome, closedOn, reason };
      default:
        return { kind: choice.kind, reason };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setBusy(true);
    setRefusal(null);
    setFailure(null);
    // Edits first, so the transition's expected seq is the one main has.
    await flush();
    const result = await api['cases:transition']({
      caseId,
      expectedSeq: currentSeq(),
      request: request(),
    });
    setBusy(false);
    if (result.ok) {
      await refresh();
      onDone();
      return;
    }
    const found = result.error.details?.refusal;
    if (result.error.code === 'TransitionRefused' && isRefusal(found)) {
      const text = refusalText(found, doc.allegations);
      setRefusal(t(text.key, text.values));
    } else {
      setFailure(result.error);
      if (result.error.code === 'Conflict') await refresh();
    }
  };

  return (
    <form className="cw-form" onSubmit={(event) => void submit(event)} noValidate>
      {choice.kind === 'close' && (
        <div className="cw-form__row">
          <ChoiceField
            label={t('caseWorkspace.transition.outcome')}
            value={outcome}
            options={closureOutcomes.map((id) => ({ id, label: t(`cases.closure.${id}`) }))}
            onChange={setOutcome}
            size="full"
          />
          <TextInputField
            label={t('caseWorkspace.transition.closedOn')}
            type="date"
            size="short"
            value={closedOn}
            onChange={setClosedOn}
          />
        </div>
      )}
      <TextInputField
        label={t('caseWorkspace.transition.reason')}
        description={
          needsReason
            ? t('caseWorkspace.transition.reasonNeeded')
            : t('caseWorkspace.transition.reasonOptional')
        }
        value={reason}
        onChange={setReason}
        multiline
        rows={3}
        autoFocus
      />
      {refusal && (
        <div className="cw-refusal" role="alert">
          <p className="cw-refusal__title">{t('caseWorkspace.refusal.title')}</p>
          <p>{refusal}</p>
        </div>
      )}
      {failure && <InlineError title={t('caseWorkspace.transition.failed')} error={failure} />}
      <div className="cw-form__actions">
        <Button className="button button--secondary" onPress={onDone}>
          {t('cases.common.cancel')}
        </Button>
        <Button type="submit" className="button button--primary" isPending={busy}>
          {t('caseWorkspace.transition.confirm')}
        </Button>
      </div>
    </form>
  );
}
