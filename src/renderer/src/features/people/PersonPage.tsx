import { ArrowLeft, Save } from 'lucide-react';
import { useCallback, useId, useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  FieldError,
  Form,
  Input,
  Label,
  Link,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Person } from '@shared/domain/person';
import type { OutputOf } from '@shared/ipc/contract';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { useNavigate } from '@renderer/app/navigation-context';
import { InlineError } from '@renderer/components/InlineError';
import { useLoad } from '@renderer/lib/use-load';
import {
  draftOf,
  inputOf,
  textFields,
  type PersonDraft,
  type TextField as Field,
} from './person-form';

type PersonView = OutputOf<'people:get'>;

const dateFields: ReadonlySet<Field> = new Set(['hireDate', 'dateOfBirth']);

export function PersonPage({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const fetch = useCallback(() => api['people:get']({ personId }), [api, personId]);
  const { load, reload } = useLoad(fetch);

  return (
    <div className="screen screen--person">
      <div>
        <Link className="back-link" onPress={() => navigate({ screen: 'people' })}>
          <ArrowLeft size={15} aria-hidden="true" />
          {t('people.back')}
        </Link>
      </div>
      {load.state === 'loading' ? (
        <p role="status">{t('people.loading')}</p>
      ) : load.state === 'failed' ? (
        <div className="people-error">
          <InlineError title={t('people.getFailed')} error={load.error} />
          <Button className="button button--secondary" onPress={reload}>
            {t('people.retry')}
          </Button>
        </div>
      ) : (
        <PersonDetails view={load.value} />
      )}
    </div>
  );
}

function PersonDetails({ view }: { view: PersonView }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [person, setPerson] = useState<Person>(view.person);
  const [draft, setDraft] = useState<PersonDraft>(() => draftOf(view.person));
  const [errors, setErrors] = useState<Partial<Record<Field | 'manager', string>>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<IpcError | null>(null);
  const [saved, setSaved] = useState(false);
  const detailsId = useId();
  const casesId = useId();

  const setField = (field: Field, value: string) => {
    setDraft((d) => ({ ...d, fields: { ...d.fields, [field]: value } }));
    setSaved(false);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = inputOf(draft, person);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    setSaveError(null);
    const answer = await api['people:upsert']({ id: person.id, person: result.input });
    setSaving(false);
    if (answer.ok) {
      setPerson(answer.value);
      setDraft(draftOf(answer.value));
      setSaved(true);
    } else setSaveError(answer.error);
  };

  return (
    <>
      <header className="person-header">
        <h2 className="person-header__name">{person.name}</h2>
        <p className="person-header__meta">
          {[person.title, person.department, person.location].filter(Boolean).join(' · ')}
        </p>
      </header>

      <section className="panel person-section" aria-labelledby={casesId}>
        <h3 className="person-section__title" id={casesId}>
          {t('people.appearances.title', { count: view.appearances.length })}
        </h3>
        {view.appearances.length === 0 ? (
          <p className="people-empty">{t('people.appearances.empty')}</p>
        ) : (
          <ul className="appearance-list">
            {view.appearances.map((a) => (
              <li key={a.caseId} className="appearance">
                <Link
                  className="appearance__case"
                  onPress={() => navigate({ screen: 'cases', caseId: a.caseId })}
                >
                  <span className="case-number">{a.number}</span> {a.title}
                </Link>
                <span className="appearance__roles">
                  {a.roles.map((role) => (
                    <span
                      key={role}
                      className={`pill ${role === 'respondent' ? 'pill--warn' : 'pill--neutral'}`}
                    >
                      {t(`people.role.${role}`)}
                    </span>
                  ))}
                </span>
                <span className="appearance__status">{t(`dashboard.status.${a.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel person-section" aria-labelledby={detailsId}>
        <h3 className="person-section__title" id={detailsId}>
          {t('people.details.title')}
        </h3>
        <Form className="person-form" onSubmit={(event) => void submit(event)}>
          {textFields.map((field) => (
            <TextField
              key={field}
              className={`person-field person-field--${field}`}
              value={draft.fields[field]}
              onChange={(value) => setField(field, value)}
              isInvalid={Boolean(errors[field])}
              type={dateFields.has(field) ? 'date' : field === 'email' ? 'email' : 'text'}
            >
              <Label className="field-label">{t(`people.fields.${field}`)}</Label>
              <Input className="person-field__input" />
              {field === 'dateOfBirth' ? (
                <span className="field-description">{t('people.fields.dateOfBirthNote')}</span>
              ) : null}
              <FieldError className="field-note">{errors[field]}</FieldError>
            </TextField>
          ))}
          <TextField
            className="person-field person-field--manager"
            value={draft.managerText}
            onChange={(value) => {
              setDraft((d) => ({ ...d, managerText: value }));
              setSaved(false);
            }}
            isInvalid={Boolean(errors.manager)}
          >
            <Label className="field-label">{t('people.fields.manager')}</Label>
            <Input className="person-field__input" />
            {person.manager?.kind === 'person' ? (
              <Link
                className="field-description"
                onPress={() =>
                  person.manager?.kind === 'person' &&
                  navigate({ screen: 'people', personId: person.manager.personId })
                }
              >
                {t('people.fields.managerLinked')}
              </Link>
            ) : null}
            <FieldError className="field-note">{errors.manager}</FieldError>
          </TextField>
          <Checkbox
            className="person-checkbox"
            isSelected={draft.external}
            onChange={(external) => {
              setDraft((d) => ({ ...d, external }));
              setSaved(false);
            }}
          >
            <span className="person-checkbox__box" aria-hidden="true" />
            {t('people.fields.external')}
          </Checkbox>
          <div className="person-form__actions">
            {saveError ? <InlineError title={t('people.saveFailed')} error={saveError} /> : null}
            <p className="person-form__saved" role="status">
              {saved ? t('people.saved') : ''}
            </p>
            <Button type="submit" className="button button--primary" isPending={saving}>
              <Save size={15} aria-hidden="true" />
              {saving ? t('people.saving') : t('people.save')}
            </Button>
          </div>
        </Form>
      </section>
    </>
  );
}
