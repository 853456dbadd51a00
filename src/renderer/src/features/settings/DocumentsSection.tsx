import { FileText } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { clauseIds, type ClauseId } from '@shared/domain/document-inputs';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { ChoiceField } from '@renderer/features/cases/ChoiceField';
import { TextInputField } from '@renderer/features/cases/TextInputField';
import { issuesOf } from '@renderer/features/documents/document-request';
import { LogoPicker } from './LogoPicker';
import { SettingsSection } from './SettingsSection';
import { draftOf, letterheadFieldOf, wireOf, type LetterheadDraft } from './letterhead-form';
import '@renderer/features/cases/cases.css';

type TextKey = Exclude<keyof LetterheadDraft, 'pageSize' | 'logoBase64' | 'clauses'>;

/** Settings → Documents: the letterhead every generated document carries, and reworded clauses. */
export function DocumentsSection() {
  const { t } = useTranslation();
  const api = useApi();
  const [draft, setDraft] = useState<LetterheadDraft | null>(null);
  const [loadError, setLoadError] = useState<IpcError | null>(null);
  const [clause, setClause] = useState<ClauseId>(clauseIds[0]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    let stale = false;
    void api['documents:settings-get']().then((result) => {
      if (stale) return;
      if (result.ok) setDraft(draftOf(result.value.organisation));
      else setLoadError(result.error);
    });
    return () => {
      stale = true;
    };
  }, [api]);

  const update = (patch: Partial<LetterheadDraft>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setSaved(false);
  };
  const fieldErrors: Partial<Record<string, string>> = {};
  for (const issue of issuesOf(error)) {
    const field = letterheadFieldOf(issue.path);
    if (field) fieldErrors[field] ??= issue.message;
  }
  // Clause ids are dotted ("report.standardOfProof"); catalogue keys take one segment each.
  const clauseName = (id: ClauseId) => t(`settings.documents.clauseNames.${id.replace('.', '_')}`);
  const nameMissing = draft !== null && draft.name.trim() === '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || busy || nameMissing) return;
    setBusy(true);
    setError(null);
    const result = await api['documents:settings-update']({ organisation: wireOf(draft) });
    setBusy(false);
    if (result.ok) {
      setDraft(draftOf(result.value.organisation));
      setSaved(true);
    } else setError(result.error);
  };

  const text = (key: TextKey, extra: Partial<Parameters<typeof TextInputField>[0]> = {}) => (
    <TextInputField
      label={t(`settings.documents.fields.${key}`)}
      value={draft?.[key] ?? ''}
      onChange={(value) => update({ [key]: value })}
      error={fieldErrors[key] ?? null}
      isDisabled={!draft || busy}
      size="medium"
      {...extra}
    />
  );

  return (
    <SettingsSection
      icon={FileText}
      title={t('settings.documents.title')}
      description={t('settings.documents.description')}
    >
      {loadError ? (
        // Like Settings → Cases: a section that couldn't load says so quietly, not as an alert.
        <p className="field-description">
          {t('settings.documents.loadFailed')} {loadError.message}
        </p>
      ) : (
        <form className="cw-form" onSubmit={(e) => void submit(e)} noValidate>
          {text('name', {
            size: 'full',
            isRequired: true,
            description: t('settings.documents.nameHint'),
          })}
          {text('addressLines', {
            size: 'full',
            multiline: true,
            rows: 3,
            description: t('documents.hints.onePerLine'),
          })}
          <ChoiceField
            label={t('settings.documents.fields.pageSize')}
            value={draft?.pageSize ?? 'LETTER'}
            options={[
              { id: 'LETTER', label: t('settings.documents.pageSizes.LETTER') },
              { id: 'A4', label: t('settings.documents.pageSizes.A4') },
            ]}
            onChange={(pageSize) => update({ pageSize })}
            isDisabled={!draft || busy}
          />
          <fieldset className="doc-group">
            <legend className="doc-group__title">{t('settings.documents.contact')}</legend>
            <div className="cw-form__grid">
              {text('contactName')}
              {text('contactTitle')}
              {text('contactEmail', { type: 'email' })}
              {text('contactPhone', { type: 'tel' })}
            </div>
          </fieldset>
          <LogoPicker
            logoBase64={draft?.logoBase64 ?? null}
            onChange={(logoBase64) => update({ logoBase64 })}
            error={fieldErrors['logoBase64'] ?? null}
            isDisabled={!draft || busy}
          />
          <fieldset className="doc-group">
            <legend className="doc-group__title">{t('settings.documents.clauses')}</legend>
            <p className="field-description">{t('settings.documents.clausesHint')}</p>
            <ChoiceField
              label={t('settings.documents.clause')}
              value={clause}
              options={clauseIds.map((id) => ({
                id,
                label: `${clauseName(id)}${draft?.clauses[id] ? ` (${t('settings.documents.reworded')})` : ''}`,
              }))}
              onChange={setClause}
              size="full"
              isDisabled={!draft || busy}
            />
            <TextInputField
              label={t('settings.documents.clauseText', { clause: clauseName(clause) })}
              value={draft?.clauses[clause] ?? ''}
              onChange={(value) => update({ clauses: { ...draft?.clauses, [clause]: value } })}
              description={t('settings.documents.clauseTextHint')}
              error={fieldErrors['clause'] ?? null}
              multiline
              rows={4}
              isDisabled={!draft || busy}
            />
          </fieldset>
          <div className="cw-form__actions cw-form__actions--start settings-documents__actions">
            <Button
              type="submit"
              className="button button--primary"
              isDisabled={!draft || nameMissing}
              isPending={busy}
            >
              {t('settings.documents.save')}
            </Button>
            <p className="vault-settings__saved" role="status">
              {saved && t('settings.documents.saved')}
            </p>
          </div>
          {error && <InlineError title={t('settings.documents.saveFailed')} error={error} />}
        </form>
      )}
    </SettingsSection>
  );
}
