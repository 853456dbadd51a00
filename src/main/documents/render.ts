import { drawBlock } from './blocks';
import { Flow } from './flow';
import { missingCharacters, registerFonts } from './fonts';
import { drawLetterhead, planFurniture, SIDE_MARGIN } from './furniture';
import { escapeXmpMetadata, PDFDocument, type Doc } from './pdf';
import { installR6Encryption } from './pdf-encrypt-r6';
import {
  documentSpecSchema,
  parseOrThrow,
  renderOptionsSchema,
  type DocumentSpec,
  type RenderOptions,
} from './spec';

/**
 * renderDocument(spec, options) → PDF bytes, entirely in memory.
 *
 * The only plaintext copies of a generated PDF are the ones the user explicitly saves (vault.md §11):
 * the bytes go to the caller, who stores them as an encrypted blob and audits their SHA-256.
 */

export const PAGE_SIZES = {
  A4: [595.28, 841.89],
  LETTER: [612, 792],
} as const;

function createDocument(options: RenderOptions): Doc {
  const info: Record<string, string | Date> = {
    Title: options.title.normalize('NFC'),
    // Minimal metadata (vault.md §11): who issued it and what made it; no user, host or path.
    Creator: 'Confidant',
    Producer: 'Confidant',
    CreationDate: options.createdAt ?? new Date(),
  };
  if (options.organisation) info.Author = options.organisation.name.normalize('NFC');
  const doc = new PDFDocument({
    size: [...PAGE_SIZES[options.pageSize ?? 'A4']],
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    autoFirstPage: false,
    // Pages stay in memory until the end so the footer can say "Page X of Y".
    bufferPages: true,
    tagged: true,
    lang: options.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    // No default font: pdfkit would otherwise load Helvetica, which cannot draw most names.
    font: null as unknown as string,
    info,
  });
  escapeXmpMetadata(doc);
  // Installed before any object is written; pdfkit's own password option would write R 5.
  if (options.protection) installR6Encryption(doc, options.protection);
  return doc;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export interface RenderedPdf {
  bytes: Buffer;
  pageCount: number;
  /** Characters no bundled font has (drawn as empty boxes), e.g. Korean or Arabic; [] normally. */
  missingCharacters: string[];
  /** Bookmarked headings and their 1-based pages (what a contents table prints). */
  headings: { title: string; level: number; page: number }[];
}

/** Render a spec to PDF bytes. Throws AppError('InvalidInput') naming every bad field. */
export async function renderDocument(spec: DocumentSpec, options: RenderOptions): Promise<Buffer> {
  return (await renderPdf(spec, options)).bytes;
}

/** As renderDocument, also reporting the page count (one-page documents check their fit). */
export async function renderPdf(spec: DocumentSpec, options: RenderOptions): Promise<RenderedPdf> {
  const validSpec = parseOrThrow(documentSpecSchema, spec, 'document spec');
  const validOptions = parseOrThrow(renderOptionsSchema, options, 'render options');
  const doc = createDocument(validOptions);
  const bytes = collect(doc);
  let laidOut: { pageCount: number; headings: RenderedPdf['headings'] };
  try {
    laidOut = layOut(doc, validSpec, validOptions);
  } catch (error) {
    // End the stream so nothing is left half-open, then report the layout error, not a stream one.
    doc.end();
    await bytes.catch(() => undefined);
    throw error;
  }
  doc.end();
  return {
    bytes: await bytes,
    pageCount: laidOut.pageCount,
    headings: laidOut.headings,
    missingCharacters: missingCharacters(doc),
  };
}

/** Flow the blocks, then draw header and footer on every page. */
function layOut(
  doc: Doc,
  spec: DocumentSpec,
  options: RenderOptions,
): { pageCount: number; headings: RenderedPdf['headings'] } {
  registerFonts(doc);
  doc.font('latin-regular');
  doc.addPage();
  const furniture = planFurniture(doc, options);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const frame = {
    left: SIDE_MARGIN,
    width: doc.page.width - 2 * SIDE_MARGIN,
    top: furniture.top,
    bottom: furniture.bottom,
  };
  const flow = new Flow(doc, frame, root);
  drawLetterhead(flow, options);
  spec.blocks.forEach((block, i) => drawBlock(flow, block, spec.blocks[i + 1]));
  // Before root.end(): deferred text is marked content of structure elements still open.
  flow.finish();
  root.end();
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    furniture.draw(doc, i - start, count);
  }
  return { pageCount: count, headings: flow.headings };
}
