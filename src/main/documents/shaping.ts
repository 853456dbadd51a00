/**
 * Shaping a word once: pdfkit shapes running text per space-separated chunk and caches each chunk
 * per document, so "word " (inside a line) and "word" (at the end of one, and what the line
 * breaker measures without its trailing space) were two fontkit layouts. fontkit's layout is the
 * largest single cost of a long report, and half the chunks differed from another only by that
 * space.
 *
 * Here a chunk ending in one space is the chunk without it followed by the space's own run. That
 * is exact whenever nothing in the font positions or substitutes across a letter and a following
 * space; pdfkit already assumes the same at the space itself (it never shapes across it), and
 * text-layout.test.ts checks the bundled faces glyph by glyph and advance by advance.
 */

/** pdfkit's scaled run: glyphs and their positions, advance in 1000ths of the font size. */
interface ShapedRun {
  glyphs: unknown[];
  positions: { xAdvance: number }[];
  advanceWidth: number;
}

interface ChunkCacheInternals {
  layoutCached?: (text: string) => ShapedRun;
  layoutCache?: Record<string, ShapedRun>;
}

function joinRuns(word: ShapedRun, space: ShapedRun): ShapedRun {
  const positions = [...word.positions, ...space.positions];
  // Summed glyph by glyph, as fontkit's GlyphRun.advanceWidth does, so widths are bit-identical
  // to shaping the chunk in one go.
  let advanceWidth = 0;
  for (const position of positions) advanceWidth += position.xAdvance;
  return { glyphs: [...word.glyphs, ...space.glyphs], positions, advanceWidth };
}

/** Make a pdfkit EmbeddedFont shape "word " as "word" + " " (both cached per document). */
export function shareWordShaping(font: object): void {
  const internals = font as ChunkCacheInternals;
  const original = internals.layoutCached;
  const cache = internals.layoutCache;
  if (typeof original !== 'function' || typeof cache !== 'object') {
    throw new Error(
      'pdfkit no longer has EmbeddedFont.layoutCached/layoutCache: re-check shaping.ts',
    );
  }
  internals.layoutCached = (text: string): ShapedRun => {
    if (text.length < 2 || !text.endsWith(' ')) return original.call(font, text);
    const cached = cache[text];
    if (cached) return cached;
    const run = joinRuns(original.call(font, text.slice(0, -1)), original.call(font, ' '));
    cache[text] = run;
    return run;
  };
}
