import { z } from 'zod';
import { calendarDateSchema } from '../domain/dates';
import {
  caseIdSchema,
  idSchema,
  personIdSchema,
  requiredTextSchema,
  textSchema,
} from '../domain/ids';
import {
  clockTimeSchema,
  interviewDraftSchema,
  interviewKindSchema,
  interviewModeSchema,
  interviewSchema,
  statementReviewInputSchema,
} from '../domain/interview';
import { guideIdSchema, guideTemplateSchema } from '../domain/interview-guides';
import { partyRoleSchema } from '../domain/person';

// Interview channels (issue #5). Interviews live in the case document but only main writes them:
// a draft is replaced through `interviews:update`, conditional on the interview's own `rev` (not
// the case seq, so note-taking never collides with an edit elsewhere in the case). Main stamps
// every time (admonitions ticked, questions asked) with its own clock. After `finalise`, every
// change is refused with `InterviewLocked`; only addenda and statement reviews are appended.

const interviewRef = { caseId: caseIdSchema, interviewId: idSchema };
const expectedRev = { expectedRev: z.number().int().positive() };

const interviewSaved = z.strictObject({
  interview: interviewSchema,
  /** The case's new seq: the workspace keeps editing the rest of the case from it. */
  seq: z.number().int().positive(),
  /** Follow-up and reminder tasks main added to the case with this save. */
  tasksAdded: z.number().int().nonnegative(),
});

export const guideListingSchema = guideTemplateSchema.extend({
  builtIn: z.boolean(),
  edited: z.boolean(),
});

export const interviewContract = {
  'interviews:create': {
    input: z.strictObject({
      caseId: caseIdSchema,
      kind: interviewKindSchema.default('investigation'),
      personId: personIdSchema,
      role: partyRoleSchema,
      purpose: textSchema(2000).default(''),
      scheduledOn: calendarDateSchema.nullable().default(null),
      startTime: clockTimeSchema.nullable().default(null),
      mode: interviewModeSchema.default('in-person'),
      place: textSchema(200).default(''),
    }),
    output: interviewSaved,
  },
  // Integrity: main recomputes a finalised interview's hash on every read.
  'interviews:get': {
    input: z.strictObject(interviewRef),
    output: z.strictObject({
      interview: interviewSchema,
      integrity: z.enum(['draft', 'intact', 'altered']),
    }),
  },
  'interviews:update': {
    input: z.strictObject({ ...interviewRef, ...expectedRev, draft: interviewDraftSchema }),
    output: interviewSaved,
  },
  // The plan order: every interview of the case, each once.
  'interviews:reorder': {
    input: z.strictObject({ caseId: caseIdSchema, order: z.array(idSchema).min(1).max(1000) }),
    output: z.strictObject({
      interviews: z.array(interviewSchema),
      seq: z.number().int().positive(),
    }),
  },
  // Only a draft with nothing recorded yet can be removed; otherwise mark it declined/unavailable.
  'interviews:delete': {
    input: z.strictObject(interviewRef),
    output: z.strictObject({ seq: z.number().int().positive() }),
  },
  // Copies the guide's questions (appended after what is there) and notes which guide it was.
  'interviews:apply-guide': {
    input: z.strictObject({ ...interviewRef, ...expectedRev, guideId: guideIdSchema }),
    output: interviewSaved,
  },
  'interviews:finalise': {
    input: z.strictObject({ ...interviewRef, ...expectedRev }),
    output: interviewSaved,
  },
  'interviews:add-addendum': {
    input: z.strictObject({ ...interviewRef, text: requiredTextSchema(20_000) }),
    output: interviewSaved,
  },
  'interviews:record-review': {
    input: z.strictObject({ ...interviewRef, review: statementReviewInputSchema }),
    output: interviewSaved,
  },
  'guides:list': {
    input: z.undefined(),
    output: z.strictObject({ guides: z.array(guideListingSchema) }),
  },
  // Without an id: a new guide of the user's. With a built-in id: the user's edit of it.
  'guides:save': {
    input: z.strictObject({ guide: guideTemplateSchema.extend({ id: guideIdSchema.optional() }) }),
    output: guideListingSchema,
  },
  // The user's own guide goes; a built-in the user edited goes back to its original.
  'guides:delete': {
    input: z.strictObject({ id: guideIdSchema }),
    output: z.strictObject({ guides: z.array(guideListingSchema) }),
  },
} as const;
