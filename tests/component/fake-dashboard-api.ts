import type { Person } from '@shared/domain/person';
import type { OutputOf } from '@shared/ipc/contract';
import { ok } from '@shared/ipc/result';
import { createFakeClient, type FakeClient } from './fake-api';

// Case, people and dashboard answers for the dashboard, palette, search and people tests.

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

/** A fake main with the case channels answered; unlocked, in the browser harness by default. */
export function createDashboardClient(runtime: 'harness' | 'electron' = 'harness'): FakeClient {
  const fake = createFakeClient({ appInfo: { runtime } });
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

/** What the cases stand-in screen was asked to open. */
export function handoff(): unknown {
  const text = document.querySelector('[data-testid="case-handoff"]')?.textContent;
  return text ? JSON.parse(text) : null;
}
