import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '@shared/ipc/contract';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { useWorkspace } from '@renderer/features/cases/workspace/workspace-context';
import { DocumentComposer } from './DocumentComposer';
import { useDraftSelection } from './document-drafts';
import { DocumentKindList } from './DocumentKindList';
import './documents.css';

type Items = OutputOf<'documents:available'>['items'];

/** The case workspace's Documents tab: what the case can produce, then one kind at a time. */
export function DocumentsSection() {
  const { t } = useTranslation();
  const api = useApi();
  const { caseId, doc, flush } = useWorkspace();
  const [items, setItems] = useState<Items | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [selected, setSelected] = useDraftSelection();
  const [attempt, setAttempt] = useState(0);
  // What is missing follows the case: ask again when it changes (a finding, an action).
  const revision = JSON.stringify([doc.allegations, doc.outcome, doc.parties]);

  useEffect(() => {
    let stale = false;
    // Main judges from the saved case: let a pending autosave land first.
    void flush()
      .then(() => api['documents:available']({ caseId }))
      .then((result) => {
        if (stale) return;
        if (result.ok) {
          setItems(result.value.items);
          setError(null);
        } else setError(result.error);
      });
    return () => {
      stale = true;
    };
  }, [api, caseId, flush, revision, attempt]);

  if (error) {
    return (
      <div className="ws-section">
        <InlineError title={t('documents.loadFailed')} error={error} />
        <div>
          <Button className="button button--secondary" onPress={() => setAttempt((n) => n + 1)}>
            {t('cases.common.retry')}
          </Button>
        </div>
      </div>
    );
  }
  if (!items) return <p role="status">{t('documents.loading')}</p>;
  const item = items.find((i) => i.kind === selected && i.available);
  return (
    <div className="ws-section">
      <DocumentKindList items={items} selected={item ? item.kind : null} onSelect={setSelected} />
      {item && <DocumentComposer key={item.kind} item={item} />}
    </div>
  );
}
