import { z } from 'zod';
import { calendarDateSchema, timestampSchema } from './dates';
import { exitReasonSchema } from './document-inputs';
import {
  idSchema,
  LONG_TEXT_MAX,
  NOTE_TEXT_MAX,
  personIdSchema,
  requiredTextSchema,
  sha256HexSchema,
  SHORT_TEXT_MAX,
  textSchema,
} from './ids';
import { partyRoleSchema } from './person';

// Interviews (issue #5, domain.md §6). One record per meeting, kept in the case document under
// main's ownership: the renderer edits a draft through `interviews:update`; after `finalise` main
// refuses every change to it and only appends addenda and statement reviews.

export const interviewKinds = ['investigation', 'exit'] as const;
export const interviewKindSchema = z.enum(interviewKinds);
export type InterviewKind = z.infer<typeof interviewKindSchema>;

export const interviewStatuses = ['planned', 'done', 'declined', 'unavailable'] as const;
export const interviewStatusSchema = z.enum(interviewStatuses);
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;

export const interviewModes = ['in-person', 'video', 'phone', 'written'] as const;
export const interviewModeSchema = z.enum(interviewModes);

/** Local wall-clock time of the meeting ("09:30"): a meeting time is not a UTC instant to users. */
export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM (24-hour)');

export const attendeeRoles = [
  'interviewer',
  'note-taker',
  'representative',
  'companion',
  'interpreter',
  'other',
] as const;
export const attendeeRoleSchema = z.enum(attendeeRoles);

export const attendeeSchema = z.strictObject({
  id: idSchema,
  name: requiredTextSchema(SHORT_TEXT_MAX),
  role: attendeeRoleSchema,
  timeIn: clockTimeSchema.nullable(),
  timeOut: clockTimeSchema.nullable(),
});
export type Attendee = z.infer<typeof attendeeSchema>;

/** The opening statements an investigator gives, in the order they are usually given. */
export const admonitionKeys = [
  'purpose',
  'confidentiality',
  'non-retaliation',
  'honesty',
  'neutrality',
  'accompaniment',
  'use-of-notes',
] as const;
export const admonitionKeySchema = z.enum(admonitionKeys);
export type AdmonitionKey = z.infer<typeof admonitionKeySchema>;

/** `at` is main's clock when the box was ticked; null while not given. */
export const admonitionsSchema = z.strictObject(
  Object.fromEntries(admonitionKeys.map((k) => [k, timestampSchema.nullable()])) as Record<
    AdmonitionKey,
    z.ZodNullable<typeof timestampSchema>
  >,
);
export type Admonitions = z.infer<typeof admonitionsSchema>;

export const recordingConsentSchema = z.enum(['not-recorded', 'consented', 'refused']);

/** A follow-up the interview raised; main turns it into a case task (source `follow-up`). */
export const followUpSchema = z.strictObject({
  text: requiredTextSchema(SHORT_TEXT_MAX),
  dueOn: calendarDateSchema.nullable(),
});

/**
 * One step of the note flow. A question (from the guide or asked ad hoc) with its answer, or a free
 * note (an observation, something said unprompted). `verbatim` marks the answer as the
 * interviewee's exact words, printed as a quotation in the statement.
 */
export const interviewEntrySchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['question', 'note']),
  origin: z.enum(['guide', 'ad-hoc']),
  /** The guide's heading this question sat under ("Account", "Closing"); empty for ad-hoc ones. */
  section: textSchema(100),
  question: textSchema(4000),
  answer: textSchema(NOTE_TEXT_MAX),
  verbatim: z.boolean(),
  /** When the question was asked or the note begun (main's clock, set by the renderer's tick). */
  at: timestampSchema.nullable(),
  allegationIds: z.array(idSchema).max(50),
  followUp: followUpSchema.nullable(),
});
export type InterviewEntry = z.infer<typeof interviewEntrySchema>;

export const exitFormSchema = z.strictObject({
  reasons: z.array(exitReasonSchema).max(40),
  primaryReason: exitReasonSchema.nullable(),
  noticeGiven: z.boolean().nullable(),
  noticeOn: calendarDateSchema.nullable(),
  lastDay: calendarDateSchema.nullable(),
  rehire: z.enum(['eligible', 'not-eligible', 'review']).nullable(),
  rehireNote: textSchema(1000),
  nonCompeteEndsOn: calendarDateSchema.nullable(),
  nonSolicitEndsOn: calendarDateSchema.nullable(),
  alumniContactConsent: z.boolean().nullable(),
  comments: textSchema(20_000),
});
export type ExitForm = z.infer<typeof exitFormSchema>;

/** Which guide was copied in, so the record says where its questions came from. */
export const guideCopySchema = z.strictObject({
  templateId: z.string().min(1).max(100),
  name: z.string().max(SHORT_TEXT_MAX),
  copiedAt: timestampSchema,
});

/** What the renderer may replace while the interview is a draft. */
export const interviewDraftShape = {
  personId: personIdSchema,
  role: partyRoleSchema,
  purpose: textSchema(2000),
  scheduledOn: calendarDateSchema.nullable(),
  startTime: clockTimeSchema.nullable(),
  endTime: clockTimeSchema.nullable(),
  mode: interviewModeSchema,
  place: textSchema(SHORT_TEXT_MAX),
  status: interviewStatusSchema,
  /** Why declined or unavailable; required for those statuses. */
  statusReason: textSchema(2000),
  attendees: z.array(attendeeSchema).max(50),
  admonitions: admonitionsSchema,
  recordingConsent: recordingConsentSchema,
  entries: z.array(interviewEntrySchema).max(2000),
  /** The interviewer's closing remarks (repeat confidentiality, EAP offered…). */
  closingNote: textSchema(LONG_TEXT_MAX),
  exit: exitFormSchema.nullable(),
};

export const interviewDraftSchema = z.strictObject(interviewDraftShape).superRefine((d, ctx) => {
  if ((d.status === 'declined' || d.status === 'unavailable') && d.statusReason === '') {
    ctx.addIssue({
      code: 'custom',
      path: ['statusReason'],
      message: 'Say why the interview was declined or could not take place',
    });
  }
  if (d.startTime && d.endTime && d.endTime < d.startTime) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Ends before it starts' });
  }
  const seen = new Set<string>();
  d.entries.forEach((e, i) => {
    if (seen.has(e.id))
      ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: 'Duplicate id' });
    seen.add(e.id);
    if (e.kind === 'question' && e.question === '' && e.answer !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['entries', i, 'question'],
        message: 'An answer needs its question',
      });
    }
  });
});
export type InterviewDraft = z.infer<typeof interviewDraftSchema>;

export const finalisationSchema = z.strictObject({
  at: timestampSchema,
  by: z.string().max(SHORT_TEXT_MAX),
  /** SHA-256 of the canonical JSON of the locked content (see `lockedContentOf`). */
  sha256: sha256HexSchema,
});
export type Finalisation = z.infer<typeof finalisationSchema>;

export const addendumSchema = z.strictObject({
  id: idSchema,
  at: timestampSchema,
  by: z.string().max(SHORT_TEXT_MAX),
  text: requiredTextSchema(LONG_TEXT_MAX),
});
export type Addendum = z.infer<typeof addendumSchema>;

export const reviewOutcomes = ['signed', 'signed-with-corrections', 'declined'] as const;
export const reviewOutcomeSchema = z.enum(reviewOutcomes);

export const statementReviewInputSchema = z
  .strictObject({
    outcome: reviewOutcomeSchema,
    on: calendarDateSchema,
    /** The interviewee's corrections in their words, recorded as corrections, never merged in. */
    corrections: textSchema(LONG_TEXT_MAX),
    /** Why the interviewee declined to sign, when they said. */
    reason: textSchema(2000),
  })
  .superRefine((r, ctx) => {
    if (r.outcome === 'signed-with-corrections' && r.corrections === '') {
      ctx.addIssue({ code: 'custom', path: ['corrections'], message: 'Record the corrections' });
    }
    if (r.outcome !== 'signed-with-corrections' && r.corrections !== '') {
      ctx.addIssue({
        code: 'custom',
        path: ['corrections'],
        message: 'Corrections go with "signed with corrections"',
      });
    }
  });
export const statementReviewSchema = z.strictObject({
  id: idSchema,
  recordedAt: timestampSchema,
  recordedBy: z.string().max(SHORT_TEXT_MAX),
  outcome: reviewOutcomeSchema,
  on: calendarDateSchema,
  corrections: textSchema(LONG_TEXT_MAX),
  reason: textSchema(2000),
});
export type StatementReview = z.infer<typeof statementReviewSchema>;

export const interviewSchema = z.strictObject({
  id: idSchema,
  kind: interviewKindSchema,
  /** Position in the case's interview plan (0 first); main keeps it dense. */
  order: z.number().int().nonnegative(),
  /** Bumped by main on every change: the renderer's saves are conditional on it. */
  rev: z.number().int().positive(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  guide: guideCopySchema.nullable(),
  ...interviewDraftShape,
  finalised: finalisationSchema.nullable(),
  addenda: z.array(addendumSchema).max(500),
  /** Every review kept, oldest first: a statement can be declined, then signed later. */
  reviews: z.array(statementReviewSchema).max(50),
});
export type Interview = z.infer<typeof interviewSchema>;

/** The part of an interview the finalisation hash covers: everything said and recorded in it. */
export function lockedContentOf(iv: Interview): Record<string, unknown> {
  const {
    rev: _rev,
    updatedAt: _u,
    order: _o,
    finalised: _f,
    addenda: _a,
    reviews: _r,
    ...rest
  } = iv;
  void _rev;
  void _u;
  void _o;
  void _f;
  void _a;
  void _r;
  return rest;
}

export function draftOf(iv: Interview): InterviewDraft {
  const draft = {} as Record<string, unknown>;
  for (const key of Object.keys(interviewDraftShape)) draft[key] = iv[key as keyof Interview];
  // A deep copy: editing the draft must never reach into the record it came from.
  return structuredClone(draft) as InterviewDraft;
}

export const emptyAdmonitions = (): Admonitions =>
  Object.fromEntries(admonitionKeys.map((k) => [k, null])) as Admonitions;

export const emptyExitForm = (): ExitForm => ({
  reasons: [],
  primaryReason: null,
  noticeGiven: null,
  noticeOn: null,
  lastDay: null,
  rehire: null,
  rehireNote: '',
  nonCompeteEndsOn: null,
  nonSolicitEndsOn: null,
  alumniContactConsent: null,
  comments: '',
});

/** Usual order (domain.md §2): complainant first, witnesses, then the respondent, then others. */
const roleOrder: Record<string, number> = {
  complainant: 0,
  witness: 1,
  respondent: 2,
};

/** Where a new interview goes in the plan: after the last of its own rank or earlier ranks. */
export function suggestedOrder(existing: readonly Interview[], role: string): number {
  const rank = roleOrder[role] ?? 3;
  const before = existing.filter((iv) => (roleOrder[iv.role] ?? 3) <= rank);
  return before.length;
}

/** The plan sorted by its order, ties by creation. */
export function planOf(interviews: readonly Interview[]): Interview[] {
  return [...interviews].sort(
    (a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt),
  );
}
