import { describe, expect, it } from 'vitest';
import { dashboardOf, median } from '../../../src/shared/domain/dashboard';
import { dashboardSchema } from '../../../src/shared/ipc/case-contract';
import { id, overview, people } from './fixtures';

const today = '2026-05-15';
const blair = { personId: people.blair, name: 'Blair Nguyễn', role: 'respondent' as const };
const drew = { personId: people.drew, name: 'Drew Okafor', role: 'respondent' as const };

const set = [
  // open, 14 days old, one overdue task and one due later
  overview(1, {
    status: 'intake',
    type: 'harassment',
    receivedOn: '2026-05-01',
    openTaskDueDates: ['2026-05-10', '2026-05-20'],
    parties: [blair],
    respondentIds: [people.blair],
  }),
  // open, 45 days old, task due today (not overdue)
  overview(2, {
    status: 'investigation',
    type: 'harassment',
    receivedOn: '2026-03-31',
    openTaskDueDates: [today],
  }),
  // on hold, 100 days old, two overdue tasks
  overview(3, {
    status: 'on-hold',
    resumeTo: 'investigation',
    type: 'discrimination',
    receivedOn: '2026-02-04',
    openTaskDueDates: ['2026-04-01', '2026-05-01'],
    parties: [drew],
    respondentIds: [people.drew],
  }),
  // closed this quarter after 30 days
  overview(4, {
    status: 'closed',
    receivedOn: '2026-04-01',
    closedOn: '2026-05-01',
    outcome: 'resolved-action-taken',
    parties: [blair],
    respondentIds: [people.blair],
  }),
  // closed this quarter after 10 days
  overview(5, {
    status: 'closed',
    receivedOn: '2026-04-05',
    closedOn: '2026-04-15',
    outcome: 'withdrawn',
  }),
  // closed last quarter after 80 days; its overdue-looking date must not count
  overview(6, {
    status: 'closed',
    receivedOn: '2026-01-01',
    closedOn: '2026-03-22',
    outcome: 'resolved-action-taken',
    openTaskDueDates: ['2026-01-05'],
    parties: [drew],
    respondentIds: [people.drew],
  }),
];

describe('dashboard', () => {
  const d = dashboardOf(set, today);

  it('counts open cases by status and type, on hold included', () => {
    expect(d.openTotal).toBe(3);
    expect(d.openByStatus).toMatchObject({ intake: 1, investigation: 1, 'on-hold': 1, closed: 0 });
    expect(d.openByType).toEqual({ harassment: 2, discrimination: 1 });
  });

  it('buckets open cases by age', () => {
    expect(d.ageing).toEqual({ '0-30': 1, '31-60': 1, '61-90': 0, '90+': 1 });
  });

  it('counts overdue tasks of open cases only', () => {
    expect(d.overdueTasks).toBe(3);
    expect(d.casesWithOverdueTasks).toBe(2);
  });

  it('counts closures of the current quarter by outcome', () => {
    expect(d.closedThisQuarter).toEqual({ 'resolved-action-taken': 1, withdrawn: 1 });
  });

  it('takes the median days to close over every closed case', () => {
    expect(d.medianDaysToClose).toBe(30);
  });

  it('lists people who are respondents in more than one case', () => {
    expect(d.repeatRespondents).toEqual([
      { personId: people.blair, name: 'Blair Nguyễn', caseIds: [id(1), id(4)] },
      { personId: people.drew, name: 'Drew Okafor', caseIds: [id(3), id(6)] },
    ]);
  });

  it('fits the wire schema', () => {
    expect(dashboardSchema.parse({ ...d, today })).toEqual({ ...d, today });
  });

  it('is all zeroes and no median on an empty vault', () => {
    const empty = dashboardOf([], today);
    expect(empty).toMatchObject({
      openTotal: 0,
      medianDaysToClose: null,
      repeatRespondents: [],
      openByType: {},
    });
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([40, 10, 30])).toBe(30);
    expect(median([40, 10, 30, 20])).toBe(25);
  });
});
