/**
 * Where a line may break. Intl.Segmenter has no line-break granularity in Node 20, and the full
 * Unicode line-breaking algorithm is more than these documents need: Latin, Vietnamese and Chinese
 * names and prose, ids and folder paths.
 */

// Ideographs, kana and hangul may break between any two characters; CJK closing punctuation may not
// start a line. Latin text breaks after spaces, and after / and \ so long folder paths still wrap.
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
const SHORT_CJK_RUN = 4;
const NO_BREAK_BEFORE =
  /[、。，．：；！？）」』】〉》〕］｝\u3001\u3002\uFF0C\uFF1A\uFF1B\uFF01\uFF1F]/u;

/** Cut a hard line into segments that each end at a break opportunity (trailing spaces included). */
export function breakSegments(text: string): string[] {
  const chars = [...text];
  // Length of the CJK run each character belongs to. A short run amid Latin text is almost always
  // a name (王小明): it is kept whole, as a Latin word would be. Longer runs are Chinese prose.
  const runLength = chars.map(() => 0);
  for (let i = 0; i < chars.length;) {
    let j = i;
    while (j < chars.length && CJK.test(chars[j] ?? '')) j += 1;
    for (let k = i; k < j; k += 1) runLength[k] = j - i;
    i = Math.max(j, i + 1);
  }
  const segments: string[] = [];
  let current = '';
  chars.forEach((ch, i) => {
    current += ch;
    const next = chars[i + 1];
    if (next === undefined) return;
    const insideShortName = CJK.test(ch) && CJK.test(next) && (runLength[i] ?? 0) <= SHORT_CJK_RUN;
    if (insideShortName) return;
    const afterSpace = /\s/u.test(ch) && !/\s/u.test(next);
    // Paths break after a separator; a hyphen only between letters, so ids like ER-2026-0042 hold.
    const prev = chars[i - 1] ?? '';
    const afterSeparator = /[/\\]/.test(ch) && !/\s/u.test(next);
    const afterHyphen = ch === '-' && /\p{L}/u.test(prev) && /\p{L}/u.test(next);
    const afterPunct = afterSeparator || afterHyphen;
    const aroundCjk = (CJK.test(ch) || CJK.test(next)) && !/\s/u.test(next);
    if ((afterSpace || afterPunct || aroundCjk) && !NO_BREAK_BEFORE.test(next)) {
      segments.push(current);
      current = '';
    }
  });
  if (current) segments.push(current);
  return segments;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function splitGraphemes(text: string): string[] {
  return [...graphemes.segment(text)].map((s) => s.segment);
}
