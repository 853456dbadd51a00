import type { Doc } from './pdf';

/**
 * Writes measured pieces as one PDF text object. pdfkit's _fragment (what text() draws each line
 * with) wraps every fragment in its own q/cm/BT/Tf/ET/Q and turns each operator into a separate
 * content-stream write; a report has thousands of pieces, so that bookkeeping cost more than the
 * glyph encoding itself. Here a block of lines is one q … Q with one BT … ET, a Tm per piece and a
 * Tf only when the font or size changes. Shaping is pdfkit's own (its per-document chunk cache),
 * glyphs are encoded as EmbeddedFont.encode does, and the TJ arrays are built exactly as
 * _fragment builds them.
 */

interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface GlyphRun {
  glyphs: Glyph[];
  positions: GlyphPosition[];
}

/** The slice of pdfkit's EmbeddedFont that writing text needs. */
export interface EncodingFont {
  id: string;
  ref(): unknown;
  layoutCached(text: string): GlyphRun;
  layoutRun(text: string, features?: unknown): GlyphRun;
  subset: { includeGlyph(id: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  scale: number;
}

export interface PlacedPiece {
  font: EncodingFont;
  size: number;
  text: string;
  /** Left end of the piece and its alphabetic baseline, in the flow's top-down coordinates. */
  x: number;
  baseline: number;
}

interface PageInternals {
  page: { height: number; fonts: Record<string, unknown> };
}

/**
 * EmbeddedFont.encode without its quadratic array concatenation: the same space-separated chunks
 * from the same per-document cache (or one run with explicit features), the same subset ids,
 * widths and ToUnicode entries, appended in place.
 */
// Hex codes by subset glyph id, per embedded font (so per document): a report encodes its few
// hundred glyphs hundreds of thousands of times, and those strings were a tenth of its garbage.
const hexCodes = new WeakMap<EncodingFont, string[]>();

function encodeRun(font: EncodingFont, run: GlyphRun, hex: string[], positions: GlyphPosition[]) {
  let codes = hexCodes.get(font);
  if (!codes) {
    codes = [];
    hexCodes.set(font, codes);
  }
  for (const glyph of run.glyphs) {
    const gid = font.subset.includeGlyph(glyph.id);
    hex.push((codes[gid] ??= `0000${gid.toString(16)}`.slice(-4)));
    font.widths[gid] ??= glyph.advanceWidth * font.scale;
    font.unicode[gid] ??= glyph.codePoints;
  }
  for (const position of run.positions) positions.push(position);
}

function encode(font: EncodingFont, text: string, features: unknown): [string[], GlyphPosition[]] {
  const hex: string[] = [];
  const positions: GlyphPosition[] = [];
  if (features) {
    encodeRun(font, font.layoutRun(text, features), hex, positions);
    return [hex, positions];
  }
  let last = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const ch = text.charAt(i);
    if ((i === text.length && last < i) || ch === ' ' || ch === '\t') {
      encodeRun(font, font.layoutCached(text.slice(last, i + 1)), hex, positions);
      last = i + 1;
    }
  }
  return [hex, positions];
}

/** pdfkit's PDFObject.number: operands rounded to 6 decimals. */
const num = (n: number): number => Math.round(n * 1e6) / 1e6;

/** The current pdfkit font, checked once per call so a pdfkit upgrade fails loudly. */
export function encodingFont(doc: Doc): EncodingFont {
  const font = (doc as unknown as { _font?: Partial<EncodingFont> })._font;
  if (
    !font ||
    typeof font.ref !== 'function' ||
    typeof font.layoutCached !== 'function' ||
    typeof font.layoutRun !== 'function' ||
    typeof font.subset?.includeGlyph !== 'function' ||
    !Array.isArray(font.widths) ||
    !Array.isArray(font.unicode) ||
    typeof font.scale !== 'number'
  ) {
    throw new Error('pdfkit EmbeddedFont internals changed: re-check text-draw.ts');
  }
  return font as EncodingFont;
}

/** Glyph runs of one TJ operator being collected; a class, not closures, on this hot path. */
class ShowText {
  private readonly commands: string[] = [];
  private last = 0;

  constructor(
    private readonly ops: string[],
    private readonly encoded: string[],
    private readonly positions: GlyphPosition[],
  ) {}

  /** Close a run of glyphs at `cur`, with the kerning adjustment after its last glyph. */
  segment(cur: number): void {
    if (this.last < cur) {
      const hex = this.encoded.slice(this.last, cur).join('');
      const pos = this.positions[cur - 1]!;
      this.commands.push(`<${hex}> ${num(-(pos.xAdvance - pos.advanceWidth))}`);
    }
    this.last = cur;
  }

  flush(i: number): void {
    this.segment(i);
    if (this.commands.length > 0) {
      this.ops.push(`[${this.commands.join(' ')}] TJ`);
      this.commands.length = 0;
    }
  }
}

/** TJ operators for one piece starting at (x, y) in PDF space, as pdfkit's _fragment writes them. */
function showPiece(ops: string[], piece: PlacedPiece, y: number, features: unknown): void {
  const [encoded, positions] = encode(piece.font, piece.text, features);
  const scale = piece.size / 1000;
  const show = new ShowText(ops, encoded, positions);
  let x = piece.x;
  let hadOffset = false;
  let i = 0;
  for (; i < positions.length; i += 1) {
    const pos = positions[i]!;
    if (pos.xOffset || pos.yOffset) {
      show.flush(i);
      ops.push(`1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
      show.flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) show.segment(i + 1);
    }
    x += pos.xAdvance * scale;
  }
  show.flush(i);
}

/** Draw pieces (already positioned) in the current fill colour as one text object. */
export function writePieces(
  doc: Doc,
  pieces: readonly PlacedPiece[],
  characterSpacing: number,
  features: unknown,
): void {
  if (!pieces.some((p) => p.text.length > 0)) return;
  const { page } = doc as unknown as PageInternals;
  const ops: string[] = ['BT'];
  if (characterSpacing) ops.push(`${num(characterSpacing)} Tc`);
  let font: EncodingFont | null = null;
  let size = Number.NaN;
  for (const piece of pieces) {
    if (piece.text.length === 0) continue;
    page.fonts[piece.font.id] ??= piece.font.ref();
    const y = page.height - piece.baseline;
    ops.push(`1 0 0 1 ${num(piece.x)} ${num(y)} Tm`);
    if (piece.font !== font || piece.size !== size) {
      ops.push(`/${piece.font.id} ${num(piece.size)} Tf`);
      font = piece.font;
      size = piece.size;
    }
    showPiece(ops, piece, y, features);
  }
  ops.push('ET');
  // The flow draws top-down; text space is PDF's bottom-up, as in _fragment.
  doc.save();
  doc.transform(1, 0, 0, -1, 0, page.height);
  doc.addContent(ops.join('\n'));
  doc.restore();
}
