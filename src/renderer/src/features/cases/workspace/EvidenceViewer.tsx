import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/evidence';
import type { OutputOf } from '@shared/ipc/contract';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';
import { InlineError } from '@renderer/components/InlineError';
import { CaseDialog } from '../CaseDialog';
import { base64Bytes, previewKind } from './evidence-import';
import { PdfView } from './PdfView';
import { useWorkspace } from './workspace-context';

type Viewed = OutputOf<'evidence:view'>;

/** Shows an item inside the app (main logs the view in the custody log before sending bytes). */
export function EvidenceViewer({
  item,
  onClose,
}: {
  item: EvidenceItem | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <CaseDialog
      title={
        item
          ? t('caseWorkspace.viewer.title', { exhibit: item.exhibit, name: item.originalFileName })
          : ''
      }
      isOpen={item !== null}
      onClose={onClose}
      size="wide"
    >
      {item && <ViewerBody item={item} />}
    </CaseDialog>
  );
}

function ViewerBody({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const api = useApi();
  const { caseId, refresh } = useWorkspace();
  const [viewed, setViewed] = useState<Viewed | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    let stale = false;
    void api['evidence:view']({ caseId, evidenceId: item.id }).then((result) => {
      if (stale) return;
      if (result.ok) setViewed(result.value);
      else setError(result.error);
      // The view is a custody event: read the case again for the log and the new seq.
      void refresh();
    });
    return () => {
      stale = true;
    };
  }, [api, caseId, item.id, refresh]);

  if (error) return <InlineError title={t('caseWorkspace.viewer.failed')} error={error} />;
  if (!viewed) return <p role="status">{t('caseWorkspace.viewer.loading')}</p>;
  if (viewed.kind === 'too-large') return <p>{t('caseWorkspace.viewer.tooLarge')}</p>;
  return <Preview mediaType={viewed.mediaType} base64={viewed.base64} name={viewed.fileName} />;
}

function Preview({ mediaType, base64, name }: { mediaType: string; base64: string; name: string }) {
  const { t } = useTranslation();
  const kind = previewKind(mediaType);
  switch (kind) {
    case 'image':
      return <ImagePreview mediaType={mediaType} base64={base64} name={name} />;
    case 'text':
      return (
        <pre className="viewer__text" tabIndex={0}>
          {new TextDecoder().decode(base64Bytes(base64))}
        </pre>
      );
    case 'pdf':
      return <PdfView bytes={base64Bytes(base64)} />;
    case 'none':
      return <p>{t('caseWorkspace.viewer.noPreview')}</p>;
  }
}

/** The image through a blob: URL (the CSP allows blob: images), revoked when the viewer closes. */
function ImagePreview({
  mediaType,
  base64,
  name,
}: {
  mediaType: string;
  base64: string;
  name: string;
}) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([base64Bytes(base64)], { type: mediaType }));
    if (ref.current) ref.current.src = objectUrl;
    return () => URL.revokeObjectURL(objectUrl);
  }, [base64, mediaType]);
  return <img ref={ref} className="viewer__image" alt={name} />;
}
