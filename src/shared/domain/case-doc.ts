import { z } from 'zod';
import { allegationSchema, countFindings, evidenceLinkSchema, findingSchema } from './allegation';
import { caseNoteSchema } from './case-note';
import { caseNumberSchema } from './case-number';
import { statusChangeSchema, workflowSchema, caseStatusSchema, stageSchema } from './case-status';
import {
  caseTypeSchema,
  intakeChannelSchema,
  prioritySchema,
  protectedCharacteristicsSchema,
  severitySchema,
  typesRequiringCharacteristic,
} from './case-types';
import { calendarDateSchema, timestampSchema } from './dates';
import { credibilityAssessmentSchema } from './credibility';
import { custodyEntrySchema, evidenceItemSchema } from './evidence';
import {
  idSchema,
  LONG_TEXT_MAX,
  personIdSchema,
  requiredTextSchema,
  SHORT_TEXT_MAX,
  textSchema,
} from './ids';
import { interimMeasureSchema } from './interim-measure';
import { interviewSchema, type Interview } from './interview';
import { mediationSchema } from './mediation';
import { closureOutcomeSchema, outcomeSchema } from './outcome';
import { casePartySchema, partyRoleSchema } from './person';
import { openDueDates, taskSchema } from './task';
import { timelineFactSchema } from './timeline';

// The decrypted content of one case file. Main writes it whole as a new sequence number on every
// save (vault-format.md), and the vault index keeps only the small overview below.

export const intakeSchema = z.strictObject({
  receivedOn: calendarDateSchema,
  channel: intakeChannelSchema,
  /** Null for an anonymous report. */
  reportedBy: personIdSchema.nullable(),
  /** The account in the reporter's own words. */
  account: textSchema(LONG_TEXT_MAX),
  desiredOutcome: textSchema(LONG_TEXT_MAX),
  acknowledgedOn: calendarDateSchema.nullable(),
  /** Safety, threats or ongoing harm noted at intake: drives interim measures and escalation. */
  immediateRisk: z.boolean(),
});
export type Intake = z.infer<typeof intakeSchema>;

/** What the user edits through `cases:update`; replaced whole on each autosave. */
export const caseContentShape = {
  title: requiredTextSchema(SHORT_TEXT_MAX),
  type: caseTypeSchema,
  protectedCharacteristics: protectedCharacteristicsSchema,
  priority: prioritySchema,
  severity: severitySchema,
  /** Extra-sensitive (a senior leader, a board member): the UI asks again before showing it. */
  restricted: z.boolean(),
  legalHold: z.boolean(),
  /**
   * Retention: the date after which the organisation's policy says the case should be destroyed
   * (crypto-shredded). Optional, and overridden by a legal hold, which blocks shredding in main.
   */
  retainUntil: calendarDateSchema.optional(),
  investigator: textSchema(SHORT_TEXT_MAX),
  intake: intakeSchema,
  parties: z.array(casePartySchema).max(500),
  allegations: z.array(allegationSchema).max(200),
  evidenceLinks: z.array(evidenceLinkSchema).max(5000),
  timeline: z.array(timelineFactSchema).max(5000),
  tasks: z.array(taskSchema).max(2000),
  interimMeasures: z.array(interimMeasureSchema).max(200),
  notes: z.array(caseNoteSchema).max(5000),
  outcome: outcomeSchema,
  /** One per interviewee (issue #5); the report prints the conclusions. Absent in older cases. */
  credibility: z.array(credibilityAssessmentSchema).max(500).default([]),
  /** Interpersonal-conflict cases only; null until the mediation starts. */
  mediation: mediationSchema.nullable().default(null),
};

/**
 * Written only by main: identity, the workflow (through `transition`), evidence and custody
 * (through import/view/export). `cases:update` cannot touch them, so a compromised renderer cannot
 * rewrite a hash or a custody line.
 */
export const mainOwnedShape = {
  v: z.literal(1),
  id: idSchema,
  number: caseNumberSchema,
  workflow: workflowSchema,
  statusHistory: z.array(statusChangeSchema).max(5000),
  evidence: z.array(evidenceItemSchema).max(5000),
  custody: z.array(custodyEntrySchema).max(100_000),
  /**
   * The interview plan and records (issue #5). Main-owned: drafts change through
   * `interviews:update`, and a finalised interview never changes again. Absent in older cases.
   */
  interviews: z.array(interviewSchema).max(1000).default([]),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

export const caseContentSchema = z.strictObject(caseContentShape);
export type CaseContent = z.infer<typeof caseContentSchema>;

type Issue = { path: (string | number)[]; message: string };

function duplicates(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  return ids.flatMap((id, i) => (seen.has(id) ? [i] : (seen.add(id), [])));
}

/** Cross-references inside one document: what a schema per field cannot see. */
export function caseIntegrityIssues(doc: z.infer<typeof caseDocBase>): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const allegationIds = new Set(doc.allegations.map((a) => a.id));
  const evidenceIds = new Set(doc.evidence.map((e) => e.id));
  const respondents = new Set(
    doc.parties.filter((p) => p.role === 'respondent').map((p) => p.personId),
  );

  const lists = [
    'allegations',
    'evidenceLinks',
    'evidence',
    'timeline',
    'tasks',
    'interimMeasures',
    'notes',
    'interviews',
  ] as const;
  for (const list of lists) {
    for (const i of duplicates(doc[list].map((x) => x.id))) add([list, i, 'id'], 'Duplicate id');
  }
  for (const i of duplicates(doc.allegations.map((a) => a.label)))
    add(['allegations', i, 'label'], 'Duplicate label');
  for (const i of duplicates(doc.parties.map((p) => `${p.personId}:${p.role}`))) {
    add(['parties', i], 'This person already has this role');
  }
  doc.allegations.forEach((a, i) =>
    a.respondentIds.forEach((id, j) => {
      if (!respondents.has(id))
        add(['allegations', i, 'respondentIds', j], 'Not a respondent party of this case');
    }),
  );
  doc.evidenceLinks.forEach((l, i) => {
    if (!allegationIds.has(l.allegationId))
      add(['evidenceLinks', i, 'allegationId'], 'Unknown allegation');
    if (l.source.kind === 'evidence' && !evidenceIds.has(l.source.evidenceId)) {
      add(['evidenceLinks', i, 'source', 'evidenceId'], 'Unknown evidence item');
    }
  });
  doc.timeline.forEach((f, i) =>
    f.allegationIds.forEach((id, j) => {
      if (!allegationIds.has(id)) add(['timeline', i, 'allegationIds', j], 'Unknown allegation');
    }),
  );
  doc.interviews.forEach((iv, i) =>
    iv.entries.forEach((e, j) =>
      e.allegationIds.forEach((id, k) => {
        if (!allegationIds.has(id))
          add(['interviews', i, 'entries', j, 'allegationIds', k], 'Unknown allegation');
      }),
    ),
  );
  for (const i of duplicates(doc.credibility.map((c) => c.personId)))
    add(['credibility', i, 'personId'], 'This person already has an assessment');
  doc.custody.forEach((c, i) => {
    if (!evidenceIds.has(c.evidenceId)) add(['custody', i, 'evidenceId'], 'Unknown evidence item');
  });
  if (typesRequiringCharacteristic.has(doc.type) && doc.protectedCharacteristics.length === 0) {
    add(
      ['protectedCharacteristics'],
      'A discrimination case names at least one protected characteristic',
    );
  }
  const closure = doc.workflow.closure;
  if (closure && closure.closedOn < doc.intake.receivedOn) {
    add(['workflow', 'closure', 'closedOn'], 'A case cannot close before it was received');
  }
  return issues;
}

const caseDocBase = z.strictObject({ ...mainOwnedShape, ...caseContentShape });

export const caseDocSchema = caseDocBase.superRefine((doc, ctx) => {
  for (const issue of caseIntegrityIssues(doc)) ctx.addIssue({ code: 'custom', ...issue });
});
export type CaseDoc = z.infer<typeof caseDocSchema>;

/** The document after an autosave: the user's content over main's own fields. Parse it after. */
export function withContent(doc: CaseDoc, content: CaseContent, updatedAt: string): CaseDoc {
  return { ...doc, ...content, updatedAt };
}

export const partySummarySchema = z.strictObject({
  personId: personIdSchema,
  name: z.string(),
  role: partyRoleSchema,
});
export type PartySummary = z.infer<typeof partySummarySchema>;

export const exitSummarySchema = z.strictObject({
  personId: personIdSchema,
  reasons: z.array(z.string()),
  primaryReason: z.string().nullable(),
  rehire: z.enum(['eligible', 'not-eligible', 'review']).nullable(),
});
export type ExitSummary = z.infer<typeof exitSummarySchema>;

/** The latest exit interview that has a form: what the leaver said and the rehire decision. */
export function exitSummaryOf(interviews: readonly Interview[]): ExitSummary | undefined {
  const withForm = interviews.filter((iv) => iv.kind === 'exit' && iv.exit !== null);
  const latest = withForm.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!latest?.exit) return undefined;
  return {
    personId: latest.personId,
    reasons: [...latest.exit.reasons],
    primaryReason: latest.exit.primaryReason,
    rehire: latest.exit.rehire,
  };
}

/**
 * The case list, filters and dashboard read only this, from the index, without decrypting cases.
 * Due dates are kept raw rather than as "overdue" flags: the index is written when the case is
 * saved, and a flag computed then would be wrong the next morning.
 */
export const caseOverviewSchema = z.strictObject({
  id: idSchema,
  number: caseNumberSchema,
  title: z.string(),
  type: caseTypeSchema,
  // Special-category data (domain.md §3.2): for filters; list views hide it by default.
  protectedCharacteristics: protectedCharacteristicsSchema,
  status: caseStatusSchema,
  resumeTo: stageSchema.nullable(),
  priority: prioritySchema,
  severity: severitySchema,
  restricted: z.boolean(),
  legalHold: z.boolean(),
  parties: z.array(partySummarySchema),
  respondentIds: z.array(personIdSchema),
  receivedOn: calendarDateSchema,
  closedOn: calendarDateSchema.nullable(),
  outcome: closureOutcomeSchema.nullable(),
  openTasks: z.number().int().nonnegative(),
  /** Sorted ascending; next due and earliest overdue are read from it with today's date. */
  openTaskDueDates: z.array(calendarDateSchema),
  findings: z.record(findingSchema, z.number().int().nonnegative()),
  /** From the case's exit interview, for the dashboard's exit themes and rehire list. */
  exit: exitSummarySchema.optional(),
  updatedAt: timestampSchema,
});
export type CaseOverview = z.infer<typeof caseOverviewSchema>;

/**
 * Derive the overview. Person names live in the vault's people records, not in the case, so the
 * caller passes a lookup; main refreshes overviews when a person is renamed.
 */
export function overviewOf(
  doc: CaseDoc,
  nameOf: (personId: string) => string | undefined,
): CaseOverview {
  const respondentIds = [
    ...new Set([
      ...doc.parties.filter((p) => p.role === 'respondent').map((p) => p.personId),
      ...doc.allegations.flatMap((a) => a.respondentIds),
    ]),
  ];
  const exit = exitSummaryOf(doc.interviews);
  return {
    id: doc.id,
    number: doc.number,
    title: doc.title,
    type: doc.type,
    protectedCharacteristics: doc.protectedCharacteristics,
    status: doc.workflow.status,
    resumeTo: doc.workflow.resumeTo,
    priority: doc.priority,
    severity: doc.severity,
    restricted: doc.restricted,
    legalHold: doc.legalHold,
    parties: doc.parties.map((p) => ({
      personId: p.personId,
      name: nameOf(p.personId) ?? '',
      role: p.role,
    })),
    respondentIds,
    receivedOn: doc.intake.receivedOn,
    closedOn: doc.workflow.closure?.closedOn ?? null,
    outcome: doc.workflow.closure?.outcome ?? null,
    openTasks: doc.tasks.filter((t) => !t.done).length,
    openTaskDueDates: openDueDates(doc.tasks),
    findings: countFindings(doc.allegations),
    ...(exit ? { exit } : {}),
    updatedAt: doc.updatedAt,
  };
}
