import { z } from 'zod';
import {
  caseFiltersSchema,
  caseSortSchema,
  CASE_PAGE_MAX,
  defaultCaseSort,
} from '../domain/case-list-query';
import {
  caseContentSchema,
  caseDocSchema,
  caseOverviewSchema,
  intakeSchema,
} from '../domain/case-doc';
import { caseNumberSchema, casePrefixSchema } from '../domain/case-number';
import { ageingBuckets } from '../domain/case-overview-rules';
import {
  caseStatusSchema,
  statusChangeSchema,
  transitionRequestSchema,
} from '../domain/case-status';
import {
  caseTypeSchema,
  prioritySchema,
  protectedCharacteristicsSchema,
  severitySchema,
  typesRequiringCharacteristic,
} from '../domain/case-types';
import type { Dashboard } from '../domain/dashboard';
import { calendarDateSchema } from '../domain/dates';
import { evidenceItemSchema } from '../domain/evidence';
import {
  caseIdSchema,
  idSchema,
  personIdSchema,
  requiredTextSchema,
  SHORT_TEXT_MAX,
  textSchema,
} from '../domain/ids';
import { closureOutcomeSchema } from '../domain/outcome';
import {
  casePartySchema,
  partyRoleSchema,
  personInputSchema,
  personSchema,
} from '../domain/person';
import { taskSchema } from '../domain/task';

// Channels of the case workspace (issue #4). Every output is plain JSON: dates are ISO strings,
// bytes are base64, and "today" is main's local date, returned where a result depends on it.

const seqSchema = z.number().int().positive();
const pageFields = {
  offset: z.number().int().nonnegative().max(1_000_000).default(0),
  limit: z.number().int().min(1).max(CASE_PAGE_MAX).default(50),
};
const caseRef = { caseId: caseIdSchema };
const evidenceRef = { caseId: caseIdSchema, evidenceId: idSchema };
/** Optimistic concurrency: main refuses with `Conflict` when the case moved past this seq. */
const expectedSeq = { expectedSeq: seqSchema };

/** Largest item `evidence:view` returns inline; bigger ones are exported, not pushed over IPC. */
export const EVIDENCE_VIEW_MAX_BYTES = 8 * 1024 * 1024;

export const caseCreateInputSchema = z
  .strictObject({
    title: requiredTextSchema(SHORT_TEXT_MAX),
    type: caseTypeSchema,
    protectedCharacteristics: protectedCharacteristicsSchema.default([]),
    priority: prioritySchema.default('normal'),
    severity: severitySchema.default('green'),
    restricted: z.boolean().default(false),
    intake: intakeSchema,
    parties: z.array(casePartySchema).max(500).default([]),
  })
  .refine(
    (c) => !typesRequiringCharacteristic.has(c.type) || c.protectedCharacteristics.length > 0,
    {
      message: 'A discrimination case names at least one protected characteristic',
      path: ['protectedCharacteristics'],
    },
  );

const caseSaved = z.strictObject({
  caseId: caseIdSchema,
  seq: seqSchema,
  overview: caseOverviewSchema,
});

export const searchFieldSchema = z.enum([
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
]);

const countsBy = <K extends z.core.util.EnumLike>(keys: z.ZodEnum<K>) =>
  z.partialRecord(keys, z.number().int().nonnegative());

export const dashboardSchema = z.strictObject({
  today: calendarDateSchema,
  openTotal: z.number().int().nonnegative(),
  openByStatus: z.record(caseStatusSchema, z.number().int().nonnegative()),
  openByType: countsBy(caseTypeSchema),
  ageing: z.record(z.enum(ageingBuckets), z.number().int().nonnegative()),
  overdueTasks: z.number().int().nonnegative(),
  casesWithOverdueTasks: z.number().int().nonnegative(),
  closedThisQuarter: countsBy(closureOutcomeSchema),
  medianDaysToClose: z.number().nonnegative().nullable(),
  repeatRespondents: z.array(
    z.strictObject({ personId: personIdSchema, name: z.string(), caseIds: z.array(caseIdSchema) }),
  ),
  exitReasons: z.array(
    z.strictObject({
      reason: z.string(),
      mentions: z.number().int().nonnegative(),
      primary: z.number().int().nonnegative(),
    }),
  ),
  rehireEligible: z.array(
    z.strictObject({
      personId: personIdSchema,
      name: z.string(),
      caseId: caseIdSchema,
      number: z.string(),
    }),
  ),
});
// The pure aggregation and the wire schema must not drift apart.
export type DashboardWire = z.infer<typeof dashboardSchema>;
const _dashboardFits = (d: Dashboard, today: string): DashboardWire => ({ ...d, today });
void _dashboardFits;

const caseNumberingSchema = z.strictObject({
  prefix: casePrefixSchema,
  next: caseNumberSchema,
});

const appearanceSchema = z.strictObject({
  caseId: caseIdSchema,
  number: z.string(),
  title: z.string(),
  status: caseStatusSchema,
  roles: z.array(partyRoleSchema),
});

const evidenceMeta = {
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
};

export const caseContract = {
  'cases:list': {
    input: z.strictObject({
      filters: caseFiltersSchema.default({}),
      sort: caseSortSchema.default(defaultCaseSort),
      ...pageFields,
    }),
    output: z.strictObject({
      items: z.array(caseOverviewSchema),
      total: z.number().int().nonnegative(),
      today: calendarDateSchema,
    }),
  },
  // Full-text search runs in main over decrypted content; snippets are short so a list of hits
  // does not become a way to dump every case.
  'cases:search': {
    input: z.strictObject({
      query: requiredTextSchema(200),
      limit: z.number().int().min(1).max(100).default(25),
    }),
    output: z.strictObject({
      hits: z.array(
        z.strictObject({
          caseId: caseIdSchema,
          number: z.string(),
          title: z.string(),
          field: searchFieldSchema,
          snippet: z.string().max(300),
        }),
      ),
      truncated: z.boolean(),
    }),
  },
  // Main assigns the id (random) and the number (prefix and high-water mark from vault settings).
  'cases:create': { input: caseCreateInputSchema, output: caseSaved },
  'cases:get': {
    input: z.strictObject(caseRef),
    output: z.strictObject({ doc: caseDocSchema, overview: caseOverviewSchema, seq: seqSchema }),
  },
  // The whole editable content, not a patch. Every save writes a complete new encrypted version
  // anyway (vault-format.md), so a patch saves no disk work; replacing the content keeps main's
  // job to one full schema and integrity check, autosave retries are idempotent, and there is no
  // patch language to get wrong. Cases are tens to hundreds of KB: cheap over local IPC.
  // Main-owned parts (identity, workflow, evidence, custody) are not in the content at all.
  'cases:update': {
    input: z.strictObject({ ...caseRef, ...expectedSeq, content: caseContentSchema }),
    output: caseSaved,
  },
  // Refused transitions fail with `TransitionRefused`, the refusal in `details.refusal`.
  'cases:transition': {
    input: z.strictObject({ ...caseRef, ...expectedSeq, request: transitionRequestSchema }),
    output: caseSaved.extend({ change: statusChangeSchema }),
  },
  'cases:dashboard': { input: z.undefined(), output: dashboardSchema },
  // The vault's case-number prefix and the number a case received today would get (main's year).
  'cases:numbering-get': { input: z.undefined(), output: caseNumberingSchema },
  // Changes the prefix for new cases only: existing numbers stay, and the high-water mark per
  // prefix-year is kept, so switching back never reissues a number.
  'cases:numbering-update': {
    input: z.strictObject({ prefix: casePrefixSchema }),
    output: caseNumberingSchema,
  },
  // Decrypts only the cases whose overview has a due date in range.
  'tasks:due-soon': {
    input: z.strictObject({
      withinDays: z.number().int().min(0).max(90).default(7),
      includeOverdue: z.boolean().default(true),
    }),
    output: z.strictObject({
      today: calendarDateSchema,
      items: z.array(
        z.strictObject({
          caseId: caseIdSchema,
          number: z.string(),
          title: z.string(),
          task: taskSchema,
          overdue: z.boolean(),
        }),
      ),
    }),
  },
  'people:list': {
    input: z.strictObject({ query: textSchema(200).optional(), ...pageFields }),
    output: z.strictObject({
      items: z.array(
        z.strictObject({
          person: personSchema,
          caseCount: z.number().int().nonnegative(),
          respondentCount: z.number().int().nonnegative(),
        }),
      ),
      total: z.number().int().nonnegative(),
    }),
  },
  'people:get': {
    input: z.strictObject({ personId: personIdSchema }),
    output: z.strictObject({ person: personSchema, appearances: z.array(appearanceSchema) }),
  },
  // Without an id, a new person; with one, a replacement of that record.
  'people:upsert': {
    input: z.strictObject({ id: personIdSchema.optional(), person: personInputSchema }),
    output: personSchema,
  },
  // Main opens its own file dialog. A drop gives the renderer paths, but a compromised renderer
  // can name any file (~/.ssh, another vault), so `paths` is only a hint: main re-validates each
  // (regular file, not inside a vault, readable) and falls back to the dialog when absent.
  // A cancelled dialog fails with `Cancelled`.
  'evidence:import': {
    input: z.strictObject({
      ...caseRef,
      ...expectedSeq,
      paths: z.array(z.string().min(1).max(4096)).min(1).max(100).optional(),
      source: textSchema(2000),
      collectedBy: textSchema(SHORT_TEXT_MAX),
      collectedOn: calendarDateSchema.nullable(),
      description: textSchema(4000),
    }),
    output: caseSaved.extend({ items: z.array(evidenceItemSchema) }),
  },
  // Logs a `view` custody event before any byte leaves main.
  'evidence:view': {
    input: z.strictObject(evidenceRef),
    output: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('inline'), ...evidenceMeta, base64: z.string() }),
      z.strictObject({
        kind: z.literal('too-large'),
        ...evidenceMeta,
        limit: z.literal(EVIDENCE_VIEW_MAX_BYTES),
      }),
    ]),
  },
  // Main asks for the destination with its own save dialog and re-checks the SHA-256 while
  // writing; `saved: false` when the user cancels (as `vault:save-emergency-kit`).
  'evidence:export': {
    input: z.strictObject(evidenceRef),
    output: z.strictObject({ saved: z.boolean(), sha256Verified: z.boolean() }),
  },
} as const;
