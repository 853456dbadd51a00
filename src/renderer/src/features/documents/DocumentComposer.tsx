import { FileText } from 'lucide-react';
import { useEffect, useReducer, useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '@shared/ipc/contract';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { SectionCard } from '@renderer/features/cases/workspace/SectionCard';
import { useWorkspace } from '@renderer/features/cases/workspace/workspace-context';
import { useDraftValues } from './document-drafts';
import { formFor } from './document-forms';
import {
  buildInput,
  issuesOf,
  placeIssues,
  plainIssueKey,
  renderRequest,
  type FieldIssue,
} from './document-request';
import { DocumentFields } from './DocumentFields';
import { GeneratedDocument } from './GeneratedDocument';
import { generationReducer, initialGeneration } from './generation-state';
import { nextStepKey } from './next-step';
import { noPassword, PasswordProtection, passwordProblem } from './PasswordProtection';
import { RiskWarnings } from './RiskWarnings';
import { useDocumentCheck } from './use-document-check';
import { useReveal } from './use-reveal';

type Item = OutputOf<'documents:available'>['items'][number];

/** One kind's inputs, its risks, Generate with progress, then the preview and Save…. */
export function DocumentComposer({ item }: { item: Item }) {
  const { t } = useTranslation();
  const api = useApi();
  const { caseId } = useWorkspace();
  const form = formFor(item.kind);
  const [values, setValue] = useDraftValues(item.kind, form.defaults);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [redacted, setRedacted] = useState(false);
  const [password, setPassword] = useState(noPassword);
  const [generation, dispatch] = useReducer(generationReducer, initialGeneration);
  const tokens = useRef(0);
  const composer = useReveal<HTMLDivElement>();

  const { input, errors: localErrors } = buildInput(form, values);
  const check = useDocumentCheck(
    renderRequest(item.kind, caseId, input, { redacted, password: null }),
  );
  const refused = generation.phase === 'failed' ? generation.error : null;
  const issues: FieldIssue[] = issuesOf(refused ?? check.error);
  const placed = placeIssues(form, issues);
  const words = (message: string) => {
    const key = plainIssueKey(message);
    return key ? t(`documents.errors.${key}`) : message;
  };
  // Main's complaints about a field appear once the user has been there, or tried to generate.
  const fieldErrors: Record<string, string> = {};
  for (const [path, message] of Object.entries(placed.byField)) {
    if (attempted || touched.has(path)) fieldErrors[path] = words(message);
  }
  for (const [path, key] of Object.entries(localErrors)) {
    fieldErrors[path] = t(`documents.errors.${key}`);
  }
  const passwordIssue = placed.unplaced.find((i) => i.path === 'password');
  const otherIssues = placed.unplaced.filter((i) => i.path !== 'password');
  const busy = generation.phase === 'generating';

  const change = (path: string, value: string | boolean) => {
    setValue(path, value);
    setTouched((s) => new Set(s).add(path));
    dispatch({ type: 'edited' });
  };

  const generate = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (busy || Object.keys(localErrors).length > 0 || passwordProblem(password)) return;
    tokens.current += 1;
    const token = tokens.current;
    const secret = password.enabled ? password.password : null;
    dispatch({ type: 'start', token });
    const result = await api['documents:render'](
      renderRequest(item.kind, caseId, input, { redacted, password: secret }),
    );
    dispatch(
      result.ok
        ? { type: 'succeeded', token, preview: result.value, password: secret }
        : { type: 'failed', token, error: result.error },
    );
  };

  return (
    <>
      <div
        ref={composer}
        tabIndex={-1}
        className="doc-reveal"
        role="region"
        aria-label={item.title}
      >
        <SectionCard
          title={item.title}
          description={form.note ? t(`documents.notes.${form.note}`) : undefined}
        >
          <form className="cw-form" onSubmit={(e) => void generate(e)} noValidate>
            {item.draft && <p className="doc-note doc-note--warn">{t('documents.draftNote')}</p>}
            <DocumentFields
              form={form}
              values={values}
              onChange={change}
              errors={fieldErrors}
              isDisabled={busy}
            />
            {otherIssues.length > 0 && (attempted || refused) && (
              <ul className="doc-issues" aria-label={t('documents.otherIssues')}>
                {otherIssues.map((i) => (
                  <li key={`${i.path}:${i.message}`}>
                    {i.path ? `${i.path}: ` : ''}
                    {words(i.message)}
                  </li>
                ))}
              </ul>
            )}
            {form.redactable && (
              <Checkbox
                className="cw-checkbox"
                isSelected={redacted}
                onChange={setRedacted}
                isDisabled={busy}
              >
                <span className="cw-checkbox__box" aria-hidden="true" />
                <span>
                  {t('documents.redacted.label')}
                  <span className="cw-field__description doc-checkbox__hint">
                    {t('documents.redacted.hint')}
                  </span>
                </span>
              </Checkbox>
            )}
            <PasswordProtection
              draft={password}
              onChange={setPassword}
              showProblems={attempted}
              mainError={passwordIssue ? words(passwordIssue.message) : null}
              isDisabled={busy}
            />
            <RiskWarnings warnings={check.warnings} hasRules={form.risks} />
            <GenerateBar
              title={item.title}
              busy={busy}
              onCancel={() => dispatch({ type: 'cancel' })}
            />
            {generation.phase === 'idle' && generation.cancelled && (
              <p className="cw-field__description" role="status">
                {t('documents.generate.cancelled')}
              </p>
            )}
            {refused && (
              <div>
                <InlineError
                  title={t('documents.generate.failed', { title: item.title })}
                  error={refused}
                />
                <p className="cw-field__description">
                  {t(`documents.nextStep.${nextStepKey(refused)}`)}
                </p>
              </div>
            )}
          </form>
        </SectionCard>
      </div>
      {generation.phase === 'generated' && (
        <GeneratedDocument
          key={generation.preview.sha256}
          preview={generation.preview}
          title={item.title}
          password={generation.password}
        />
      )}
    </>
  );
}

/** Generate, or while main renders: an indeterminate bar naming the document, and Cancel. */
function GenerateBar({
  title,
  busy,
  onCancel,
}: {
  title: string;
  busy: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const generateButton = useRef<HTMLButtonElement>(null);
  const wasBusy = useRef(false);
  // The button under focus turns into the progress bar and back: keep focus on the bar's Cancel,
  // then on Generate again (a preview, when one appears, takes focus after this).
  useEffect(() => {
    if (wasBusy.current && !busy) generateButton.current?.focus();
    wasBusy.current = busy;
  }, [busy]);
  return (
    <div className="doc-generate">
      {busy ? (
        <>
          <ProgressBar className="doc-progress" isIndeterminate>
            <Label className="doc-progress__label">
              {t('documents.generate.progress', { title })}
            </Label>
            <div className="doc-progress__track" aria-hidden="true">
              <div className="doc-progress__fill" />
            </div>
          </ProgressBar>
          <Button className="button button--secondary" onPress={onCancel} autoFocus>
            {t('documents.generate.cancel')}
          </Button>
        </>
      ) : (
        <Button ref={generateButton} type="submit" className="button button--primary">
          <FileText size={15} aria-hidden="true" />
          {t('documents.generate.button', { title })}
        </Button>
      )}
    </div>
  );
}
