// Tokens for the case search (MiniSearch). Two problems the default tokenizer does not solve:
//
// 1. Diacritics. "Nguyễn Thị Minh Khai" must be found by "nguyen thi minh khai": every token is
//    folded (NFD, combining marks dropped, đ → d, lower case), so the index and the query meet in
//    the unaccented form. A query typed with diacritics folds to the same token.
// 2. Scripts without spaces. "王芳" is one run of Han characters, so a space tokenizer makes it one
//    token and the surname "王" alone finds nothing. Han, kana and Hangul runs are indexed as each
//    character plus every character bigram; a query indexes its runs as bigrams (or the single
//    character), so "王芳" requires the bigram "王芳" and "王" matches every 王 by prefix.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** One character or a whole string in the form the index stores: unaccented, lower case. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

function splitRuns(word: string): { text: string; cjk: boolean }[] {
  const runs: { text: string; cjk: boolean }[] = [];
  for (const ch of word) {
    const cjk = CJK.test(ch);
    const last = runs[runs.length - 1];
    if (last && last.cjk === cjk) last.text += ch;
    else runs.push({ text: ch, cjk });
  }
  return runs;
}

function cjkTokens(run: string, forQuery: boolean): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const bigrams = chars.slice(1).map((ch, i) => `${chars[i]}${ch}`);
  return forQuery ? bigrams : [...chars, ...bigrams];
}

function tokens(text: string, forQuery: boolean): string[] {
  const out: string[] = [];
  for (const match of fold(text).matchAll(WORD)) {
    for (const run of splitRuns(match[0])) {
      if (run.cjk) out.push(...cjkTokens(run.text, forQuery));
      else out.push(run.text);
    }
  }
  return out;
}

/** Tokens stored in the index. */
export function indexTokens(text: string): string[] {
  return tokens(text, false);
}

/** Tokens of a query: CJK runs as bigrams only, so a full name must match as a whole. */
export function queryTokens(text: string): string[] {
  return [...new Set(tokens(text, true))];
}

/**
 * Where `term` (a folded token) first occurs in `text`, as offsets in the original string. Folds
 * character by character so the offsets map back even where folding changed lengths.
 */
export function findFolded(text: string, term: string): { start: number; end: number } | null {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let i = 0; i < f.length; i += 1) origin.push(offset);
    folded += f;
    offset += ch.length;
  }
  origin.push(offset);
  const at = folded.indexOf(term);
  if (at < 0) return null;
  return { start: origin[at] ?? 0, end: origin[at + term.length] ?? text.length };
}
