import { z } from 'zod';
import { addDays, calendarDateSchema, timestampSchema, type CalendarDate } from './dates';
import { idSchema, requiredTextSchema, SHORT_TEXT_MAX, textSchema } from './ids';

// Tasks are the case's to-do list and its deadlines. "Today" is always an argument: main decides
// it from its clock in the user's time zone, tests pass a fixed one.

export const taskSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('manual') }),
  z.strictObject({ kind: z.literal('aftercare'), checkInId: idSchema }),
  z.strictObject({ kind: z.literal('follow-up') }),
  z.strictObject({ kind: z.literal('interim-review'), measureId: idSchema }),
  /** A follow-up flagged on an interview entry (issue #5). */
  z.strictObject({
    kind: z.literal('interview-follow-up'),
    interviewId: idSchema,
    entryId: idSchema,
  }),
  /** A leaver's restrictive covenant ending: a dated reminder from the exit interview. */
  z.strictObject({
    kind: z.literal('covenant'),
    interviewId: idSchema,
    covenant: z.enum(['non-compete', 'non-solicit']),
  }),
  z.strictObject({ kind: z.literal('mediation-review') }),
]);
export type TaskSource = z.infer<typeof taskSourceSchema>;

export const taskSchema = z
  .strictObject({
    id: idSchema,
    title: requiredTextSchema(SHORT_TEXT_MAX),
    dueOn: calendarDateSchema.nullable(),
    /** Who does it: usually the investigator, sometimes a manager without a person record. */
    owner: textSchema(SHORT_TEXT_MAX),
    done: z.boolean(),
    doneAt: timestampSchema.nullable(),
    source: taskSourceSchema,
  })
  .refine((t) => t.done || t.doneAt === null, {
    message: 'An open task has no completion time',
    path: ['doneAt'],
  });
export type Task = z.infer<typeof taskSchema>;

type Dated = Pick<Task, 'dueOn' | 'done'>;

/** Overdue means the due day has passed: a task due today is due, not late. */
export function isOverdue(task: Dated, today: CalendarDate): boolean {
  return !task.done && task.dueOn !== null && task.dueOn < today;
}

/** Due from today through `days` days ahead, inclusive (days = 1 means today and tomorrow). */
export function isDueSoon(task: Dated, today: CalendarDate, days: number): boolean {
  return (
    !task.done && task.dueOn !== null && task.dueOn >= today && task.dueOn <= addDays(today, days)
  );
}

const byDue = (a: Dated, b: Dated) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '');

export function overdueTasks<T extends Dated>(tasks: readonly T[], today: CalendarDate): T[] {
  return tasks.filter((t) => isOverdue(t, today)).sort(byDue);
}

export function dueSoonTasks<T extends Dated>(
  tasks: readonly T[],
  today: CalendarDate,
  days: number,
): T[] {
  return tasks.filter((t) => isDueSoon(t, today, days)).sort(byDue);
}

/** Sorted due dates of open tasks: what the overview keeps so lists need no decryption. */
export function openDueDates(tasks: readonly Dated[]): CalendarDate[] {
  return tasks
    .filter((t) => !t.done && t.dueOn !== null)
    .map((t) => t.dueOn as CalendarDate)
    .sort();
}
