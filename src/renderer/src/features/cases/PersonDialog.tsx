import { useState, type FormEvent } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { personInputSchema, type Person, type PersonInput } from '@shared/domain/person';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { CaseDialog } from './CaseDialog';
import { TextInputField } from './TextInputField';

interface PersonDialogProps {
  isOpen: boolean;
  initialName: string;
  onClose: () => void;
  onSaved: (person: Person) => void;
}

const fields = ['employeeId', 'title', 'department', 'location', 'email', 'phone'] as const;
type Draft = Record<(typeof fields)[number] | 'name' | 'manager' | 'hireDate', string>;

/** The person record as the user typed it: blanks left out, the manager as free text. */
export function personInputOf(draft: Draft, external: boolean) {
  const input: Record<string, unknown> = { name: draft.name };
  for (const key of [...fields, 'hireDate'] as const) {
    if (draft[key].trim()) input[key] = draft[key].trim();
  }
  if (draft.manager.trim()) input.manager = { kind: 'text', name: draft.manager.trim() };
  if (external) input.external = true;
  return personInputSchema.safeParse(input);
}

/** A new person record (people:upsert): a name in any script, and what HR knows of them. */
export function PersonDialog({ isOpen, initialName, onClose, onSaved }: PersonDialogProps) {
  const { t } = useTranslation();
  return (
    <CaseDialog title={t('cases.people.newTitle')} isOpen={isOpen} onClose={onClose} size="wide">
      {/* Mounted per opening, so each new person starts from the typed name. */}
      {isOpen && <PersonForm initialName={initialName} onSaved={onSaved} onCancel={onClose} />}
    </CaseDialog>
  );
}

function PersonForm({
  initialName,
  onSaved,
  onCancel,
}: {
  initialName: string;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState<Draft>({
    name: initialName,
    employeeId: '',
    title: '',
    department: '',
    location: '',
    email: '',
    phone: '',
    manager: '',
    hireDate: '',
  });
  const [external, setExternal] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [failure, setFailure] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // This dialog can open over another form (intake); React would bubble the submit through the portal.
    event.stopPropagation();
    const parsed = personInputOf(draft, external);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'name');
        next[key] ??= t(`cases.people.errors.${key === 'name' ? 'name' : 'field'}`);
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setBusy(true);
    const result = await api['people:upsert']({ person: parsed.data as PersonInput });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setFailure(result.error);
  };

  return (
    <form className="cw-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="cw-form__grid">
        <TextInputField
          label={t('cases.people.fields.name')}
          value={draft.name}
          onChange={set('name')}
          isRequired
          autoFocus
          error={errors.name}
          description={t('cases.people.nameHint')}
        />
        <TextInputField
          label={t('cases.people.fields.employeeId')}
          value={draft.employeeId}
          onChange={set('employeeId')}
          size="medium"
          error={errors.employeeId}
        />
        <TextInputField
          label={t('cases.people.fields.title')}
          value={draft.title}
          onChange={set('title')}
          size="medium"
        />
        <TextInputField
          label={t('cases.people.fields.department')}
          value={draft.department}
          onChange={set('department')}
          size="medium"
        />
        <TextInputField
          label={t('cases.people.fields.manager')}
          value={draft.manager}
          onChange={set('manager')}
          size="medium"
        />
        <TextInputField
          label={t('cases.people.fields.location')}
          value={draft.location}
          onChange={set('location')}
          size="medium"
        />
        <TextInputField
          label={t('cases.people.fields.hireDate')}
          value={draft.hireDate}
          onChange={set('hireDate')}
          type="date"
          size="short"
          error={errors.hireDate}
        />
        <TextInputField
          label={t('cases.people.fields.email')}
          value={draft.email}
          onChange={set('email')}
          type="email"
          size="medium"
          error={errors.email && t('cases.people.errors.email')}
        />
        <TextInputField
          label={t('cases.people.fields.phone')}
          value={draft.phone}
          onChange={set('phone')}
          type="tel"
          size="medium"
          error={errors.phone && t('cases.people.errors.phone')}
        />
      </div>
      <Checkbox className="cw-checkbox" isSelected={external} onChange={setExternal}>
        <span className="cw-checkbox__box" aria-hidden="true" />
        {t('cases.people.fields.external')}
      </Checkbox>
      {failure && <InlineError title={t('cases.people.saveFailed')} error={failure} />}
      <div className="cw-form__actions">
        <Button className="button button--secondary" onPress={onCancel}>
          {t('cases.common.cancel')}
        </Button>
        <Button type="submit" className="button button--primary" isPending={busy}>
          {t('cases.people.save')}
        </Button>
      </div>
    </form>
  );
}
