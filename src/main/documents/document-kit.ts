import { z } from 'zod';
import type { ApproximateDate, CalendarDate } from '../../shared/domain/dates';
import type { PartyRole, Person } from '../../shared/domain/person';
import {
  clauseIds,
  clauseIdSchema,
  organisationFields,
  type ClauseId,
} from '../../shared/domain/document-inputs';
import { pdfProtectionSchema } from './pdf-encrypt-r6';
import type { Block, BlockOf, RenderOptions } from './spec';

/**
 * What every case document shares: the organisation's settings (letterhead, clause overrides),
 * the generation context (document id, audit checkpoint, time, optional password), the counsel
 * notice, date formatting and the table of contents.
 */

export const COUNSEL_NOTICE = 'This template must be reviewed with counsel before use.';

export { clauseIds, clauseIdSchema, type ClauseId };

export const organisationSettingsSchema = z.strictObject({
  ...organisationFields,
  logo: z.instanceof(Uint8Array).optional(),
});
export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;

export const documentContextSchema = z.strictObject({
  organisation: organisationSettingsSchema,
  documentId: z.string().min(1).max(200),
  auditCheckpoint: z.string().min(1).max(500).optional(),
  /** Generation time (audited); also the "date of this document" unless one is given. */
  createdAt: z.date(),
  protection: pdfProtectionSchema.optional(),
});
export type DocumentContext = z.infer<typeof documentContextSchema>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "3 March 2026": unambiguous in every locale (never 03/04/2026). */
export function formatDate(date: CalendarDate | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

export function formatApproximate(date: ApproximateDate): string {
  const [y, m] = date.date.split('-').map(Number) as [number, number];
  switch (date.precision) {
    case 'day':
      return formatDate(date.date);
    case 'month':
      return `${MONTHS[m - 1] ?? ''} ${y}`;
    case 'year':
      return String(y);
    case 'approx':
      return `around ${MONTHS[m - 1] ?? ''} ${y}`;
  }
}

export function isoDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

/** Fill {placeholders}; an unknown placeholder is left visible so a reviewer sees it. */
export function fill(template: string, vars: Record<string, string>): string {
  // "…with {organisation}." and "Acme Inc." must not print "Acme Inc..".
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, key: string, dot: string) => {
    const value = vars[key];
    if (value === undefined) return whole;
    return dot && value.endsWith('.') ? value : value + dot;
  });
}

export function clause(
  settings: OrganisationSettings,
  id: ClauseId,
  defaults: Partial<Record<ClauseId, string>>,
  vars: Record<string, string> = {},
): string {
  const template = settings.clauses?.[id] ?? defaults[id];
  if (template === undefined) throw new Error(`No default text for clause ${id}`);
  return fill(template, vars);
}

export function personIndex(people: readonly Person[]): Map<string, Person> {
  return new Map(people.map((p) => [p.id, p]));
}

/** How a party's role in the case is titled in every document that lists the parties. */
export const PARTY_ROLE_TITLE: Record<PartyRole, string> = {
  complainant: 'Complainant',
  respondent: 'Respondent',
  witness: 'Witness',
  manager: 'Manager',
  representative: 'Representative',
  hr: 'HR',
  other: 'Other',
};

/** A SHA-256 hex digest in groups of sixteen, so it wraps at group breaks and can be read aloud. */
export const groupedHash = (sha: string) => (sha.match(/.{1,16}/g) ?? []).join(' ');

/**
 * A table of the rows, or a muted line saying there are none: a table with only its header row
 * reads as if something failed to print.
 */
export function tableOrNone(
  columns: BlockOf<'table'>['columns'],
  rows: string[][],
  none: string,
): Block {
  return rows.length
    ? { type: 'table', columns, rows }
    : { type: 'paragraph', tone: 'muted', text: none };
}

export function counselCallout(extra?: string): Block {
  return {
    type: 'callout',
    tone: 'warning',
    title: 'Template — review before use',
    text: extra ? `${COUNSEL_NOTICE} ${extra}` : COUNSEL_NOTICE,
  };
}

export function renderOptionsFor(
  context: DocumentContext,
  title: string,
  confidentialityLine?: string,
): RenderOptions {
  const org = context.organisation;
  return {
    title,
    lang: org.lang ?? 'en-US',
    pageSize: org.pageSize ?? 'LETTER',
    organisation: {
      name: org.name,
      ...(org.addressLines ? { addressLines: org.addressLines } : {}),
      ...(org.logo ? { logo: org.logo } : {}),
    },
    confidentiality: confidentialityLine ? { line: confidentialityLine } : {},
    documentId: context.documentId,
    ...(context.auditCheckpoint ? { auditCheckpoint: context.auditCheckpoint } : {}),
    createdAt: context.createdAt,
    ...(context.protection ? { protection: context.protection } : {}),
  };
}

/** A contents table listing the given level-1 headings; the engine fills in their pages. */
export function contentsTable(headings: readonly string[]): Block {
  return {
    type: 'table',
    caption: 'Contents',
    contents: true,
    columns: [
      { header: 'Section', weight: 8 },
      { header: 'Page', weight: 1, align: 'right' },
    ],
    rows: headings.map((h) => [h, '']),
  };
}
