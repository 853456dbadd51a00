import type { CaseListFilters } from '@renderer/app/navigation';
import type { AgeingBucket } from '@shared/domain/case-overview-rules';
import { caseStatuses, isOpen, type CaseStatus } from '@shared/domain/case-status';
import type { CaseType } from '@shared/domain/case-types';
import { addDays, quarterOf, type CalendarDate } from '@shared/domain/dates';
import type { ClosureOutcome } from '@shared/domain/outcome';

// What each dashboard figure means as a case-list query, so a click opens exactly the cases counted.

/** Every status counted as open (on hold included), as the dashboard counts them. */
export const openStatuses: CaseStatus[] = caseStatuses.filter(isOpen);

export function byStatus(status: CaseStatus): CaseListFilters {
  return { status: [status] };
}

export function byType(type: CaseType): CaseListFilters {
  return { status: openStatuses, type: [type] };
}

/** Age is counted from the day received (day 0), inclusive at both ends, like `ageingBucket`. */
export function byAgeing(bucket: AgeingBucket, today: CalendarDate): CaseListFilters {
  const daysAgo = (days: number) => addDays(today, -days);
  const received = {
    '0-30': { from: daysAgo(30), to: today },
    '31-60': { from: daysAgo(60), to: daysAgo(31) },
    '61-90': { from: daysAgo(90), to: daysAgo(61) },
    '90+': { to: daysAgo(91) },
  }[bucket];
  return { status: openStatuses, received };
}

export function quarterStart(today: CalendarDate): CalendarDate {
  const { year, quarter } = quarterOf(today);
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** Cases closed this quarter (the figure); with an outcome, only those closed that way (a bar). */
export function closedThisQuarter(today: CalendarDate, outcome?: ClosureOutcome): CaseListFilters {
  return {
    status: ['closed'],
    closed: { from: quarterStart(today), to: today },
    ...(outcome ? { outcome: [outcome] } : {}),
  };
}

export function withOverdueTasks(): CaseListFilters {
  return { status: openStatuses, overdue: true };
}

export function ofPerson(personId: string): CaseListFilters {
  return { personId };
}
