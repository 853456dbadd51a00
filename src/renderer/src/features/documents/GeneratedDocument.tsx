import { Download } from 'lucide-react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '@shared/ipc/contract';
import type { DocumentPreview } from '@shared/ipc/document-contract';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { base64Bytes } from '@renderer/features/cases/workspace/evidence-import';
import { PdfView } from '@renderer/features/cases/workspace/PdfView';
import { SectionCard } from '@renderer/features/cases/workspace/SectionCard';
import { nextStepKey } from './next-step';
import { useReveal } from './use-reveal';

type Saved = OutputOf<'documents:save'>;
type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  | { phase: 'done'; result: Saved }
  | { phase: 'failed'; error: IpcError };

interface GeneratedDocumentProps {
  preview: DocumentPreview;
  title: string;
  /** The password the PDF was protected with, to open the preview; kept in memory only. */
  password: string | null;
}

/** The generated PDF: its facts, the pages drawn from the bytes, and Save… through main. */
export function GeneratedDocument({ preview, title, password }: GeneratedDocumentProps) {
  const { t } = useTranslation();
  const [bytes] = useState(() => base64Bytes(preview.base64));
  const region = useReveal<HTMLDivElement>();
  return (
    <div
      ref={region}
      tabIndex={-1}
      role="region"
      aria-label={t('documents.preview.title', { title })}
      className="doc-preview"
    >
      <SectionCard
        title={t('documents.preview.title', { title })}
        description={t('documents.preview.description')}
      >
        <DocumentFacts preview={preview} />
        <SaveButton preview={preview} />
        {preview.missingCharacters.length > 0 && (
          <p className="doc-note doc-note--warn">
            {t('documents.preview.missingCharacters', {
              characters: preview.missingCharacters.join(' '),
            })}
          </p>
        )}
        <PdfView
          bytes={bytes}
          {...(password ? { password } : {})}
          label={t('documents.preview.pages', { title })}
        />
      </SectionCard>
    </div>
  );
}

function DocumentFacts({ preview }: { preview: DocumentPreview }) {
  const { t } = useTranslation();
  const badges = [
    preview.draft && t('documents.preview.draft'),
    preview.redacted && t('documents.preview.redacted'),
    preview.encrypted && t('documents.preview.encrypted'),
  ].filter((b): b is string => Boolean(b));
  return (
    <>
      {badges.length > 0 && (
        <ul className="doc-badges" aria-label={t('documents.preview.badges')}>
          {badges.map((b) => (
            <li key={b} className="doc-badge">
              {b}
            </li>
          ))}
        </ul>
      )}
      <dl className="doc-facts">
        <div>
          <dt>{t('documents.preview.fileName')}</dt>
          <dd>{preview.fileName}</dd>
        </div>
        <div>
          <dt>{t('documents.preview.pageCount')}</dt>
          <dd>{preview.pageCount}</dd>
        </div>
        <div>
          <dt>{t('documents.preview.size')}</dt>
          <dd>{t('documents.preview.kilobytes', { count: Math.ceil(preview.size / 1024) })}</dd>
        </div>
        <div className="doc-facts__wide">
          <dt>{t('documents.preview.sha256')}</dt>
          <dd>
            <code className="doc-hash" data-testid="preview-sha256">
              {preview.sha256}
            </code>
          </dd>
        </div>
        <div className="doc-facts__wide">
          <dt>{t('documents.preview.checkpoint')}</dt>
          <dd>{preview.auditCheckpoint}</dd>
        </div>
      </dl>
    </>
  );
}

function SaveButton({ preview }: { preview: DocumentPreview }) {
  const { t } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<SaveState>({ phase: 'idle' });

  const save = async () => {
    setState({ phase: 'saving' });
    const result = await api['documents:save']({
      caseId: preview.caseId,
      kind: preview.kind,
      sha256: preview.sha256,
    });
    setState(
      result.ok
        ? { phase: 'done', result: result.value }
        : { phase: 'failed', error: result.error },
    );
  };

  return (
    <div className="doc-save">
      <Button
        className="button button--primary"
        onPress={() => void save()}
        isPending={state.phase === 'saving'}
      >
        <Download size={15} aria-hidden="true" />
        {t('documents.save.button')}
      </Button>
      <div role="status" className="doc-save__status">
        {state.phase === 'done' && state.result.saved && (
          <>
            <p className="doc-save__saved">
              {t('documents.save.savedTo', { path: state.result.path ?? state.result.fileName })}
            </p>
            <p className="doc-save__hash">
              {t('documents.save.sha256')}{' '}
              <code className="doc-hash" data-testid="saved-sha256">
                {state.result.sha256}
              </code>
            </p>
            {!preview.encrypted && (
              <p className="doc-save__note">{t('documents.save.plaintext')}</p>
            )}
          </>
        )}
        {state.phase === 'done' && !state.result.saved && <p>{t('documents.save.cancelled')}</p>}
      </div>
      {state.phase === 'failed' && (
        <>
          <InlineError title={t('documents.save.failed')} error={state.error} />
          <p className="cw-field__description">
            {t(`documents.nextStep.${nextStepKey(state.error)}`)}
          </p>
        </>
      )}
    </div>
  );
}
