import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { planOf } from '@shared/domain/interview';
import { ChoiceField } from '@renderer/features/cases/ChoiceField';
import { TextInputField } from '@renderer/features/cases/TextInputField';
import { nameOf, useWorkspace } from '@renderer/features/cases/workspace/workspace-context';
import type { DocumentForm, FieldSpec, FormValues } from './document-forms';

interface DocumentFieldsProps {
  form: DocumentForm;
  values: FormValues;
  onChange: (path: string, value: string | boolean) => void;
  /** The message to show under each field that has one, already in words. */
  errors: Record<string, string>;
  isDisabled: boolean;
}

/** The inputs of one document kind, in titled groups, from its registry entry. */
export function DocumentFields({
  form,
  values,
  onChange,
  errors,
  isDisabled,
}: DocumentFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {form.groups.map((group) => (
        <fieldset key={group.title} className="doc-group">
          <legend className="doc-group__title">{t(`documents.groups.${group.title}`)}</legend>
          <div className="cw-form__grid">
            {group.fields.map((field) => (
              <DocumentField
                key={field.path}
                field={field}
                value={values[field.path]}
                onChange={(value) => onChange(field.path, value)}
                error={errors[field.path] ?? null}
                isDisabled={isDisabled}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}

function DocumentField({
  field,
  value,
  onChange,
  error,
  isDisabled,
}: {
  field: FieldSpec;
  value: string | boolean | undefined;
  onChange: (value: string | boolean) => void;
  error: string | null;
  isDisabled: boolean;
}) {
  const { t } = useTranslation();
  const { doc, people } = useWorkspace();
  const label = t(`documents.fields.${field.label}`);
  const description = field.hint ? t(`documents.hints.${field.hint}`) : undefined;
  const text = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'checkbox':
      return (
        <Checkbox
          className="cw-checkbox cw-field--full doc-checkbox"
          isSelected={value === true}
          onChange={onChange}
          isDisabled={isDisabled}
        >
          <span className="cw-checkbox__box" aria-hidden="true" />
          {label}
        </Checkbox>
      );
    case 'choice':
      return (
        <ChoiceField
          label={label}
          value={text || null}
          options={(field.options ?? []).map((id) => ({
            id,
            label: field.rawLabels ? id : t(`documents.options.${field.label}.${id}`),
          }))}
          onChange={onChange}
          description={description}
          error={error}
          placeholder={t('documents.choose')}
          size={field.size ?? 'medium'}
          isDisabled={isDisabled}
        />
      );
    case 'party':
      return (
        <ChoiceField
          label={label}
          value={text}
          options={[
            { id: '', label: t('documents.fromOutcome') },
            ...doc.parties.map((p) => ({
              id: p.personId,
              label: `${nameOf(people, p.personId)} (${t(`cases.role.${p.role}`)})`,
            })),
          ]}
          onChange={onChange}
          description={description}
          error={error}
          size={field.size ?? 'medium'}
          isDisabled={isDisabled}
        />
      );
    case 'interview': {
      const finalised = planOf(doc.interviews).filter((iv) => iv.finalised !== null);
      return (
        <ChoiceField
          label={label}
          value={text}
          options={[
            ...(finalised.length === 0
              ? [{ id: '', label: t('documents.noFinalisedInterview') }]
              : []),
            ...finalised.map((iv) => ({
              id: iv.id,
              label: `${nameOf(people, iv.personId)} (${t(`cases.role.${iv.role}`)})${iv.scheduledOn ? ` · ${iv.scheduledOn}` : ''}`,
            })),
          ]}
          onChange={onChange}
          description={description}
          error={error}
          size={field.size ?? 'medium'}
          isDisabled={isDisabled}
        />
      );
    }
    default: {
      const multiline = ['multiline', 'lines', 'money-lines'].includes(field.type);
      const type = field.type === 'date' || field.type === 'time' ? field.type : 'text';
      return (
        <TextInputField
          label={label}
          value={text}
          onChange={onChange}
          description={description}
          error={error}
          multiline={multiline}
          rows={field.type === 'multiline' ? 3 : 2}
          type={type}
          size={multiline ? 'full' : (field.size ?? 'medium')}
          isDisabled={isDisabled}
        />
      );
    }
  }
}
