import type { CaseOverview } from './case-doc';
import { caseStatuses, isOpen, type CaseStatus } from './case-status';
import { caseTypes, type CaseType } from './case-types';
import { daysBetween, sameQuarter, type CalendarDate } from './dates';
import {
  ageingBuckets,
  ageingOf,
  overdueTaskCount,
  type AgeingBucket,
} from './case-overview-rules';
import type { ClosureOutcome } from './outcome';
import {
  rehireEligibleLeavers,
  topExitReasons,
  type ExitReasonCount,
  type RehireLeaver,
} from './exit-trends';

// Dashboard figures from overviews only: cheap enough to recompute on every index change.

export interface RepeatRespondent {
  personId: string;
  name: string;
  caseIds: string[];
}

export interface Dashboard {
  openTotal: number;
  openByStatus: Record<CaseStatus, number>;
  openByType: Partial<Record<CaseType, number>>;
  ageing: Record<AgeingBucket, number>;
  overdueTasks: number;
  casesWithOverdueTasks: number;
  closedThisQuarter: Partial<Record<ClosureOutcome, number>>;
  /** Over every closed case, received to closed in calendar days; null when none has closed. */
  medianDaysToClose: number | null;
  repeatRespondents: RepeatRespondent[];
  /** From exit interviews, open or closed cases alike: why people leave. */
  exitReasons: ExitReasonCount[];
  rehireEligible: RehireLeaver[];
}

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** People named as respondent in more than one case, open or closed: a pattern to look at. */
export function repeatRespondents(overviews: readonly CaseOverview[]): RepeatRespondent[] {
  const byPerson = new Map<string, RepeatRespondent>();
  for (const o of overviews) {
    for (const personId of o.respondentIds) {
      const name = o.parties.find((p) => p.personId === personId)?.name ?? '';
      const entry = byPerson.get(personId) ?? { personId, name, caseIds: [] };
      if (!entry.name) entry.name = name;
      entry.caseIds.push(o.id);
      byPerson.set(personId, entry);
    }
  }
  return [...byPerson.values()]
    .filter((r) => r.caseIds.length > 1)
    .sort((a, b) => b.caseIds.length - a.caseIds.length || a.name.localeCompare(b.name));
}

export function dashboardOf(overviews: readonly CaseOverview[], today: CalendarDate): Dashboard {
  const openByStatus = zeroes(caseStatuses);
  const openByType: Partial<Record<CaseType, number>> = {};
  const ageing = zeroes(ageingBuckets);
  const closedThisQuarter: Partial<Record<ClosureOutcome, number>> = {};
  const daysToClose: number[] = [];
  let openTotal = 0;
  let overdueTasks = 0;
  let casesWithOverdueTasks = 0;

  for (const o of overviews) {
    if (isOpen(o.status)) {
      openTotal += 1;
      openByStatus[o.status] += 1;
      openByType[o.type] = (openByType[o.type] ?? 0) + 1;
      const bucket = ageingOf(o, today);
      if (bucket) ageing[bucket] += 1;
      const overdue = overdueTaskCount(o, today);
      overdueTasks += overdue;
      if (overdue > 0) casesWithOverdueTasks += 1;
    } else if (o.closedOn !== null) {
      daysToClose.push(daysBetween(o.receivedOn, o.closedOn));
      if (o.outcome && sameQuarter(o.closedOn, today)) {
        closedThisQuarter[o.outcome] = (closedThisQuarter[o.outcome] ?? 0) + 1;
      }
    }
  }
  // Keep a stable key order for snapshot-friendly output and predictable rendering.
  const orderedTypes = Object.fromEntries(
    caseTypes.filter((t) => openByType[t] !== undefined).map((t) => [t, openByType[t]]),
  ) as Partial<Record<CaseType, number>>;
  return {
    openTotal,
    openByStatus,
    openByType: orderedTypes,
    ageing,
    overdueTasks,
    casesWithOverdueTasks,
    closedThisQuarter,
    medianDaysToClose: median(daysToClose),
    repeatRespondents: repeatRespondents(overviews),
    exitReasons: topExitReasons(overviews),
    rehireEligible: rehireEligibleLeavers(overviews),
  };
}
