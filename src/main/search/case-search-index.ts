import type { z } from 'zod';
import type { CaseDoc } from '../../shared/domain/case-doc';
import type { searchFieldSchema } from '../../shared/ipc/case-contract';
import { findFolded, indexTokens, queryTokens } from './tokenize';
import { TermIndex } from './term-index';

export type SearchField = z.infer<typeof searchFieldSchema>;

const FIELDS: readonly SearchField[] = [
  'number',
  'title',
  'party',
  'intake',
  'allegation',
  'timeline',
  'evidence',
  'note',
  'task',
  'interview',
];
const BOOSTS: Record<SearchField, number> = {
  number: 4,
  party: 3,
  title: 2.5,
  allegation: 1.5,
  intake: 1.2,
  evidence: 1.2,
  timeline: 1,
  note: 1,
  task: 1,
  interview: 1,
};
/** Fields whose text may appear in a hit for a restricted case: it asks again before showing more. */
const SHOWN_WHEN_RESTRICTED: ReadonlySet<SearchField> = new Set(['number', 'title']);
const SNIPPET_CONTEXT = 60;
const SNIPPET_MAX = 300;

/** What the index keeps of one case: the texts per field (for snippets) and who the parties are. */
export interface SearchableCase {
  caseId: string;
  seq: number;
  number: string;
  title: string;
  restricted: boolean;
  partyIds: string[];
  texts: Record<Exclude<SearchField, 'party'>, string>;
}

export interface SearchHit {
  caseId: string;
  number: string;
  title: string;
  field: SearchField;
  snippet: string;
}

export function searchableOf(doc: CaseDoc, seq: number): SearchableCase {
  const join = (parts: readonly string[]) => parts.filter((p) => p.length > 0).join('\n');
  return {
    caseId: doc.id,
    seq,
    number: doc.number,
    title: doc.title,
    restricted: doc.restricted,
    partyIds: [...new Set(doc.parties.map((p) => p.personId))],
    texts: {
      number: doc.number,
      title: doc.title,
      intake: join([doc.intake.account, doc.intake.desiredOutcome]),
      allegation: join(doc.allegations.flatMap((a) => [a.statement, a.rationale, a.policy])),
      timeline: join(doc.timeline.map((f) => f.description)),
      evidence: join(doc.evidence.flatMap((e) => [e.originalFileName, e.description, e.source])),
      note: join(doc.notes.map((n) => n.text)),
      task: join(doc.tasks.map((t) => t.title)),
      interview: join(
        doc.interviews.flatMap((iv) => [
          ...iv.entries.flatMap((e) => [e.question, e.answer]),
          iv.closingNote,
          ...iv.addenda.map((a) => a.text),
        ]),
      ),
    },
  };
}

function snippetOf(text: string, term: string): string {
  const at = findFolded(text, term);
  const start = at ? Math.max(0, at.start - SNIPPET_CONTEXT) : 0;
  const end = at ? Math.min(text.length, at.end + SNIPPET_CONTEXT) : SNIPPET_CONTEXT * 2;
  const body = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  const snippet = `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
  return snippet.slice(0, SNIPPET_MAX);
}

/**
 * Full-text search over the decrypted cases of the unlocked vault. Lives only in main's memory and
 * is dropped (cleared) on lock; `seq` guards against a background build overwriting a newer
 * version indexed by a save.
 */
export class CaseSearchIndex {
  private readonly index = new TermIndex<SearchField>(FIELDS, BOOSTS);
  private readonly cases = new Map<string, SearchableCase>();

  constructor(private readonly nameOf: (personId: string) => string | undefined) {}

  get size(): number {
    return this.cases.size;
  }

  upsert(entry: SearchableCase): void {
    const prior = this.cases.get(entry.caseId);
    if (prior && prior.seq > entry.seq) return;
    this.cases.set(entry.caseId, entry);
    this.index.add(entry.caseId, this.tokens(entry));
  }

  /** Re-tokenise the party names of these cases (a person was renamed). */
  refreshParties(caseIds: Iterable<string>): void {
    for (const caseId of caseIds) {
      const entry = this.cases.get(caseId);
      if (entry) this.index.add(caseId, this.tokens(entry));
    }
  }

  remove(caseId: string): void {
    this.cases.delete(caseId);
    this.index.remove(caseId);
  }

  clear(): void {
    this.cases.clear();
    this.index.clear();
  }

  search(query: string, limit: number): { hits: SearchHit[]; truncated: boolean } {
    const tokens = queryTokens(query);
    if (tokens.length === 0) return { hits: [], truncated: false };
    const found = this.index.search(tokens);
    const hits: SearchHit[] = [];
    for (const [caseId, match] of found.slice(0, limit)) {
      const entry = this.cases.get(caseId);
      if (!entry) continue;
      const text = match.field === 'party' ? this.partyText(entry) : entry.texts[match.field];
      const shown = !entry.restricted || SHOWN_WHEN_RESTRICTED.has(match.field);
      hits.push({
        caseId,
        number: entry.number,
        title: entry.title,
        field: match.field,
        snippet: shown ? snippetOf(text, match.term) : '',
      });
    }
    return { hits, truncated: found.length > limit };
  }

  private partyText(entry: SearchableCase): string {
    return entry.partyIds
      .map((id) => this.nameOf(id) ?? '')
      .filter((n) => n.length > 0)
      .join(', ');
  }

  private tokens(entry: SearchableCase): Record<SearchField, string[]> {
    return {
      number: indexTokens(entry.texts.number),
      title: indexTokens(entry.texts.title),
      party: indexTokens(this.partyText(entry)),
      intake: indexTokens(entry.texts.intake),
      allegation: indexTokens(entry.texts.allegation),
      timeline: indexTokens(entry.texts.timeline),
      evidence: indexTokens(entry.texts.evidence),
      note: indexTokens(entry.texts.note),
      task: indexTokens(entry.texts.task),
      interview: indexTokens(entry.texts.interview),
    };
  }
}
