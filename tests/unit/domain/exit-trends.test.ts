import { describe, expect, it } from 'vitest';
import { dashboardOf } from '../../../src/shared/domain/dashboard';
import { rehireEligibleLeavers, topExitReasons } from '../../../src/shared/domain/exit-trends';
import { dashboardSchema } from '../../../src/shared/ipc/case-contract';
import { id, overview, people } from './fixtures';

const leaver = (n: number, personId: string, name: string, exit: object) =>
  overview(n, {
    type: 'resignation-exit',
    status: n % 2 ? 'closed' : 'action',
    parties: [{ personId, name, role: 'other' }],
    exit: { personId, reasons: [], primaryReason: null, rehire: null, ...exit },
  });

const set = [
  leaver(1, people.alex, 'Nguyễn Văn Minh', {
    reasons: ['Pay', 'Workload'],
    primaryReason: 'Pay',
    rehire: 'eligible',
  }),
  leaver(2, people.blair, '陈静', {
    reasons: ['Workload', 'Relationship with manager'],
    primaryReason: 'Relationship with manager',
    rehire: 'not-eligible',
  }),
  // The main reason not ticked among the others still counts as given.
  leaver(3, people.casey, 'Casey Lee', {
    reasons: ['Workload'],
    primaryReason: 'Relocation',
    rehire: 'eligible',
  }),
  leaver(4, people.drew, 'Drew Okafor', { reasons: ['Pay'], rehire: 'review' }),
  // Not a leaver: no exit summary, counted nowhere.
  overview(5),
];

describe('exit trends', () => {
  it('counts each reason once per leaver, with primary reasons apart', () => {
    expect(topExitReasons(set)).toEqual([
      { reason: 'Workload', mentions: 3, primary: 0 },
      { reason: 'Pay', mentions: 2, primary: 1 },
      { reason: 'Relationship with manager', mentions: 1, primary: 1 },
      { reason: 'Relocation', mentions: 1, primary: 1 },
    ]);
  });

  it('keeps the top reasons only', () => {
    expect(topExitReasons(set, 2).map((r) => r.reason)).toEqual(['Workload', 'Pay']);
  });

  it('lists leavers eligible for rehire with their case, by name', () => {
    expect(rehireEligibleLeavers(set)).toEqual([
      { personId: people.casey, name: 'Casey Lee', caseId: id(3), number: 'ER-2026-0003' },
      { personId: people.alex, name: 'Nguyễn Văn Minh', caseId: id(1), number: 'ER-2026-0001' },
    ]);
  });

  it('is part of the dashboard and fits its wire schema', () => {
    const d = dashboardOf(set, '2026-05-15');
    expect(d.exitReasons[0]).toEqual({ reason: 'Workload', mentions: 3, primary: 0 });
    expect(d.rehireEligible).toHaveLength(2);
    expect(dashboardSchema.parse({ ...d, today: '2026-05-15' }).rehireEligible).toEqual(
      d.rehireEligible,
    );
    expect(dashboardOf([], '2026-05-15')).toMatchObject({ exitReasons: [], rehireEligible: [] });
  });
});
