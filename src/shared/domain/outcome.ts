import { z } from 'zod';
import { addDays, calendarDateSchema, type CalendarDate } from './dates';
import {
  idSchema,
  LONG_TEXT_MAX,
  personIdSchema,
  requiredTextSchema,
  SHORT_TEXT_MAX,
  textSchema,
} from './ids';
import type { Task } from './task';

// What the case decided and did (domain.md §2 Recommendations, Decision and actions, Closure).

export const actionKinds = [
  'verbal-warning',
  'written-warning',
  'final-warning',
  'suspension',
  'termination',
  'training',
  'coaching',
  'policy-change',
  'no-action',
  'other',
] as const;
export const actionKindSchema = z.enum(actionKinds);
export type ActionKind = z.infer<typeof actionKindSchema>;

export const actionTakenSchema = z
  .strictObject({
    id: idSchema,
    kind: actionKindSchema,
    /** Null for actions aimed at the organisation (a policy change), not at one person. */
    personId: personIdSchema.nullable(),
    effectiveOn: calendarDateSchema.nullable(),
    /** When a warning stops being live, or a suspension ends. */
    endsOn: calendarDateSchema.nullable(),
    decidedBy: textSchema(SHORT_TEXT_MAX),
    note: textSchema(LONG_TEXT_MAX),
  })
  .refine((a) => !a.effectiveOn || !a.endsOn || a.endsOn >= a.effectiveOn, {
    message: 'An action cannot end before it takes effect',
    path: ['endsOn'],
  });
export type ActionTaken = z.infer<typeof actionTakenSchema>;

export const aftercareCheckInSchema = z.strictObject({
  id: idSchema,
  dueOn: calendarDateSchema,
  /** Whom to check in with (usually the complainant); null for a general review. */
  personId: personIdSchema.nullable(),
  note: textSchema(2000),
});
export type AftercareCheckIn = z.infer<typeof aftercareCheckInSchema>;

export const outcomeSchema = z.strictObject({
  findingsSummary: textSchema(LONG_TEXT_MAX),
  recommendations: z.array(requiredTextSchema(LONG_TEXT_MAX)).max(100),
  actions: z.array(actionTakenSchema).max(200),
  aftercare: z.array(aftercareCheckInSchema).max(50),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const emptyOutcome: Outcome = {
  findingsSummary: '',
  recommendations: [],
  actions: [],
  aftercare: [],
};

export const closureOutcomes = [
  'resolved-action-taken',
  'resolved-no-action',
  'informal-resolution',
  'mediated-agreement',
  'referred-out',
  'withdrawn',
  'respondent-left',
  'no-investigation',
  'other',
] as const;
export const closureOutcomeSchema = z.enum(closureOutcomes);
export type ClosureOutcome = z.infer<typeof closureOutcomeSchema>;

/**
 * Outcomes that end a case without deciding its allegations. A resignation mid-investigation must
 * not silently end a case (domain.md §2.1), so each needs a recorded reason instead of findings.
 */
export const closuresWithoutFindings: ReadonlySet<ClosureOutcome> = new Set([
  'no-investigation',
  'withdrawn',
  'respondent-left',
  'referred-out',
]);

export const closureSchema = z.strictObject({
  outcome: closureOutcomeSchema,
  closedOn: calendarDateSchema,
  reason: textSchema(LONG_TEXT_MAX),
});
export type Closure = z.infer<typeof closureSchema>;

/** Common 30/60/90-day cadence (domain.md §2 Closure); the vault settings may choose others. */
export const DEFAULT_AFTERCARE_OFFSETS = [30, 60, 90] as const;

export function aftercareDates(
  closedOn: CalendarDate,
  offsets: readonly number[] = DEFAULT_AFTERCARE_OFFSETS,
): CalendarDate[] {
  return offsets.map((days) => addDays(closedOn, days));
}

/**
 * Tasks for check-ins that have none yet. Idempotent (a check-in already linked by its task's
 * source is skipped), so main can run it on every save. Ids come from main's random source.
 */
export function aftercareTasks(
  checkIns: readonly AftercareCheckIn[],
  existing: readonly Task[],
  newId: () => string,
  owner = '',
): Task[] {
  const linked = new Set(
    existing.flatMap((t) => (t.source.kind === 'aftercare' ? [t.source.checkInId] : [])),
  );
  return checkIns
    .filter((c) => !linked.has(c.id))
    .map((c) => ({
      id: newId(),
      title: c.note
        ? `Aftercare check-in: ${c.note}`.slice(0, SHORT_TEXT_MAX)
        : 'Aftercare check-in',
      dueOn: c.dueOn,
      owner,
      done: false,
      doneAt: null,
      source: { kind: 'aftercare', checkInId: c.id },
    }));
}
