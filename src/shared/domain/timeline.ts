import { z } from 'zod';
import { linkSourceSchema } from './allegation';
import { approximateDateSchema, dayNumber, type ApproximateDate } from './dates';
import { idSchema, LONG_TEXT_MAX, requiredTextSchema } from './ids';

// The incident chronology (what happened, per the evidence), distinct from the activity history
// of the case file itself, which the audit log keeps.

const precisionOrder = { day: 0, month: 1, year: 2, approx: 3 } as const;

export const timelineFactSchema = z.strictObject({
  id: idSchema,
  when: approximateDateSchema,
  /** Local time of day when known (`HH:MM`); meaningful only with day precision. */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time looks like 14:05')
    .optional(),
  description: requiredTextSchema(LONG_TEXT_MAX),
  sources: z.array(linkSourceSchema).max(100),
  allegationIds: z.array(idSchema).max(100),
  /** The parties' accounts differ on this fact: the report must say how it was resolved. */
  disputed: z.boolean(),
});
export type TimelineFact = z.infer<typeof timelineFactSchema>;

/** Earlier dates first; on the same date the precise entry comes before "some time that month". */
export function compareApproximate(a: ApproximateDate, b: ApproximateDate): number {
  return (
    dayNumber(a.date) - dayNumber(b.date) ||
    precisionOrder[a.precision] - precisionOrder[b.precision]
  );
}

export function sortTimeline(facts: readonly TimelineFact[]): TimelineFact[] {
  return [...facts].sort(
    (a, b) =>
      compareApproximate(a.when, b.when) || (a.time ?? '99:99').localeCompare(b.time ?? '99:99'),
  );
}
