// A small in-memory inverted index with MiniSearch's query semantics (prefix, light fuzzy, AND
// with field boosts). MiniSearch is declared in package.json but absent from the shared install
// this branch was built against, so this stand-in keeps the same shape behind `CaseSearchIndex`;
// swapping the engine touches this file only. Tokens arrive already folded (tokenize.ts).

export interface TermMatch<F extends string> {
  score: number;
  /** Best-boosted field that matched, and the indexed term that matched there. */
  field: F;
  term: string;
}

export interface QueryOptions {
  /** Maximum edit distance for tokens of at least `fuzzyMinLength` characters. */
  fuzzyMinLength: number;
  prefixMinLength: number;
  maxExpansions: number;
}

const DEFAULTS: QueryOptions = { fuzzyMinLength: 5, prefixMinLength: 2, maxExpansions: 300 };

/** Levenshtein distance ≤ 1, without building a matrix. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class TermIndex<F extends string> {
  /** term → doc → bit mask of the fields holding it. */
  private readonly postings = new Map<string, Map<string, number>>();
  private readonly docTerms = new Map<string, string[]>();
  private sorted: string[] | null = null;
  private byLength: Map<number, string[]> | null = null;

  constructor(
    private readonly fields: readonly F[],
    private readonly boosts: Readonly<Record<F, number>>,
  ) {}

  get size(): number {
    return this.docTerms.size;
  }

  has(doc: string): boolean {
    return this.docTerms.has(doc);
  }

  add(doc: string, tokensByField: Readonly<Record<F, readonly string[]>>): void {
    this.remove(doc);
    const terms = new Set<string>();
    this.fields.forEach((field, bit) => {
      for (const term of tokensByField[field]) {
        let posting = this.postings.get(term);
        if (!posting) {
          posting = new Map();
          this.postings.set(term, posting);
          this.sorted = null;
          this.byLength = null;
        }
        posting.set(doc, (posting.get(doc) ?? 0) | (1 << bit));
        terms.add(term);
      }
    });
    this.docTerms.set(doc, [...terms]);
  }

  remove(doc: string): void {
    const terms = this.docTerms.get(doc);
    if (!terms) return;
    for (const term of terms) {
      const posting = this.postings.get(term);
      posting?.delete(doc);
      if (posting && posting.size === 0) {
        this.postings.delete(term);
        this.sorted = null;
        this.byLength = null;
      }
    }
    this.docTerms.delete(doc);
  }

  clear(): void {
    this.postings.clear();
    this.docTerms.clear();
    this.sorted = null;
    this.byLength = null;
  }

  /** Docs matching every token (exact, prefix or one edit away), best first. */
  search(tokens: readonly string[], options: Partial<QueryOptions> = {}): [string, TermMatch<F>][] {
    const opts = { ...DEFAULTS, ...options };
    let result: Map<string, TermMatch<F>> | null = null;
    for (const token of tokens) {
      const perToken = this.matchToken(token, opts);
      if (result === null) {
        result = perToken;
      } else {
        const next = new Map<string, TermMatch<F>>();
        for (const [doc, match] of perToken) {
          const prior = result.get(doc);
          if (!prior) continue;
          const best = prior.score >= match.score ? prior : match;
          next.set(doc, { ...best, score: prior.score + match.score });
        }
        result = next;
      }
      if (result.size === 0) break;
    }
    return [...(result ?? new Map<string, TermMatch<F>>())].sort((a, b) => b[1].score - a[1].score);
  }

  private matchToken(token: string, opts: QueryOptions): Map<string, TermMatch<F>> {
    const candidates: [string, number][] = [];
    if (this.postings.has(token)) candidates.push([token, 1]);
    // A single Han character is a whole surname: it expands to the bigrams that start with it.
    if (token.length >= opts.prefixMinLength || /[^\p{Script=Latin}\p{N}]/u.test(token)) {
      for (const term of this.withPrefix(token, opts.maxExpansions))
        if (term !== token) candidates.push([term, 0.6]);
    }
    if (token.length >= opts.fuzzyMinLength) {
      const lengths = this.lengths();
      for (const len of [token.length - 1, token.length, token.length + 1]) {
        for (const term of lengths.get(len) ?? []) {
          if (term !== token && withinOneEdit(token, term)) candidates.push([term, 0.35]);
        }
      }
    }
    const total = Math.max(1, this.docTerms.size);
    const out = new Map<string, TermMatch<F>>();
    for (const [term, weight] of candidates) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const idf = Math.log(1 + total / posting.size);
      for (const [doc, mask] of posting) {
        const field = this.bestField(mask);
        const score = weight * idf * this.boosts[field];
        const prior = out.get(doc);
        if (!prior || prior.score < score) out.set(doc, { score, field, term });
      }
    }
    return out;
  }

  private bestField(mask: number): F {
    let best = this.fields[0] as F;
    let boost = -1;
    this.fields.forEach((field, bit) => {
      if (mask & (1 << bit) && this.boosts[field] > boost) {
        best = field;
        boost = this.boosts[field];
      }
    });
    return best;
  }

  private withPrefix(prefix: string, max: number): string[] {
    const sorted = (this.sorted ??= [...this.postings.keys()].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && out.length < max; i += 1) {
      const term = sorted[i] as string;
      if (!term.startsWith(prefix)) break;
      out.push(term);
    }
    return out;
  }

  private lengths(): Map<number, string[]> {
    if (this.byLength) return this.byLength;
    const map = new Map<number, string[]>();
    for (const term of this.postings.keys()) {
      const list = map.get(term.length) ?? [];
      list.push(term);
      map.set(term.length, list);
    }
    this.byLength = map;
    return map;
  }
}
