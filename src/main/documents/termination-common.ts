import { z } from 'zod';
import { personSchema } from '../../shared/domain/person';
import { LEGAL_REVIEW_NOTE, type LegalRule } from '../../shared/domain/termination-rules';
import { documentContextSchema, formatDate } from './document-kit';
import type { Block } from './spec';

/** Inputs shared by the termination paperwork set (domain.md §8) and the disciplinary notice. */

export const t = (max: number) => z.string().normalize('NFC').trim().max(max);
export const date = z.iso.date();

export const signatorySchema = z.strictObject({ name: t(200).min(1), title: t(200).optional() });
export type Signatory = z.infer<typeof signatorySchema>;

export const employeeDocumentBaseSchema = z.strictObject({
  employee: personSchema,
  /** Who signs for the employer (manager or HR). */
  signatory: signatorySchema,
  /** The investigation or case this follows from, if any. */
  caseNumber: t(40).optional(),
  /** Date printed on the document; defaults to the generation date. */
  documentDate: date.optional(),
  context: documentContextSchema,
});

/** Money in integer cents, so totals never drift; printed as US dollars. */
export const moneySchema = z.number().int().min(-100_000_000_00).max(100_000_000_00);

export function formatMoney(cents: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}

export function employeeFacts(
  employee: z.infer<typeof personSchema>,
  extra: { key: string; value: string }[] = [],
): Block {
  return {
    type: 'keyValue',
    items: [
      { key: 'Employee', value: employee.name },
      ...(employee.employeeId ? [{ key: 'Employee ID', value: employee.employeeId }] : []),
      ...(employee.title ? [{ key: 'Job title', value: employee.title }] : []),
      ...(employee.department ? [{ key: 'Department', value: employee.department }] : []),
      ...extra,
    ],
  };
}

/**
 * The review note as printed: no bundled font has ⚖ (U+2696), which would print as an empty box,
 * so the printed note spells it out. The rule data keeps the symbol for the UI.
 */
export const PRINTED_REVIEW_NOTE = LEGAL_REVIEW_NOTE.replace('⚖', 'Legal review:');

/** "Rule: … Last reviewed … Legal review: verify…", printed under every computed date. */
export function ruleSource(rule: Pick<LegalRule, 'citation' | 'lastReviewed'>): Block {
  return {
    type: 'paragraph',
    tone: 'small',
    text: `Rule: ${rule.citation}. Last reviewed ${formatDate(rule.lastReviewed)}. ${PRINTED_REVIEW_NOTE}.`,
  };
}

export function salutationName(name: string): string {
  return name.normalize('NFC');
}
