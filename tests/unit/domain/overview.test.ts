import { describe, expect, it } from 'vitest';
import { caseOverviewSchema, overviewOf } from '../../../src/shared/domain/case-doc';
import {
  appearancesOf,
  earliestOverdueOn,
  nextDueOn,
  otherCasesOfParties,
  overdueTaskCount,
} from '../../../src/shared/domain/case-overview-rules';
import {
  caseFiltersSchema,
  queryCases,
  type CaseFilters,
} from '../../../src/shared/domain/case-list-query';
import { caseDoc, id, names, overview, people } from './fixtures';

const nameOf = (personId: string) => names[personId];

describe('overviewOf', () => {
  const o = overviewOf(caseDoc(), nameOf);

  it('derives a valid overview with party names from the lookup', () => {
    expect(caseOverviewSchema.parse(o)).toEqual(o);
    expect(o.parties).toEqual([
      { personId: people.alex, name: 'Alex Morgan', role: 'complainant' },
      { personId: people.blair, name: 'Blair Nguyễn', role: 'respondent' },
      { personId: people.casey, name: 'Casey Li', role: 'witness' },
    ]);
    expect(o).toMatchObject({
      number: 'ER-2026-0001',
      status: 'investigation',
      receivedOn: '2026-02-01',
      closedOn: null,
      outcome: null,
      respondentIds: [people.blair],
    });
  });

  it('counts open tasks and keeps their due dates sorted, done and undated ones aside', () => {
    expect(o.openTasks).toBe(3);
    expect(o.openTaskDueDates).toEqual(['2026-02-12', '2026-02-20']);
  });

  it('counts findings per kind, zero included', () => {
    expect(o.findings).toEqual({
      pending: 1,
      substantiated: 1,
      'partially-substantiated': 0,
      'not-substantiated': 0,
      inconclusive: 0,
    });
  });

  it('takes the closure from the workflow and respondents from allegations too', () => {
    const closure = {
      outcome: 'resolved-action-taken' as const,
      closedOn: '2026-03-15',
      reason: '',
    };
    const doc = caseDoc({ workflow: { status: 'closed', resumeTo: null, closure } });
    const allegation = { ...doc.allegations[0]!, respondentIds: [people.drew] };
    const closedOne = overviewOf({ ...doc, allegations: [allegation] }, nameOf);
    expect(closedOne).toMatchObject({
      status: 'closed',
      closedOn: '2026-03-15',
      outcome: 'resolved-action-taken',
    });
    expect(closedOne.respondentIds).toEqual([people.blair, people.drew]);
  });

  it('leaves a name empty rather than failing when the person record is gone', () => {
    expect(overviewOf(caseDoc(), () => undefined).parties[0]?.name).toBe('');
  });
});

describe('due dates read from an overview', () => {
  const o = { openTaskDueDates: ['2026-02-12', '2026-02-20'] };

  it('is not overdue on the due day, and is overdue the day after', () => {
    expect(earliestOverdueOn(o, '2026-02-12')).toBeNull();
    expect(nextDueOn(o, '2026-02-12')).toBe('2026-02-12');
    expect(earliestOverdueOn(o, '2026-02-13')).toBe('2026-02-12');
    expect(nextDueOn(o, '2026-02-13')).toBe('2026-02-20');
    expect(overdueTaskCount(o, '2026-02-21')).toBe(2);
    expect(nextDueOn(o, '2026-02-21')).toBeNull();
  });
});

describe('people across cases', () => {
  const a = overview(1, {
    parties: [
      { personId: people.blair, name: 'Blair', role: 'respondent' },
      { personId: people.alex, name: 'Alex', role: 'complainant' },
    ],
    respondentIds: [people.blair],
  });
  const b = overview(2, {
    parties: [{ personId: people.blair, name: 'Blair', role: 'witness' }],
    respondentIds: [],
    status: 'closed',
    closedOn: '2026-03-10',
    outcome: 'resolved-no-action',
  });
  const c = overview(3, { parties: [{ personId: people.casey, name: 'Casey', role: 'witness' }] });

  it('lists every case a person appears in with their roles', () => {
    expect(appearancesOf([c, b, a], people.blair)).toEqual([
      {
        caseId: id(1),
        number: 'ER-2026-0001',
        title: 'Case 1',
        status: 'investigation',
        roles: ['respondent'],
      },
      {
        caseId: id(2),
        number: 'ER-2026-0002',
        title: 'Case 2',
        status: 'closed',
        roles: ['witness'],
      },
    ]);
  });

  it('summarises the other cases of each party of one case', () => {
    expect(otherCasesOfParties(a, [a, b, c])).toEqual([
      { personId: people.blair, caseCount: 1, asRespondent: 0, openCases: 0 },
    ]);
  });

  it('filters the case list by person, status and overdue, and pages in a stable order', () => {
    const overdue = overview(4, { openTaskDueDates: ['2026-03-01'] });
    const all = [a, b, c, overdue];
    const page = (filters: object, offset = 0, limit = 50) =>
      queryCases(
        all,
        { filters, sort: { field: 'number', direction: 'asc' }, offset, limit },
        '2026-03-05',
      );
    expect(page({ personId: people.blair }).items.map((o) => o.id)).toEqual([id(1), id(2)]);
    expect(page({ status: ['closed'] }).total).toBe(1);
    expect(page({ overdue: true }).items.map((o) => o.id)).toEqual([id(4)]);
    expect(page({}, 1, 2)).toMatchObject({ total: 4, items: [{ id: id(2) }, { id: id(3) }] });
    expect(page({ closed: { from: '2026-03-01' } }).items.map((o) => o.id)).toEqual([id(2)]);
  });

  it('filters the case list by closure outcome; open cases never match one', () => {
    const closed = (n: number, outcome: 'withdrawn' | 'mediated-agreement') =>
      overview(n, { status: 'closed', closedOn: '2026-03-02', outcome });
    const all = [
      a,
      closed(5, 'withdrawn'),
      closed(6, 'mediated-agreement'),
      closed(7, 'withdrawn'),
    ];
    const ids = (filters: CaseFilters) =>
      queryCases(
        all,
        { filters, sort: { field: 'number', direction: 'asc' }, offset: 0, limit: 50 },
        '2026-03-05',
      ).items.map((o) => o.id);
    expect(ids({ outcome: ['withdrawn'] })).toEqual([id(5), id(7)]);
    expect(ids({ outcome: ['withdrawn', 'mediated-agreement'] })).toEqual([id(5), id(6), id(7)]);
    expect(ids({ outcome: [] })).toEqual([id(1), id(5), id(6), id(7)]);
    expect(ids({ outcome: ['referred-out'] })).toEqual([]);
    expect(caseFiltersSchema.safeParse({ outcome: ['withdrawn'] }).success).toBe(true);
    expect(caseFiltersSchema.safeParse({ outcome: ['gone'] }).success).toBe(false);
  });
});
