import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { CaseFilters } from '@shared/domain/case-list-query';
import type { Person } from '@shared/domain/person';
import type { OutputOf } from '@shared/ipc/contract';
import { ok } from '@shared/ipc/result';
import { createFakeClient, type FakeClient } from './fake-api';
import { makeDoc, withCases } from './fake-cases-api';

// Case, people and dashboard answers for the dashboard, palette, search and people tests, on top
// of the case channels from fake-cases-api (cases:list, cases:get…), so the hand-offs land on the
// real Cases screen.

export const ids = {
  caseA: 'a'.repeat(32),
  caseB: 'b'.repeat(32),
  caseC: 'c'.repeat(32),
  nguyen: '1'.repeat(32),
  okafor: '2'.repeat(32),
};

export const fakeDashboard: OutputOf<'cases:dashboard'> = {
  today: '2026-11-20',
  openTotal: 9,
  openByStatus: {
    intake: 2,
    assessment: 1,
    investigation: 4,
    findings: 1,
    action: 0,
    'on-hold': 1,
    closed: 0,
  },
  openByType: { harassment: 3, misconduct: 5, grievance: 1 },
  ageing: { '0-30': 4, '31-60': 2, '61-90': 2, '90+': 1 },
  overdueTasks: 3,
  casesWithOverdueTasks: 2,
  closedThisQuarter: { 'resolved-action-taken': 2, withdrawn: 1 },
  medianDaysToClose: 41.5,
  repeatRespondents: [
    { personId: ids.okafor, name: 'Chidi Okafor', caseIds: [ids.caseA, ids.caseB] },
  ],
  exitReasons: [
    { reason: 'Workload', mentions: 3, primary: 1 },
    { reason: 'Pay', mentions: 2, primary: 2 },
    { reason: 'Relocation', mentions: 1, primary: 0 },
  ],
  rehireEligible: [
    { personId: ids.nguyen, name: 'Nguyễn Thị Lan', caseId: ids.caseC, number: 'ER-2026-0011' },
  ],
};

export const fakeDueSoon: OutputOf<'tasks:due-soon'> = {
  today: '2026-11-20',
  items: [
    {
      caseId: ids.caseB,
      number: 'ER-2026-0007',
      title: 'Expense claims review',
      task: {
        id: 'd'.repeat(32),
        title: 'Send interview invitation',
        dueOn: '2026-11-23',
        owner: '',
        done: false,
        doneAt: null,
        source: { kind: 'manual' },
      },
      overdue: false,
    },
    {
      caseId: ids.caseA,
      number: 'ER-2026-0003',
      title: 'Conduct in the warehouse team',
      task: {
        id: 'e'.repeat(32),
        title: 'Acknowledge the complaint',
        dueOn: '2026-11-17',
        owner: '',
        done: false,
        doneAt: null,
        source: { kind: 'manual' },
      },
      overdue: true,
    },
  ],
};

export const fakeHits: OutputOf<'cases:search'> = {
  hits: [
    {
      caseId: ids.caseA,
      number: 'ER-2026-0003',
      title: 'Conduct in the warehouse team',
      field: 'party',
      snippet: '…named Chidi Okafor as the respondent…',
    },
    {
      caseId: ids.caseC,
      number: 'ER-2026-0011',
      title: 'Warehouse rota grievance',
      field: 'title',
      snippet: 'Warehouse rota grievance',
    },
  ],
  truncated: false,
};

export const fakePerson: Person = {
  id: ids.nguyen,
  name: 'Nguyễn Thị Minh',
  employeeId: 'E-1042',
  title: 'Shift lead',
  department: 'Logistics',
  manager: { kind: 'text', name: 'Sam Patel' },
  location: 'Leeds',
  hireDate: '2019-04-01',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

export const fakeOkafor: Person = {
  id: ids.okafor,
  name: 'Chidi Okafor',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

const warehouse = makeDoc({
  id: ids.caseA,
  number: 'ER-2026-0003',
  title: 'Conduct in the warehouse team',
  type: 'misconduct',
  workflow: { status: 'investigation', resumeTo: null, closure: null },
  parties: [{ personId: ids.okafor, role: 'respondent' }],
  tasks: [fakeDueSoon.items[1]!.task],
});
const expenses = makeDoc({
  id: ids.caseB,
  number: 'ER-2026-0007',
  title: 'Expense claims review',
  type: 'misconduct',
  parties: [{ personId: ids.okafor, role: 'respondent' }],
  tasks: [fakeDueSoon.items[0]!.task],
});

/**
 * The cases the answers above name, stored for cases:list and cases:get: both misconduct cases have
 * Chidi Okafor as respondent, the warehouse case has the overdue task, the expenses case was
 * received 31–60 days ago, the rota grievance is not open.
 */
export const fakeCases = {
  caseA: warehouse,
  caseB: { ...expenses, intake: { ...expenses.intake, receivedOn: '2026-10-01' } },
  caseC: makeDoc({
    id: ids.caseC,
    number: 'ER-2026-0011',
    title: 'Warehouse rota grievance',
    type: 'grievance',
    workflow: {
      status: 'closed',
      resumeTo: null,
      closure: { outcome: 'withdrawn', closedOn: '2026-11-10', reason: 'Resolved informally.' },
    },
  }),
};

/** A fake main with the case channels answered; unlocked, in the browser harness by default. */
export function createDashboardClient(runtime: 'harness' | 'electron' = 'harness'): FakeClient {
  const fake = createFakeClient({ appInfo: { runtime } });
  // The case store first; the people answers below replace its people channels.
  withCases(fake, { docs: Object.values(fakeCases), people: [fakeOkafor] });
  fake.handle('cases:dashboard', () => ok(fakeDashboard));
  fake.handle('tasks:due-soon', () => ok(fakeDueSoon));
  fake.handle('cases:search', ({ query }) => {
    const q = query.toLowerCase();
    return ok({
      hits: fakeHits.hits.filter((h) =>
        `${h.number} ${h.title} ${h.snippet}`.toLowerCase().includes(q),
      ),
      truncated: false,
    });
  });
  let person = fakePerson;
  fake.handle('people:list', () =>
    ok({ items: [{ person, caseCount: 2, respondentCount: 0 }], total: 1 }),
  );
  fake.handle('people:get', () =>
    ok({
      person,
      appearances: [
        {
          caseId: ids.caseA,
          number: 'ER-2026-0003',
          title: 'Conduct in the warehouse team',
          status: 'investigation',
          roles: ['complainant'],
        },
        {
          caseId: ids.caseC,
          number: 'ER-2026-0011',
          title: 'Warehouse rota grievance',
          status: 'closed',
          roles: ['witness', 'manager'],
        },
      ],
    }),
  );
  fake.handle('people:upsert', ({ id, person: input }) => {
    person = { ...input, id: id ?? ids.nguyen, updatedAt: '2026-11-20T12:00:00.000Z' };
    return ok(person);
  });
  return fake;
}

/**
 * Waits for the real case list to ask main for `cases:list` with exactly these filters (its latest
 * call), and to show just the cases with these numbers.
 */
export async function expectCaseListFilteredBy(
  fake: FakeClient,
  filters: CaseFilters,
  numbers: string[],
) {
  await waitFor(() => {
    const lists = fake.calls.filter((c) => c.channel === 'cases:list');
    expect((lists.at(-1)?.input as { filters?: unknown } | undefined)?.filters).toEqual(filters);
  });
  expect(screen.getByRole('main', { name: 'Cases' })).toBeTruthy();
  const grid = await screen.findByRole('grid', { name: 'Cases' });
  await waitFor(() =>
    expect((grid.textContent ?? '').match(/ER-\d{4}-\d{4}/g)?.sort()).toEqual(numbers),
  );
}

/** Waits for the case workspace to load this case through `cases:get` and show its title. */
export async function expectCaseOpened(fake: FakeClient, caseId: string) {
  const doc = Object.values(fakeCases).find((d) => d.id === caseId);
  if (!doc) throw new Error(`no fake case ${caseId}`);
  expect(await screen.findByRole('heading', { level: 2, name: doc.title })).toBeTruthy();
  expect(screen.getByRole('main', { name: 'Cases' })).toBeTruthy();
  expect(fake.calls.filter((c) => c.channel === 'cases:get').at(-1)?.input).toEqual({ caseId });
}
