import { z } from 'zod';
import type { CaseOverview } from './case-doc';
import { caseStatusSchema } from './case-status';
import { caseTypeSchema, priorities, prioritySchema } from './case-types';
import { dateRangeSchema, inRange, type CalendarDate } from './dates';
import { personIdSchema } from './ids';
import { closureOutcomeSchema } from './outcome';
import { earliestOverdueOn, nextDueOn } from './case-overview-rules';

// The case list query: filters, sort and paging over overviews. Shared so that main answers
// `cases:list` with the same rules the renderer would apply to a cached page.

export const CASE_PAGE_MAX = 200;

export const caseFiltersSchema = z.strictObject({
  status: z.array(caseStatusSchema).max(10).optional(),
  type: z.array(caseTypeSchema).max(30).optional(),
  priority: z.array(prioritySchema).max(4).optional(),
  /** Only cases with at least one open task past its due date. */
  overdue: z.boolean().optional(),
  personId: personIdSchema.optional(),
  received: dateRangeSchema.optional(),
  closed: dateRangeSchema.optional(),
  /** Closure outcomes; a case that is not closed has none and never matches. */
  outcome: z.array(closureOutcomeSchema).max(20).optional(),
  restricted: z.boolean().optional(),
  legalHold: z.boolean().optional(),
});
export type CaseFilters = z.infer<typeof caseFiltersSchema>;

export const caseSortSchema = z.strictObject({
  field: z.enum(['number', 'receivedOn', 'priority', 'status', 'nextDue', 'updatedAt']),
  direction: z.enum(['asc', 'desc']),
});
export type CaseSort = z.infer<typeof caseSortSchema>;

export const defaultCaseSort: CaseSort = { field: 'receivedOn', direction: 'desc' };

const anyOf = <T>(wanted: readonly T[] | undefined, value: T) =>
  !wanted || wanted.length === 0 || wanted.includes(value);

export function matchesFilters(o: CaseOverview, f: CaseFilters, today: CalendarDate): boolean {
  return (
    anyOf(f.status, o.status) &&
    anyOf(f.type, o.type) &&
    anyOf(f.priority, o.priority) &&
    (f.overdue === undefined || (earliestOverdueOn(o, today) !== null) === f.overdue) &&
    (!f.personId ||
      o.respondentIds.includes(f.personId) ||
      o.parties.some((p) => p.personId === f.personId)) &&
    inRange(o.receivedOn, f.received) &&
    (!f.closed || inRange(o.closedOn, f.closed)) &&
    (!f.outcome ||
      f.outcome.length === 0 ||
      (o.outcome !== null && f.outcome.includes(o.outcome))) &&
    (f.restricted === undefined || o.restricted === f.restricted) &&
    (f.legalHold === undefined || o.legalHold === f.legalHold)
  );
}

function sortKey(o: CaseOverview, field: CaseSort['field'], today: CalendarDate): string | number {
  switch (field) {
    case 'priority':
      return priorities.indexOf(o.priority);
    case 'nextDue':
      // Overdue first, then the next due; cases with nothing due sort last.
      return earliestOverdueOn(o, today) ?? nextDueOn(o, today) ?? '9999-12-31';
    case 'status':
      return o.status;
    case 'number':
      return o.number;
    case 'receivedOn':
      return o.receivedOn;
    case 'updatedAt':
      return o.updatedAt;
  }
}

export function sortOverviews(
  overviews: readonly CaseOverview[],
  sort: CaseSort,
  today: CalendarDate,
): CaseOverview[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...overviews].sort((a, b) => {
    const ka = sortKey(a, sort.field, today);
    const kb = sortKey(b, sort.field, today);
    const primary = ka < kb ? -1 : ka > kb ? 1 : 0;
    // The case number breaks ties so paging never shows a case twice or skips one.
    return sign * primary || a.number.localeCompare(b.number);
  });
}

export function queryCases(
  overviews: readonly CaseOverview[],
  query: { filters: CaseFilters; sort: CaseSort; offset: number; limit: number },
  today: CalendarDate,
): { items: CaseOverview[]; total: number } {
  const matching = overviews.filter((o) => matchesFilters(o, query.filters, today));
  const sorted = sortOverviews(matching, query.sort, today);
  return { items: sorted.slice(query.offset, query.offset + query.limit), total: matching.length };
}
