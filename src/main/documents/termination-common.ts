import { z } from 'zod';
import {
  date,
  employeeRequestFields,
  moneySchema,
  signatorySchema,
  t,
  type Signatory,
} from '../../shared/domain/document-inputs';
import type { CalendarDate } from '../../shared/domain/dates';
import { personSchema } from '../../shared/domain/person';
import { LEGAL_REVIEW_NOTE, type LegalRule } from '../../shared/domain/termination-rules';
import { counselCallout, documentContextSchema, formatDate, isoDate } from './document-kit';
import type { Block } from './spec';

/** Inputs shared by the termination paperwork set (domain.md §8) and the disciplinary notice. */

export { date, moneySchema, signatorySchema, t, type Signatory };

export const employeeDocumentBaseSchema = z.strictObject({
  employee: personSchema,
  /** Who signs for the employer (manager or HR). */
  ...employeeRequestFields,
  /** The investigation or case this follows from, if any. */
  caseNumber: t(40).optional(),
  context: documentContextSchema,
});

export function formatMoney(cents: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}

/** Every employment document opens alike: the counsel notice, then its title over a subtitle. */
export function templateOpening(title: string, subtitle: string): Block[] {
  return [counselCallout(), { type: 'title', text: title, subtitle }];
}

/** The date a document carries: the one the user gave, else the day it is generated. */
export function documentDateLine(input: {
  documentDate?: CalendarDate | undefined;
  context: { createdAt: Date };
}): string {
  return formatDate(input.documentDate ?? isoDate(input.context.createdAt));
}

/** The employer's signature line: who signs for it, in what capacity, with their job title. */
export function employerSignatory(signatory: Signatory, role: string) {
  return { name: signatory.name, role, ...(signatory.title ? { title: signatory.title } : {}) };
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
