import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Doc } from './pdf';
import { shareSubroutineStubs } from './cff-subset';
import { shareWordShaping } from './shaping';

/**
 * Font registry for generated PDFs.
 *
 * Fonts ship with the app from npm packages (toolchain.md: TTF/OTF, never WOFF2, never the OS), so
 * a tribunal bundle renders identically on every machine. Noto Sans covers Latin and Vietnamese;
 * Noto Sans Hans covers Simplified Chinese and is the per-character fallback.
 */

export type FontFace = 'regular' | 'bold' | 'italic' | 'semibold';

/** Names registered on every document; each is a pdfkit font name, embedded (subset) only if used. */
export type FontName =
  'latin-regular' | 'latin-bold' | 'latin-italic' | 'latin-semibold' | 'cjk-regular' | 'cjk-bold';

interface FontFile {
  pkg: '@embedpdf/fonts-latin' | '@embedpdf/fonts-sc';
  file: string;
}

const FILES: Record<FontName, FontFile> = {
  'latin-regular': { pkg: '@embedpdf/fonts-latin', file: 'NotoSans-Regular.ttf' },
  'latin-bold': { pkg: '@embedpdf/fonts-latin', file: 'NotoSans-Bold.ttf' },
  'latin-italic': { pkg: '@embedpdf/fonts-latin', file: 'NotoSans-Italic.ttf' },
  'latin-semibold': { pkg: '@embedpdf/fonts-latin', file: 'NotoSans-SemiBold.ttf' },
  'cjk-regular': { pkg: '@embedpdf/fonts-sc', file: 'NotoSansHans-Regular.otf' },
  'cjk-bold': { pkg: '@embedpdf/fonts-sc', file: 'NotoSansHans-Bold.otf' },
};

/** Fallback chain per face: first font with the glyph wins. CJK has no italic; upright is usual. */
const CHAINS: Record<FontFace, readonly FontName[]> = {
  regular: ['latin-regular', 'cjk-regular'],
  bold: ['latin-bold', 'cjk-bold'],
  italic: ['latin-italic', 'cjk-regular'],
  semibold: ['latin-semibold', 'cjk-bold'],
};

export function fontChain(face: FontFace): readonly FontName[] {
  return CHAINS[face];
}

// Both packages export only their JS entry ("exports" blocks package.json), so the entry is
// resolved and the font folder found beside its dist/. createRequire from this file works from the
// TS sources (vitest, tsx) and from out/main in the packaged app, where node_modules sits in the
// asar beside out/ and Electron's fs reads inside it.
const localRequire = createRequire(__filename);
const packageDirs = new Map<string, string>();

function fontPath(name: FontName): string {
  const { pkg, file } = FILES[name];
  let dir = packageDirs.get(pkg);
  if (!dir) {
    dir = dirname(dirname(localRequire.resolve(pkg)));
    packageDirs.set(pkg, dir);
  }
  return join(dir, 'fonts', file);
}

// Read once per process: the CJK faces are ~8 MB each and every document would otherwise re-read them.
const bytes = new Map<FontName, Buffer>();

export function fontBytes(name: FontName): Buffer {
  let data = bytes.get(name);
  if (!data) {
    data = readFileSync(fontPath(name));
    bytes.set(name, data);
  }
  return data;
}

/** The slice of a fontkit font that we rely on. */
interface FontkitFontInternals {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string, features?: unknown): unknown;
  /** fontkit's glyph objects by glyph id; each remembers the code points it was first made for. */
  _glyphs?: Record<number, unknown>;
}

/** The slice of pdfkit's embedded font (and the fontkit font inside it) that we rely on. */
interface EmbeddedFontInternals {
  font: FontkitFontInternals;
  layoutRun?: (text: string, features?: unknown) => unknown;
  [DEFAULT_FEATURES_SET]?: true;
}

// Parsed fonts, shared by every document of the process. Given bytes, pdfkit has fontkit parse the
// file again for each document, and fontkit decodes its tables (cmap, hmtx, GSUB/GPOS lookups,
// the ~8 MB CFF of the CJK faces) lazily and caches them on the font object: re-parsing per
// document was about a third of the report's render time. pdfkit accepts a fontkit font as a
// registerFont source (PDFFontFactory.open), so the first document's parsed font is kept here.
// A fontkit font holds nothing of the text it shaped, only decoded tables and glyph objects.
const parsed = new Map<FontName, FontkitFontInternals>();

/**
 * Register every face on a document. pdfkit parses a font only when it is first selected; faces
 * already parsed by an earlier document are reused.
 */
export function registerFonts(doc: Doc): void {
  for (const name of Object.keys(FILES) as FontName[]) {
    const font = parsed.get(name);
    if (font) {
      // Each glyph object records the code points it was first created for, and pdfkit writes
      // them into the ToUnicode map. Fresh glyph objects per document keep that map (and so the
      // bytes) a function of this document alone, not of what the process rendered before.
      // Documents never interleave: layout and doc.end() run synchronously, start to finish.
      font._glyphs = {};
      // @types/pdfkit omits the fontkit-font source that pdfkit's registerFont accepts.
      doc.registerFont(name, font as unknown as Buffer);
    } else doc.registerFont(name, fontBytes(name));
  }
}

const DEFAULT_FEATURES_SET = Symbol('confidant.defaultFeatures');

/**
 * Default OpenType features for running text: ccmp off. Noto Sans's ccmp splits "ị" into i + a
 * combining dot, and pdfkit records one Unicode value per glyph (the first it saw), so every later
 * plain "i" would extract as "ị". Text is NFC, so the precomposed glyphs are always there.
 *
 * Passing features to text() would switch off pdfkit's per-word shaping cache (and cost ~3× on
 * long reports), so instead the font's own layoutRun gets the default: calls without features keep
 * the cache, calls with explicit features (code groups) still win.
 */
export const TEXT_FEATURES: Readonly<Record<string, boolean>> = { ccmp: false };

/**
 * Select a registered font on the document, installing the default features and the shared
 * word/space shaping (shaping.ts) on first use.
 */
export function useFont(doc: Doc, name: FontName): EmbeddedFontInternals {
  doc.font(name);
  const font = (doc as unknown as { _font: EmbeddedFontInternals })._font;
  if (!parsed.has(name)) {
    if (typeof font.font?.layout !== 'function' || typeof font.font._glyphs !== 'object') {
      throw new Error(
        'pdfkit/fontkit internals changed: re-check the parsed-font cache (fonts.ts)',
      );
    }
    parsed.set(name, font.font);
  }
  if (!font[DEFAULT_FEATURES_SET]) {
    const original = font.layoutRun;
    if (typeof original !== 'function') {
      throw new Error('pdfkit no longer has EmbeddedFont.layoutRun: re-check useFont (fonts.ts)');
    }
    font.layoutRun = (text, features) => original.call(font, text, features ?? TEXT_FEATURES);
    shareWordShaping(font);
    shareSubroutineStubs((font as unknown as { subset: object }).subset);
    font[DEFAULT_FEATURES_SET] = true;
  }
  return font;
}

// Coverage never changes for a given font file, so answers are kept across documents.
const coverage = new Map<FontName, Map<number, boolean>>();

export function hasGlyph(doc: Doc, name: FontName, codePoint: number): boolean {
  let known = coverage.get(name);
  if (!known) {
    known = new Map();
    coverage.set(name, known);
  }
  const cached = known.get(codePoint);
  if (cached !== undefined) return cached;
  const answer = useFont(doc, name).font.hasGlyphForCodePoint(codePoint);
  known.set(codePoint, answer);
  return answer;
}

export interface FontRun {
  font: FontName;
  text: string;
}

const WHITESPACE = /^\s$/u;
const MARK = /^\p{M}$/u;

/**
 * Split text into runs by the first font in the face's chain that has each character.
 * Spaces and combining marks stay in the preceding run when that font has them, so "An 王" does not
 * hop fonts around the space and a mark is never separated from its base letter. A character no
 * font has stays in the primary font (it shows as the missing-glyph box rather than vanishing).
 */
// Characters no bundled font can draw, per document, so the caller can warn before a tribunal
// bundle goes out with missing-glyph boxes in a name.
const missing = new WeakMap<Doc, Set<string>>();

export function missingCharacters(doc: Doc): string[] {
  return [...(missing.get(doc) ?? [])];
}

function noteMissing(doc: Doc, ch: string): void {
  let set = missing.get(doc);
  if (!set) {
    set = new Set();
    missing.set(doc, set);
  }
  set.add(ch);
}

export function splitRuns(doc: Doc, text: string, face: FontFace): FontRun[] {
  const chain = CHAINS[face];
  const primary = chain[0] ?? 'latin-regular';
  const runs: FontRun[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const last = runs[runs.length - 1];
    let font: FontName | undefined;
    if (last && (WHITESPACE.test(ch) || MARK.test(ch)) && hasGlyph(doc, last.font, cp)) {
      font = last.font;
    } else {
      font = chain.find((name) => hasGlyph(doc, name, cp));
      if (!font) {
        // Line breaks and tabs never reach here as drawable text; anything else is a real gap.
        if (!WHITESPACE.test(ch)) noteMissing(doc, ch);
        font = primary;
      }
    }
    if (last && last.font === font) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}
