import { splitRuns, TEXT_FEATURES, useFont, type FontFace, type FontName } from './fonts';
import { breakSegments, splitGraphemes } from './line-breaks';
import type { Doc } from './pdf';
import { encodingFont, writePieces, type PlacedPiece } from './text-draw';

/**
 * Text measurement, line breaking and drawing with per-character font fallback.
 *
 * We break lines ourselves instead of using pdfkit's `continued: true` wrapping: with two fonts on
 * one line pdfkit aligns each fragment by its own font's ascender (Noto Sans and Noto Sans Hans
 * differ, so the baselines jump) and it cannot report the height of a mixed paragraph before
 * drawing it, which tables and keep-with-next need. Here every line is measured first and then
 * drawn piece by piece on a shared alphabetic baseline.
 */

export interface TextStyle {
  face: FontFace;
  size: number;
  /** Line pitch as a multiple of the font size. */
  leading?: number;
  color?: string;
  /** Extra space after every character, in points (used for the recovery key). */
  characterSpacing?: number;
  /**
   * Codes to be typed back (recovery keys): no kerning and tabular figures, so every character
   * sits in an even cell. Kerned "VA" also made pdftotext split a group into "V A".
   */
  code?: boolean;
}

export interface Piece {
  font: FontName;
  text: string;
  width: number;
}

export interface Line {
  pieces: Piece[];
  width: number;
}

export const DEFAULT_LEADING = 1.4;
// Noto Sans vertical metrics (units per em 1000): ascender 1069, descender -293. The baseline is
// placed so that the Latin ink box sits centred in the line pitch; CJK glyphs are shorter and fit.
const ASCENT = 1.069;
const DESCENT = 0.293;

/** Decomposed input ("Nguye\u0302\u0303n") renders fine but extracts badly: always draw NFC. */
export function normalise(text: string): string {
  return text.normalize('NFC');
}

export function lineHeight(style: TextStyle): number {
  return style.size * (style.leading ?? DEFAULT_LEADING);
}

export function baselineOffset(style: TextStyle): number {
  const pitch = lineHeight(style);
  return (pitch - style.size * (ASCENT + DESCENT)) / 2 + style.size * ASCENT;
}

/**
 * Codes (style.code) get explicit features: no kerning, tabular figures, and ccmp off like all
 * text (see TEXT_FEATURES). Running text passes none, so pdfkit's per-word shaping cache works.
 * @types/pdfkit only knows the array form of features; pdfkit hands the object to fontkit as is.
 */
const CODE_FEATURES = {
  ...TEXT_FEATURES,
  kern: false,
  tnum: true,
} as unknown as PDFKit.Mixins.OpenTypeFeatures[];

const featuresFor = (style: TextStyle): PDFKit.Mixins.OpenTypeFeatures[] | undefined =>
  style.code ? CODE_FEATURES : undefined;

// Shaping dominates render time and running text repeats its words, so widths (per point of font
// size) and whole measured segments are cached per document. Per document, not per process: the
// keys are case text, and nothing from a case should outlive the render in a long-lived
// main-process map.
interface DocCaches {
  widths: Map<string, number>;
  segments: Map<string, MeasuredSegment>;
  /** Whole layouts: a block is laid out to keep it with a heading, then again to draw it. */
  layouts: Map<string, Line[]>;
}
const docCaches = new WeakMap<Doc, DocCaches>();

function cachesOf(doc: Doc): DocCaches {
  let caches = docCaches.get(doc);
  if (!caches) {
    caches = { widths: new Map(), segments: new Map(), layouts: new Map() };
    docCaches.set(doc, caches);
  }
  return caches;
}

/** A font run measured once per document: advance per point of size, spacing not included. */
interface Run {
  font: FontName;
  text: string;
  perPoint: number;
  /** Code points, for the character spacing added after each. */
  chars: number;
}

/** A break segment split into font runs, with and without its trailing whitespace. */
interface MeasuredSegment {
  runs: readonly Run[];
  visible: readonly Run[];
}

const codeKey = (style: TextStyle): string => (style.code ? '1' : '0');

function measureRun(doc: Doc, font: FontName, text: string, style: TextStyle): Run {
  const { widths } = cachesOf(doc);
  const key = `${font}\u0000${codeKey(style)}\u0000${text}`;
  let perPoint = widths.get(key);
  if (perPoint === undefined) {
    useFont(doc, font);
    doc.fontSize(1);
    perPoint = doc.widthOfString(text, { features: featuresFor(style) });
    widths.set(key, perPoint);
  }
  return { font, text, perPoint, chars: [...text].length };
}

/** A run's width at the style's size, including the spacing after each character. */
const runWidth = (run: Run, style: TextStyle): number =>
  run.perPoint * style.size + (style.characterSpacing ?? 0) * run.chars;

/** Sum of widths, added left to right (the order keeps line widths bit-for-bit stable). */
function widthOf(runs: readonly Run[], style: TextStyle): number {
  let sum = 0;
  for (const run of runs) sum += runWidth(run, style);
  return sum;
}

/** Drop trailing whitespace, across runs if a run is whitespace only. Never mutates its input. */
function trimEnd(doc: Doc, runs: readonly Run[], style: TextStyle): Run[] {
  const out = runs.slice();
  for (;;) {
    const last = out[out.length - 1];
    if (!last) break;
    const trimmed = last.text.replace(/\s+$/u, '');
    if (trimmed === last.text) break;
    if (trimmed === '') out.pop();
    else out[out.length - 1] = measureRun(doc, last.font, trimmed, style);
  }
  return out;
}

function measureText(doc: Doc, text: string, style: TextStyle): MeasuredSegment {
  const runs = splitRuns(doc, text, style.face).map((r) => measureRun(doc, r.font, r.text, style));
  return { runs, visible: trimEnd(doc, runs, style) };
}

/** Font runs and widths of a segment; segments (words) repeat, so each is split and measured once. */
function measureSegment(doc: Doc, segment: string, style: TextStyle): MeasuredSegment {
  const { segments } = cachesOf(doc);
  const key = `${style.face}\u0000${codeKey(style)}\u0000${segment}`;
  let measured = segments.get(key);
  if (!measured) {
    measured = measureText(doc, segment, style);
    segments.set(key, measured);
  }
  return measured;
}

/** Line pieces: adjacent runs in the same font joined, widths at the style's size. */
function toPieces(runs: readonly Run[], style: TextStyle): Piece[] {
  const out: Piece[] = [];
  for (const run of runs) {
    const width = runWidth(run, style);
    const last = out[out.length - 1];
    if (last && last.font === run.font) {
      last.text += run.text;
      last.width += width;
    } else out.push({ font: run.font, text: run.text, width });
  }
  return out;
}

/**
 * Lay a (possibly multi-paragraph) string out into lines no wider than maxWidth. The same text,
 * style and width give the same (shared, never mutated) lines within a document.
 */
export function layoutText(doc: Doc, raw: string, style: TextStyle, maxWidth: number): Line[] {
  const { layouts } = cachesOf(doc);
  const key = [
    style.face,
    style.size,
    codeKey(style),
    style.characterSpacing ?? 0,
    maxWidth,
    raw,
  ].join('\u0000');
  let lines = layouts.get(key);
  if (!lines) {
    lines = layoutUncached(doc, raw, style, maxWidth);
    layouts.set(key, lines);
  }
  return lines;
}

/** The line being filled: its runs, and its width kept as it grows (not summed per segment). */
class LineBuilder {
  runs: Run[] = [];
  width = 0;

  constructor(
    private readonly doc: Doc,
    private readonly style: TextStyle,
    private readonly lines: Line[],
  ) {}

  push(runs: readonly Run[]): void {
    for (const run of runs) {
      this.runs.push(run);
      this.width += runWidth(run, this.style);
    }
  }

  flush(): void {
    const pieces = toPieces(trimEnd(this.doc, this.runs, this.style), this.style);
    let width = 0;
    for (const piece of pieces) width += piece.width;
    this.lines.push({ pieces, width });
    this.runs = [];
    this.width = 0;
  }
}

function layoutUncached(doc: Doc, raw: string, style: TextStyle, maxWidth: number): Line[] {
  const text = normalise(raw);
  const lines: Line[] = [];
  for (const hardLine of text.split(/\r?\n/)) {
    const line = new LineBuilder(doc, style, lines);
    for (const segment of breakSegments(hardLine)) {
      const measured = measureSegment(doc, segment, style);
      const visible = widthOf(measured.visible, style);
      if (line.runs.length > 0 && line.width + visible > maxWidth) line.flush();
      if (line.runs.length === 0 && visible > maxWidth) {
        // A single word wider than the column (a long id or path): break between graphemes.
        for (const g of splitGraphemes(segment)) {
          const gm = measureText(doc, g, style);
          if (line.runs.length > 0 && line.width + widthOf(gm.visible, style) > maxWidth) {
            line.flush();
          }
          line.push(gm.runs);
        }
        continue;
      }
      line.push(measured.runs);
    }
    line.flush();
  }
  return lines;
}

export function textHeight(lines: Line[], style: TextStyle): number {
  return lines.length * lineHeight(style);
}

export type Align = 'left' | 'center' | 'right';

/**
 * Draw laid-out lines with their top at y; returns the y just below the last line. The pieces are
 * already measured, so each is shaped once more only to encode its glyphs (doc.text() would shape
 * it three times: its own width check, the encoding and the cursor advance).
 */
export function drawLines(
  doc: Doc,
  lines: Line[],
  style: TextStyle,
  x: number,
  y: number,
  width: number,
  align: Align = 'left',
): number {
  const pitch = lineHeight(style);
  const spacing = style.characterSpacing ?? 0;
  doc.fillColor(style.color ?? '#1a1a1a');
  const placed: PlacedPiece[] = [];
  lines.forEach((line, i) => {
    // The spacing after the last character is not ink, so it does not count when centring.
    const inkWidth = line.width - (line.pieces.length > 0 ? spacing : 0);
    const free = width - inkWidth;
    let cx = align === 'center' ? x + free / 2 : align === 'right' ? x + free : x;
    const baseline = y + i * pitch + baselineOffset(style);
    for (const piece of line.pieces) {
      useFont(doc, piece.font);
      doc.fontSize(style.size);
      placed.push({ font: encodingFont(doc), size: style.size, text: piece.text, x: cx, baseline });
      cx += piece.width;
    }
  });
  writePieces(doc, placed, spacing, featuresFor(style));
  return y + lines.length * pitch;
}

/** Convenience: lay out and draw in one go. */
export function drawText(
  doc: Doc,
  text: string,
  style: TextStyle,
  x: number,
  y: number,
  width: number,
  align: Align = 'left',
): number {
  return drawLines(doc, layoutText(doc, text, style, width), style, x, y, width, align);
}
