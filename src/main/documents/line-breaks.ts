/**
 * Where a line may break. Intl.Segmenter has no line-break granularity in Node 20, and the full
 * Unicode line-breaking algorithm is more than these documents need: Latin, Vietnamese and Chinese
 * names and prose, ids and folder paths.
 */

// Ideographs, kana and hangul may break between any two characters; CJK closing punctuation may not
// start a line. Latin text breaks after spaces, and after / and \ so long folder paths still wrap.
const SHORT_CJK_RUN = 4;
const NO_BREAK_BEFORE =
  /[、。，．：；！？）」』】〉》〕］｝\u3001\u3002\uFF0C\uFF1A\uFF1B\uFF01\uFF1F]/u;

// CJK (U+2E80–9FFF, AC00–D7AF, F900–FAFF, FF00–FFEF, 20000–3FFFF) and /\s/u, tested by code
// point: these run for every character of every string laid out, where a regular expression per
// character was a measurable cost.
function isCjk(cp: number): boolean {
  return (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

function isSpace(cp: number): boolean {
  if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) return true;
  if (cp < 0xa0) return false;
  return (
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

/** Cut a hard line into segments that each end at a break opportunity (trailing spaces included). */
export function breakSegments(text: string): string[] {
  const chars = [...text];
  const points = chars.map((ch) => ch.codePointAt(0) ?? 0);
  const cjk = points.map(isCjk);
  const space = points.map(isSpace);
  // Length of the CJK run each character belongs to. A short run amid Latin text is almost always
  // a name (王小明): it is kept whole, as a Latin word would be. Longer runs are Chinese prose.
  const runLength = chars.map(() => 0);
  for (let i = 0; i < chars.length;) {
    let j = i;
    while (j < chars.length && cjk[j]) j += 1;
    for (let k = i; k < j; k += 1) runLength[k] = j - i;
    i = Math.max(j, i + 1);
  }
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const ch = chars[i]!;
    const next = chars[i + 1]!;
    const insideShortName = cjk[i] && cjk[i + 1] && (runLength[i] ?? 0) <= SHORT_CJK_RUN;
    if (insideShortName) continue;
    const nextIsSpace = space[i + 1];
    const afterSpace = space[i] && !nextIsSpace;
    // Paths break after a separator; a hyphen only between letters, so ids like ER-2026-0042 hold.
    const afterSeparator = (ch === '/' || ch === '\\') && !nextIsSpace;
    const afterHyphen = ch === '-' && /\p{L}/u.test(chars[i - 1] ?? '') && /\p{L}/u.test(next);
    const aroundCjk = (cjk[i] || cjk[i + 1]) && !nextIsSpace;
    if ((afterSpace || afterSeparator || afterHyphen || aroundCjk) && !NO_BREAK_BEFORE.test(next)) {
      segments.push(chars.slice(start, i + 1).join(''));
      start = i + 1;
    }
  }
  if (start < chars.length) segments.push(chars.slice(start).join(''));
  return segments;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function splitGraphemes(text: string): string[] {
  return [...graphemes.segment(text)].map((s) => s.segment);
}
