// The search engine behind `CaseSearchIndex`: MiniSearch (small, no dependencies, maintained; a
// radix-tree index with prefix and fuzzy search, field boosts and BM25 scoring), wrapped in the
// small shape the case index uses — add/replace/remove by id, an AND search over query tokens,
// and for each hit the best field and indexed term that matched, for its snippet.
//
// Tokens arrive already folded and split by tokenize.ts (accents dropped, CJK runs as characters
// plus bigrams for the index, bigrams for a query). MiniSearch must not tokenise again, so each
// field is indexed as its tokens joined by single spaces and `tokenize` splits on that space
// only: tokens are runs of \p{L}\p{N} (tokenize.ts's WORD), never contain a space, so the split
// gives back exactly the tokens tokenize.ts produced. `processTerm` is the identity, so the
// default lower-casing cannot alter a folded token either; index and query meet in the same form.

import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';

export interface TermMatch<F extends string> {
  score: number;
  /** Best-boosted field that matched, and the indexed term that matched there. */
  field: F;
  term: string;
}

export interface QueryOptions {
  /** Tokens at least this long also match one edit (or one adjacent transposition) away. */
  fuzzyMinLength: number;
  /** Latin/digit tokens at least this long also match as a prefix; other scripts always do. */
  prefixMinLength: number;
}

const DEFAULTS: QueryOptions = { fuzzyMinLength: 5, prefixMinLength: 2 };
/** Score weights of prefix and fuzzy expansions relative to an exact term (1). */
const WEIGHTS = { prefix: 0.6, fuzzy: 0.35 };
/** Anything but Latin letters and digits: a single Han character is a whole surname. */
const NON_LATIN = /[^\p{Script=Latin}\p{N}]/u;

interface Doc<F extends string> {
  id: string;
  fields: Record<F, string>;
}

const splitTokens = (text: string): string[] => (text === '' ? [] : text.split(' '));

/**
 * The distinct strings one adjacent swap away. MiniSearch's fuzzy search is Levenshtein, where a
 * swap costs two edits; looking these up as exact terms makes "fomr" find "form" at one edit's
 * price without widening every fuzzy match to distance 2.
 */
function transpositions(token: string): string[] {
  const chars = [...token];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    if (chars[i] === chars[i + 1]) continue;
    const swapped = [...chars];
    [swapped[i], swapped[i + 1]] = [chars[i + 1] as string, chars[i] as string];
    out.add(swapped.join(''));
  }
  out.delete(token);
  return [...out];
}

export class TermIndex<F extends string> {
  private engine: MiniSearch<Doc<F>>;

  constructor(
    private readonly fields: readonly F[],
    private readonly boosts: Readonly<Record<F, number>>,
  ) {
    this.engine = this.create();
  }

  get size(): number {
    return this.engine.documentCount;
  }

  has(doc: string): boolean {
    return this.engine.has(doc);
  }

  /** Index `doc`, replacing any earlier version of it. */
  add(doc: string, tokensByField: Readonly<Record<F, readonly string[]>>): void {
    const fields = {} as Record<F, string>;
    for (const field of this.fields) fields[field] = tokensByField[field].join(' ');
    // `replace` discards the old version (MiniSearch vacuums its postings in the background).
    if (this.engine.has(doc)) this.engine.replace({ id: doc, fields });
    else this.engine.add({ id: doc, fields });
  }

  remove(doc: string): void {
    if (this.engine.has(doc)) this.engine.discard(doc);
  }

  clear(): void {
    // A fresh engine rather than removeAll(): that keeps the discard count and any vacuum running.
    this.engine = this.create();
  }

  /** Docs matching every token (exact, prefix, or one edit/transposition away), best first. */
  search(tokens: readonly string[], options: Partial<QueryOptions> = {}): [string, TermMatch<F>][] {
    if (tokens.length === 0) return [];
    const opts = { ...DEFAULTS, ...options };
    const search: SearchOptions = {
      combineWith: 'AND',
      prefix: (term) => term.length >= opts.prefixMinLength || NON_LATIN.test(term),
      fuzzy: (term) => (term.length >= opts.fuzzyMinLength ? 1 : false),
    };
    const query: Query = {
      combineWith: 'AND',
      queries: tokens.map((token): Query => {
        const swaps = token.length >= opts.fuzzyMinLength ? transpositions(token) : [];
        if (swaps.length === 0) return token;
        const swapped: Query = {
          combineWith: 'OR',
          queries: swaps,
          prefix: false,
          fuzzy: false,
          boostTerm: () => WEIGHTS.fuzzy,
        };
        return { combineWith: 'OR', queries: [token, swapped] };
      }),
    };
    return this.engine.search(query, search).map((result) => {
      const best = this.bestMatch(result, tokens);
      // MiniSearch multiplies the score by the number of distinct query terms a doc matched; a
      // transposition counts as one more, so bring every doc back to one per query token.
      const score = (result.score / Math.max(1, result.queryTerms.length)) * tokens.length;
      return [String(result.id), { score, ...best }];
    });
  }

  /**
   * MiniSearch reports, per doc, every indexed term that matched and the fields holding it. The
   * snippet shows the one that weighs most: field boost × how the term matched (exact, prefix or
   * fuzzy); ties go to the earlier field, then the smaller term, so the choice is stable.
   */
  private bestMatch(result: SearchResult, tokens: readonly string[]): { field: F; term: string } {
    let best = { field: this.fields[0] as F, term: '' };
    let bestWeight = -1;
    let bestOrder = Infinity;
    for (const [term, fields] of Object.entries(result.match)) {
      const kind = tokens.includes(term)
        ? 1
        : tokens.some((t) => term.startsWith(t))
          ? WEIGHTS.prefix
          : WEIGHTS.fuzzy;
      for (const name of fields) {
        const field = name as F;
        const weight = kind * this.boosts[field];
        const order = this.fields.indexOf(field);
        const better =
          weight > bestWeight ||
          (weight === bestWeight &&
            (order < bestOrder || (order === bestOrder && term < best.term)));
        if (better) {
          best = { field, term };
          bestWeight = weight;
          bestOrder = order;
        }
      }
    }
    return best;
  }

  private create(): MiniSearch<Doc<F>> {
    return new MiniSearch<Doc<F>>({
      fields: [...this.fields],
      idField: 'id',
      extractField: (doc, name) => (name === 'id' ? doc.id : doc.fields[name as F]),
      tokenize: splitTokens,
      processTerm: (term) => term,
      searchOptions: { boost: { ...this.boosts }, weights: WEIGHTS },
    });
  }
}
