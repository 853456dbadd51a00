import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderPdf } from './pdf-render';

interface PdfViewProps {
  bytes: Uint8Array<ArrayBuffer>;
  /** Opens a password-protected PDF; never stored, only handed to pdf.js. */
  password?: string;
  /** Names the pages region, e.g. "Preview of the investigation report". */
  label?: string;
}

/** PDF pages drawn to canvases from bytes: no plaintext file, no external viewer. */
export function PdfView({ bytes, password, label }: PdfViewProps) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [pages, setPages] = useState(0);

  useEffect(() => {
    const target = host.current;
    if (!target) return;
    const controller = new AbortController();
    renderPdf(bytes, target, controller.signal, password).then(
      (count) => {
        if (controller.signal.aborted) return;
        setPages(count);
        setState('ready');
      },
      () => !controller.signal.aborted && setState('failed'),
    );
    return () => {
      controller.abort();
      target.replaceChildren();
    };
  }, [bytes, password]);

  return (
    <div className="viewer__pdf">
      <p className="cw-field__description" role="status">
        {state === 'loading' && t('caseWorkspace.viewer.loading')}
        {state === 'ready' && t('caseWorkspace.viewer.pages', { count: pages })}
        {state === 'failed' && t('caseWorkspace.viewer.pdfFailed')}
      </p>
      <div
        ref={host}
        className="viewer__pages"
        {...(label ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}
      />
    </div>
  );
}
