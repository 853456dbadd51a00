import { useState, type FormEvent } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  caseTypes,
  intakeChannelSchema,
  priorities,
  typesRequiringCharacteristic,
} from '@shared/domain/case-types';
import type { Person } from '@shared/domain/person';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { CaseDialog } from './CaseDialog';
import { CharacteristicsField } from './CharacteristicsField';
import { localToday } from './case-ids';
import { ChoiceField } from './ChoiceField';
import {
  asksForCharacteristics,
  emptyIntake,
  validateIntake,
  type IntakeDraft,
  type IntakeErrors,
} from './intake-form';
import { PersonDialog } from './PersonDialog';
import { PersonPicker } from './PersonPicker';
import { TextInputField } from './TextInputField';

interface NewCaseDialogProps {
  isOpen: boolean;
  onClose: () => void;
  onCreated: (caseId: string) => void;
}

/** Intake: log the matter at once (domain.md §2), then open its workspace. */
export function NewCaseDialog({ isOpen, onClose, onCreated }: NewCaseDialogProps) {
  const { t } = useTranslation();
  return (
    <CaseDialog title={t('cases.intake.title')} isOpen={isOpen} onClose={onClose} size="wide">
      {isOpen && <IntakeForm onCancel={onClose} onCreated={onCreated} />}
    </CaseDialog>
  );
}

function IntakeForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const today = localToday();
  const [draft, setDraft] = useState<IntakeDraft>(() => emptyIntake(today));
  const [errors, setErrors] = useState<IntakeErrors>({});
  const [failure, setFailure] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const [newPerson, setNewPerson] = useState<string | null>(null);
  const set = <K extends keyof IntakeDraft>(key: K, value: IntakeDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (key in errors) setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const message = (field: keyof IntakeErrors) =>
    errors[field] ? t(`cases.intake.errors.${errors[field]}`) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateIntake(draft, today);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await api['cases:create'](checked.input);
    setBusy(false);
    if (result.ok) onCreated(result.value.caseId);
    else setFailure(result.error);
  };

  const pickReporter = (person: Person) => set('reporter', { id: person.id, name: person.name });
  const errorCount = Object.values(errors).filter(Boolean).length;

  return (
    <form className="cw-form" onSubmit={(event) => void submit(event)} noValidate>
      {errorCount > 0 && (
        <p className="cw-form__summary" role="alert">
          {t('cases.intake.errorSummary', { count: errorCount })}
        </p>
      )}
      <fieldset className="cw-fieldset">
        <legend className="cw-fieldset__legend">{t('cases.intake.groups.matter')}</legend>
        <TextInputField
          label={t('cases.fields.title')}
          value={draft.title}
          onChange={(v) => set('title', v)}
          isRequired
          autoFocus
          error={message('title')}
          description={t('cases.intake.titleHint')}
        />
        <div className="cw-form__row">
          <ChoiceField
            label={t('cases.fields.type')}
            value={draft.type}
            placeholder={t('cases.intake.choose')}
            options={caseTypes.map((id) => ({ id, label: t(`cases.type.${id}`) }))}
            onChange={(v) => set('type', v)}
            error={message('type')}
          />
          <ChoiceField
            label={t('cases.fields.priority')}
            value={draft.priority}
            options={priorities.map((id) => ({ id, label: t(`cases.priority.${id}`) }))}
            onChange={(v) => set('priority', v)}
            size="short"
          />
          <ChoiceField
            label={t('cases.fields.severity')}
            value={draft.severity}
            options={(['green', 'amber', 'red'] as const).map((id) => ({
              id,
              label: t(`cases.severity.${id}`),
            }))}
            onChange={(v) => set('severity', v)}
            size="short"
          />
        </div>
        {asksForCharacteristics(draft.type) && (
          <CharacteristicsField
            value={draft.protectedCharacteristics}
            onChange={(v) => set('protectedCharacteristics', v)}
            required={draft.type !== null && typesRequiringCharacteristic.has(draft.type)}
            error={message('protectedCharacteristics')}
          />
        )}
      </fieldset>

      <fieldset className="cw-fieldset">
        <legend className="cw-fieldset__legend">{t('cases.intake.groups.report')}</legend>
        <div className="cw-form__row">
          <ChoiceField
            label={t('cases.fields.channel')}
            value={draft.channel}
            placeholder={t('cases.intake.choose')}
            options={intakeChannelSchema.options.map((id) => ({
              id,
              label: t(`cases.channel.${id}`),
            }))}
            onChange={(v) => set('channel', v)}
            error={message('channel')}
          />
          <TextInputField
            label={t('cases.fields.receivedOn')}
            type="date"
            size="short"
            value={draft.receivedOn}
            onChange={(v) => set('receivedOn', v)}
            error={message('receivedOn')}
          />
        </div>
        {draft.reporter ? (
          <div className="cw-chosen">
            <span className="cw-field__label">{t('cases.fields.reportedBy')}</span>
            <span className="cw-chosen__value">
              {draft.reporter.name}
              <Button className="button button--quiet" onPress={() => set('reporter', null)}>
                {t('cases.intake.changeReporter')}
              </Button>
            </span>
            <Checkbox
              className="cw-checkbox"
              isSelected={draft.reporterIsComplainant}
              onChange={(v) => set('reporterIsComplainant', v)}
            >
              <span className="cw-checkbox__box" aria-hidden="true" />
              {t('cases.intake.reporterIsComplainant')}
            </Checkbox>
          </div>
        ) : (
          <PersonPicker
            label={t('cases.fields.reportedBy')}
            description={t('cases.intake.reporterHint')}
            onPick={pickReporter}
            onCreate={(name) => setNewPerson(name)}
          />
        )}
        <TextInputField
          label={t('cases.fields.account')}
          description={t('cases.intake.accountHint')}
          value={draft.account}
          onChange={(v) => set('account', v)}
          multiline
          rows={5}
          maxLength={20000}
        />
        <TextInputField
          label={t('cases.fields.desiredOutcome')}
          value={draft.desiredOutcome}
          onChange={(v) => set('desiredOutcome', v)}
          multiline
          rows={2}
          maxLength={20000}
        />
      </fieldset>

      <fieldset className="cw-fieldset">
        <legend className="cw-fieldset__legend">{t('cases.intake.groups.risk')}</legend>
        <Checkbox
          className="cw-checkbox"
          isSelected={draft.immediateRisk}
          onChange={(v) => set('immediateRisk', v)}
        >
          <span className="cw-checkbox__box" aria-hidden="true" />
          {t('cases.fields.immediateRisk')}
        </Checkbox>
        <Checkbox
          className="cw-checkbox"
          isSelected={draft.restricted}
          onChange={(v) => set('restricted', v)}
        >
          <span className="cw-checkbox__box" aria-hidden="true" />
          {t('cases.fields.restricted')}
        </Checkbox>
      </fieldset>

      {errors.form && <p className="cw-field__error">{message('form')}</p>}
      {failure && <InlineError title={t('cases.intake.createFailed')} error={failure} />}
      <div className="cw-form__actions">
        <Button className="button button--secondary" onPress={onCancel}>
          {t('cases.common.cancel')}
        </Button>
        <Button type="submit" className="button button--primary" isPending={busy}>
          {t('cases.intake.create')}
        </Button>
      </div>
      <PersonDialog
        isOpen={newPerson !== null}
        initialName={newPerson ?? ''}
        onClose={() => setNewPerson(null)}
        onSaved={(person) => {
          setNewPerson(null);
          pickReporter(person);
        }}
      />
    </form>
  );
}
