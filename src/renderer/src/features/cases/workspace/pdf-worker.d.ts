// pdf.js ships no types for its worker entry; only its presence matters here (see pdf-render.ts).
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
