import PDFDocument from 'pdfkit';

/** The pdfkit document type, named once so the other modules need not touch pdfkit's namespaces. */
export type Doc = InstanceType<typeof PDFDocument>;

export { PDFDocument };

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

interface MetadataInternals {
  info: Record<string, unknown>;
  _addInfo?: () => void;
}

/**
 * pdfkit 0.20.2 pastes Title and Author into the XMP packet without XML escaping, so an
 * organisation called "Marks & Spencer" would produce malformed metadata. Escape for the duration
 * of the XMP write only; the Info dictionary keeps the real strings. Fails loudly if a pdfkit
 * upgrade renames the hook, rather than silently writing broken XMP again.
 */
export function escapeXmpMetadata(doc: Doc): void {
  const internals = doc as unknown as MetadataInternals;
  const original = internals._addInfo;
  if (typeof original !== 'function') {
    throw new Error(
      'pdfkit no longer has _addInfo: re-check XMP escaping (src/main/documents/pdf.ts)',
    );
  }
  internals._addInfo = function addEscapedInfo(this: MetadataInternals): void {
    const info = this.info;
    this.info = Object.fromEntries(
      Object.entries(info).map(([k, v]) => [k, typeof v === 'string' ? escapeXml(v) : v]),
    );
    try {
      original.call(this);
    } finally {
      this.info = info;
    }
  };
}
