import type { CaseOverview } from './case-doc';
import { isOpen, type CaseStatus } from './case-status';
import { daysBetween, type CalendarDate } from './dates';
import type { PartyRole } from './person';

// Selectors over overviews only: the list, the person page and the dashboard use them without
// decrypting a single case.

type Due = Pick<CaseOverview, 'openTaskDueDates'>;

/** The first open due date from today on (a task due today is next, not overdue). */
export function nextDueOn(overview: Due, today: CalendarDate): CalendarDate | null {
  return overview.openTaskDueDates.find((d) => d >= today) ?? null;
}

export function earliestOverdueOn(overview: Due, today: CalendarDate): CalendarDate | null {
  const first = overview.openTaskDueDates[0];
  return first !== undefined && first < today ? first : null;
}

export function overdueTaskCount(overview: Due, today: CalendarDate): number {
  return overview.openTaskDueDates.filter((d) => d < today).length;
}

export const ageingBuckets = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgeingBucket = (typeof ageingBuckets)[number];

/** Age counted from the day received: received today is day 0, day 30 is still "0-30". */
export function ageingBucket(receivedOn: CalendarDate, today: CalendarDate): AgeingBucket {
  const age = daysBetween(receivedOn, today);
  if (age <= 30) return '0-30';
  if (age <= 60) return '31-60';
  if (age <= 90) return '61-90';
  return '90+';
}

/** Null for closed cases: ageing is about open workload. */
export function ageingOf(
  overview: Pick<CaseOverview, 'status' | 'receivedOn'>,
  today: CalendarDate,
): AgeingBucket | null {
  return isOpen(overview.status) ? ageingBucket(overview.receivedOn, today) : null;
}

export interface PersonAppearance {
  caseId: string;
  number: string;
  title: string;
  status: CaseStatus;
  roles: PartyRole[];
}

/** Every case a person is a party to or a respondent in, newest number last. */
export function appearancesOf(
  overviews: readonly CaseOverview[],
  personId: string,
  exceptCaseId?: string,
): PersonAppearance[] {
  const found: PersonAppearance[] = [];
  for (const o of overviews) {
    if (o.id === exceptCaseId) continue;
    const roles = new Set(o.parties.filter((p) => p.personId === personId).map((p) => p.role));
    if (o.respondentIds.includes(personId)) roles.add('respondent');
    if (roles.size === 0) continue;
    found.push({
      caseId: o.id,
      number: o.number,
      title: o.title,
      status: o.status,
      roles: [...roles],
    });
  }
  return found.sort((a, b) => a.number.localeCompare(b.number));
}

export interface OtherCasesSummary {
  personId: string;
  caseCount: number;
  asRespondent: number;
  openCases: number;
}

/**
 * "Also appears in 2 other cases (1 as respondent)" for each party of one case: the on-device
 * repeat-person signal (domain.md §10.9). Only people with at least one other case are listed.
 */
export function otherCasesOfParties(
  current: CaseOverview,
  overviews: readonly CaseOverview[],
): OtherCasesSummary[] {
  const ids = new Set([...current.parties.map((p) => p.personId), ...current.respondentIds]);
  return [...ids].flatMap((personId) => {
    const others = appearancesOf(overviews, personId, current.id);
    if (others.length === 0) return [];
    return [
      {
        personId,
        caseCount: others.length,
        asRespondent: others.filter((a) => a.roles.includes('respondent')).length,
        openCases: others.filter((a) => isOpen(a.status)).length,
      },
    ];
  });
}
