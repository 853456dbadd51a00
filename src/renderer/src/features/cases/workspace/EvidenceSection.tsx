import { Copy, Download, Eye, Upload } from 'lucide-react';
import { useState, type DragEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { custodyOf, type EvidenceItem } from '@shared/domain/evidence';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { formatBytes, formatDate, formatTimestamp } from '../case-ids';
import { droppedPaths } from './evidence-import';
import { EvidenceImportDialog } from './EvidenceImportDialog';
import { EvidenceViewer } from './EvidenceViewer';
import { SectionCard } from './SectionCard';
import { useWorkspace } from './workspace-context';

/** Evidence items with their hashes and custody, import (button or drop), view and export. */
export function EvidenceSection() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { doc, caseId, refresh } = useWorkspace();
  const [importing, setImporting] = useState<string[] | null>(null);
  const [dragging, setDragging] = useState(false);
  const [viewing, setViewing] = useState<EvidenceItem | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<IpcError | null>(null);
  const locale = i18n.language;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    setImporting(droppedPaths(event.dataTransfer.files));
  };

  const exportItem = async (item: EvidenceItem) => {
    setFailure(null);
    const result = await api['evidence:export']({ caseId, evidenceId: item.id });
    if (!result.ok) setFailure(result.error);
    else if (result.value.saved)
      setMessage(
        t(
          result.value.sha256Verified
            ? 'caseWorkspace.evidence.exported'
            : 'caseWorkspace.evidence.exportedUnverified',
          {
            exhibit: item.exhibit,
          },
        ),
      );
    await refresh();
  };

  const copyHash = (item: EvidenceItem) => {
    void navigator.clipboard
      ?.writeText(item.sha256)
      .then(() => setMessage(t('caseWorkspace.evidence.hashCopied', { exhibit: item.exhibit })));
  };

  return (
    <div
      className={`ws-section evidence-drop${dragging ? ' evidence-drop--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <SectionCard
        title={t('caseWorkspace.evidence.title', { count: doc.evidence.length })}
        description={t('caseWorkspace.evidence.dropHint')}
        actions={
          <Button className="button button--primary" onPress={() => setImporting([])}>
            <Upload size={15} aria-hidden="true" />
            {t('caseWorkspace.evidence.import')}
          </Button>
        }
      >
        <p className="ws-live" role="status">
          {message}
        </p>
        {failure && <InlineError title={t('caseWorkspace.evidence.failed')} error={failure} />}
        {doc.evidence.length === 0 ? (
          <p className="ws-empty">{t('caseWorkspace.evidence.empty')}</p>
        ) : (
          <ul className="ws-list" aria-label={t('caseWorkspace.evidence.listLabel')}>
            {doc.evidence.map((item) => (
              <li key={item.id} className="ws-list__item evidence-item">
                <div className="evidence-item__main">
                  <p className="evidence-item__name">
                    <span className="matrix__exhibit">{item.exhibit}</span> {item.originalFileName}
                  </p>
                  <p className="evidence-item__meta">
                    {formatBytes(item.size, locale)} · {item.mediaType}
                    {item.collectedBy &&
                      ` · ${t('caseWorkspace.evidence.collectedBy', { name: item.collectedBy })}`}
                    {item.collectedOn && ` · ${formatDate(item.collectedOn, locale)}`}
                  </p>
                  {item.source && (
                    <p className="evidence-item__meta">
                      {t('caseWorkspace.evidence.source', { source: item.source })}
                    </p>
                  )}
                  {item.description && (
                    <p className="evidence-item__description">{item.description}</p>
                  )}
                  <p className="evidence-item__hash">
                    <span className="cw-field__label">SHA-256</span>{' '}
                    <code title={item.sha256}>{item.sha256.slice(0, 12)}…</code>
                    <Button
                      className="cw-icon-button"
                      aria-label={t('caseWorkspace.evidence.copyHash', { exhibit: item.exhibit })}
                      onPress={() => copyHash(item)}
                    >
                      <Copy size={13} aria-hidden="true" />
                    </Button>
                  </p>
                  <details className="custody">
                    <summary>{t('caseWorkspace.evidence.custody')}</summary>
                    <ol className="custody__list">
                      {custodyOf(doc.custody, item.id).map((entry, i) => (
                        <li key={i}>
                          {formatTimestamp(entry.at, locale)} —{' '}
                          {t(`caseWorkspace.evidence.event.${entry.event}`)} · {entry.actor}
                          {entry.note ? ` · ${entry.note}` : ''}
                        </li>
                      ))}
                    </ol>
                  </details>
                </div>
                <div className="evidence-item__actions">
                  <Button className="button button--secondary" onPress={() => setViewing(item)}>
                    <Eye size={15} aria-hidden="true" />
                    {t('caseWorkspace.evidence.view')}
                    <span className="visually-hidden"> {item.exhibit}</span>
                  </Button>
                  <Button
                    className="button button--secondary"
                    onPress={() => void exportItem(item)}
                  >
                    <Download size={15} aria-hidden="true" />
                    {t('caseWorkspace.evidence.export')}
                    <span className="visually-hidden"> {item.exhibit}</span>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <EvidenceImportDialog
        paths={importing}
        onClose={() => setImporting(null)}
        onImported={setMessage}
      />
      <EvidenceViewer item={viewing} onClose={() => setViewing(null)} />
    </div>
  );
}
