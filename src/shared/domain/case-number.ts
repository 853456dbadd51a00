import { z } from 'zod';

// Case numbers look like ER-2026-0042: a vault-configured prefix, the year the matter was
// received, and a sequence that restarts each year. They are labels for humans and documents;
// the case id stays the key, so a renumbered prefix never breaks links.

export const CASE_PREFIX_PATTERN = /^[A-Z][A-Z0-9]{0,9}$/;
export const DEFAULT_CASE_PREFIX = 'ER';
/** Four digits cover most teams; bigger sequences simply grow wider rather than wrapping. */
export const CASE_SEQUENCE_DIGITS = 4;

export const casePrefixSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CASE_PREFIX_PATTERN, 'A prefix is 1–10 letters or digits, starting with a letter');

const NUMBER_PATTERN = /^([A-Z][A-Z0-9]{0,9})-(\d{4})-(\d{4,})$/;

export const caseNumberSchema = z
  .string()
  .regex(NUMBER_PATTERN, 'Expected a case number such as ER-2026-0042');

export interface CaseNumberParts {
  prefix: string;
  year: number;
  sequence: number;
}

export function formatCaseNumber({ prefix, year, sequence }: CaseNumberParts): string {
  if (!CASE_PREFIX_PATTERN.test(prefix)) throw new RangeError(`Invalid case prefix: ${prefix}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Invalid case year: ${year}`);
  }
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new RangeError(`Invalid case sequence: ${sequence}`);
  }
  return `${prefix}-${year}-${String(sequence).padStart(CASE_SEQUENCE_DIGITS, '0')}`;
}

/** Tolerates what people type (lower case, spaces around); null for anything else. */
export function parseCaseNumber(text: string): CaseNumberParts | null {
  const match = NUMBER_PATTERN.exec(text.trim().toUpperCase());
  if (!match) return null;
  const [, prefix, year, sequence] = match as unknown as [string, string, string, string];
  const seq = Number(sequence);
  if (seq < 1 || !Number.isSafeInteger(seq)) return null;
  return { prefix, year: Number(year), sequence: seq };
}

/**
 * The number for a new case: one past the highest sequence already used with this prefix and
 * year. Gaps are never refilled: a deleted or shredded case's number must not come back as a
 * different matter in someone's old email, so main passes retired numbers (a high-water mark kept
 * in the vault settings) along with the live ones.
 */
export function nextCaseNumber(existing: Iterable<string>, prefix: string, year: number): string {
  let highest = 0;
  for (const number of existing) {
    const parts = parseCaseNumber(number);
    if (parts && parts.prefix === prefix && parts.year === year) {
      highest = Math.max(highest, parts.sequence);
    }
  }
  return formatCaseNumber({ prefix, year, sequence: highest + 1 });
}
