import type { CaseParty, PartyRole, Person } from '../../shared/domain/person';
import type { Block, DocumentSpec } from './spec';

/**
 * Redacted copies (domain.md §4, Acas: share the report, withhold what must be withheld): every
 * person's name becomes their role label — Complainant, Respondent, Respondent B, Witness A… —
 * everywhere, including tables, appendices, evidence file names and free text.
 *
 * Matching, on NFC text:
 * - the full name and every name part of 3 or more characters, case-insensitively;
 * - diacritic-insensitively: "Nguyen", "NGUYỄN" and "Nguyễn" all match (letters are compared on
 *   their base form, and đ matches d), because file names and e-mail addresses drop accents;
 * - parts of a full name may be joined by spaces, "_", "." or "-" (Minh_Khai.docx);
 * - Latin-script parts only as whole words (Ann is not replaced inside "Annual"); CJK names
 *   anywhere, since CJK text has no spaces. For a CJK name of 3+ characters the given name
 *   (all but the first character, e.g. 小明 of 王小明) is matched too: it is how colleagues write it;
 * - a part shared by people with different labels (two Nguyễns) becomes "[name redacted]".
 * Longer patterns are replaced first, so a full name is never half-replaced by a part.
 */

const ROLE_ORDER: readonly PartyRole[] = [
  'complainant',
  'respondent',
  'witness',
  'manager',
  'representative',
  'hr',
  'other',
];
const ROLE_LABEL: Record<PartyRole, string> = {
  complainant: 'Complainant',
  respondent: 'Respondent',
  witness: 'Witness',
  manager: 'Manager',
  representative: 'Representative',
  hr: 'HR officer',
  other: 'Person',
};
/** The first complainant and respondent are unlettered (the usual case has one of each). */
const UNLETTERED_FIRST: ReadonlySet<PartyRole> = new Set(['complainant', 'respondent']);

export const AMBIGUOUS_NAME = '[name redacted]';

function letter(i: number): string {
  let n = i;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** personId → role label; a person with several roles gets the label of the most central one. */
export function roleLabels(parties: readonly CaseParty[]): Map<string, string> {
  const primary = new Map<string, PartyRole>();
  for (const role of ROLE_ORDER) {
    for (const p of parties)
      if (p.role === role && !primary.has(p.personId)) primary.set(p.personId, role);
  }
  const labels = new Map<string, string>();
  for (const role of ROLE_ORDER) {
    const ids = [
      ...new Set(parties.filter((p) => primary.get(p.personId) === role).map((p) => p.personId)),
    ];
    ids.forEach((id, i) => {
      const base = ROLE_LABEL[role];
      labels.set(id, UNLETTERED_FIRST.has(role) && i === 0 ? base : `${base} ${letter(i)}`);
    });
  }
  return labels;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = '[\\p{L}\\p{M}\\p{N}]';

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source matching `word` with or without diacritics, on NFD text. */
function loosePattern(word: string): string {
  const base = word.normalize('NFD').replace(/\p{M}/gu, '');
  return [...base].map((ch) => (/[dđ]/i.test(ch) ? '[dđ]' : escape(ch)) + '\\p{M}*').join('');
}

/** Every way a name is matched: full name, its parts, and a CJK given name. */
export function nameParts(name: string): string[] {
  const nfc = name.normalize('NFC').trim();
  const parts = nfc.split(/[\s\-_.]+/u).filter((p) => [...p].length >= 3);
  const chars = [...nfc];
  const cjkGiven =
    CJK.test(nfc) && !/\s/.test(nfc) && chars.length >= 3 ? [chars.slice(1).join('')] : [];
  return [...new Set([nfc, ...parts, ...cjkGiven])];
}

interface Rule {
  regex: RegExp;
  label: string;
  length: number;
}

export interface Redactor {
  redact(text: string): string;
  /** The role label for a person (for tables written with labels in the first place). */
  labelOf(personId: string): string | undefined;
  /** What is searched: every full name and part, for tests and the UI preview. */
  readonly searchedNames: readonly string[];
}

export function createRedactor(
  people: readonly Pick<Person, 'id' | 'name'>[],
  labels: ReadonlyMap<string, string>,
  extraNames: readonly { name: string; label: string }[] = [],
): Redactor {
  const entries: { name: string; label: string }[] = [...extraNames];
  for (const person of people) {
    const label = labels.get(person.id);
    if (label) entries.push({ name: person.name, label });
  }
  const byPattern = new Map<
    string,
    { labels: Set<string>; source: string; cjk: boolean; length: number }
  >();
  for (const { name, label } of entries) {
    for (const part of nameParts(name)) {
      const key = part.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
      const words = part.split(/[\s\-_.]+/u).filter(Boolean);
      const source = words.map(loosePattern).join('[\\s_.\\-]+');
      const existing = byPattern.get(key);
      if (existing) existing.labels.add(label);
      else
        byPattern.set(key, {
          labels: new Set([label]),
          source,
          cjk: CJK.test(part),
          length: [...part].length,
        });
    }
  }
  const rules: Rule[] = [...byPattern.values()]
    .map((p) => ({
      regex: new RegExp(p.cjk ? p.source : `(?<!${WORD})${p.source}(?!${WORD})`, 'giu'),
      label: p.labels.size === 1 ? ([...p.labels][0] ?? AMBIGUOUS_NAME) : AMBIGUOUS_NAME,
      length: p.length,
    }))
    .sort((a, b) => b.length - a.length);

  // Labels are written as private-use placeholders first, so a later rule can never match inside a
  // label ("Respondent" contains no name, but an organisation's own labels might).
  const redact = (input: string): string => {
    let text = input.normalize('NFD');
    const found: string[] = [];
    for (const rule of rules) {
      text = text.replace(rule.regex, () => {
        found.push(rule.label);
        return `\uE000${found.length - 1}\uE001`;
      });
    }
    return text
      .normalize('NFC')
      .replace(/\uE000(\d+)\uE001/g, (_m, i: string) => found[Number(i)] ?? '');
  };
  return {
    redact,
    labelOf: (id) => labels.get(id),
    searchedNames: entries.flatMap((e) => nameParts(e.name)),
  };
}

const STRUCTURAL_KEYS = new Set([
  'type',
  'tone',
  'align',
  'level',
  'ordered',
  'outline',
  'checkLast',
]);

/** Apply the redactor to every string of every block (cells, captions, items, signatories…). */
export function redactSpec(spec: DocumentSpec, redactor: Redactor): DocumentSpec {
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string')
      return key && STRUCTURAL_KEYS.has(key) ? value : redactor.redact(value);
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return { blocks: spec.blocks.map((b) => walk(b) as Block) };
}
