// pdf.js, loaded only when a PDF is opened. The CSP says `worker-src 'none'`, so pdf.js cannot
// start its Web Worker; handing it the worker module as `globalThis.pdfjsWorker` makes it run the
// same parser on the main thread ("fake worker"), still from bytes in memory and with eval off.
// Large PDFs parse slower this way; allowing `worker-src 'self'` later would move it off-thread.

const MAX_PAGES = 50;

async function loadPdfjs() {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs'),
  ]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs;
}

/**
 * Draws up to 50 pages into `target` as canvases; returns the page count of the document.
 * `password` opens a protected PDF (a generated document the user just protected) in memory.
 */
export async function renderPdf(
  bytes: Uint8Array<ArrayBuffer>,
  target: HTMLElement,
  signal: AbortSignal,
  password?: string,
): Promise<number> {
  const pdfjs = await loadPdfjs();
  // pdf.js takes ownership of the buffer; give it a copy so a re-render still has the bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    ...(password ? { password } : {}),
  });
  signal.addEventListener('abort', () => void task.destroy());
  const pdf = await task.promise;
  const ratio = window.devicePixelRatio || 1;
  for (let n = 1; n <= Math.min(pdf.numPages, MAX_PAGES) && !signal.aborted; n += 1) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1.25 });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.className = 'viewer__page';
    target.append(canvas);
    await page.render({
      canvas,
      viewport,
      transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    }).promise;
  }
  return pdf.numPages;
}
