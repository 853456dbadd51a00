import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '@shared/domain/case-status';
import {
  createDashboardClient,
  expectCaseListFilteredBy,
  expectCaseOpened,
  ids,
} from './fake-dashboard-api';
import { renderApp } from './render-app';

const openStatuses: CaseStatus[] = [
  'intake',
  'assessment',
  'investigation',
  'findings',
  'action',
  'on-hold',
];

async function openDashboard() {
  const fake = createDashboardClient();
  const view = await renderApp(fake);
  await view.user.click(screen.getByRole('link', { name: 'Dashboard' }));
  await screen.findByRole('region', { name: 'Open cases by status' });
  return view;
}

describe('dashboard', () => {
  it('shows the figures from cases:dashboard', async () => {
    await openDashboard();
    const figures = screen.getByRole('region', { name: 'Key figures' });
    expect(
      within(figures).getByRole('button', { name: /^Open\scases\s*9\b.*, show these cases$/ }),
    ).toBeTruthy();
    expect(
      within(figures).getByRole('button', { name: /^Overdue\stasks\s*3\b.*, show these cases$/ }),
    ).toBeTruthy();
    expect(within(figures).getByText('In 2 cases')).toBeTruthy();
    expect(
      within(figures).getByRole('button', {
        name: /^Closed\sthis\squarter\s*3\b.*, show these cases$/,
      }),
    ).toBeTruthy();
    expect(within(figures).getByText('42 days')).toBeTruthy();

    const status = screen.getByRole('region', { name: 'Open cases by status' });
    expect(
      within(status).getByRole('button', { name: /^Investigation\s*4\s*cases, show them$/ }),
    ).toBeTruthy();
    expect(status.querySelector('svg.recharts-surface')).toBeTruthy();
    const ageing = screen.getByRole('region', { name: 'Ageing of open cases' });
    expect(
      within(ageing).getByRole('button', { name: /^Over\s90\sdays\s*1\s*case, show it$/ }),
    ).toBeTruthy();
    const type = screen.getByRole('region', { name: 'Open cases by type' });
    expect(within(type).getAllByRole('button')).toHaveLength(3);
    const repeat = screen.getByRole('region', { name: 'Repeat respondents' });
    expect(within(repeat).getByRole('link', { name: 'Chidi Okafor' })).toBeTruthy();
  });

  it('opens the case list filtered by a bar, from its keyboard alternative', async () => {
    const { user, fake } = await openDashboard();
    const type = screen.getByRole('region', { name: 'Open cases by type' });
    within(type)
      .getByRole('button', { name: /^Misconduct\s*5\s*cases, show them$/ })
      .focus();
    await user.keyboard('{Enter}');
    await expectCaseListFilteredBy(fake, { status: openStatuses, type: ['misconduct'] }, [
      'ER-2026-0003',
      'ER-2026-0007',
    ]);
  });

  it('opens the case list filtered by a clicked bar of the chart itself', async () => {
    const { user, fake } = await openDashboard();
    const ageing = screen.getByRole('region', { name: 'Ageing of open cases' });
    const bars = ageing.querySelectorAll('.recharts-bar-rectangle path');
    expect(bars).toHaveLength(4);
    await user.click(bars[1] as Element);
    await expectCaseListFilteredBy(
      fake,
      {
        status: openStatuses,
        received: { from: '2026-09-21', to: '2026-10-20' },
      },
      ['ER-2026-0007'],
    );
  });

  it("opens the quarter's closed cases of one outcome from its bar", async () => {
    const { user, fake } = await openDashboard();
    const outcome = screen.getByRole('region', { name: 'Closed this quarter by outcome' });
    await user.click(
      within(outcome).getByRole('button', { name: /^Withdrawn\s*1\s*case, show it$/ }),
    );
    await expectCaseListFilteredBy(
      fake,
      {
        status: ['closed'],
        closed: { from: '2026-10-01', to: '2026-11-20' },
        outcome: ['withdrawn'],
      },
      ['ER-2026-0011'],
    );
  });

  it('opens overdue work, repeat respondents and due-soon cases', async () => {
    const { user, fake } = await openDashboard();
    await user.click(
      screen.getByRole('button', { name: /^Overdue\stasks\s*3\b.*, show these cases$/ }),
    );
    await expectCaseListFilteredBy(fake, { status: openStatuses, overdue: true }, ['ER-2026-0003']);

    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    await user.click(
      await screen.findByRole('button', { name: 'Chidi Okafor: 2 cases. Show them' }),
    );
    await expectCaseListFilteredBy(fake, { personId: ids.okafor }, [
      'ER-2026-0003',
      'ER-2026-0007',
    ]);

    await user.click(screen.getByRole('link', { name: 'Dashboard' }));
    const due = await screen.findByRole('region', { name: 'Due soon' });
    const rows = await within(due).findAllByRole('listitem');
    // Overdue first, and marked.
    expect(rows[0]?.textContent).toContain('3 days overdue');
    expect(rows[0]?.textContent).toContain('Acknowledge the complaint');
    expect(rows[1]?.textContent).toContain('In 3 days');
    await user.click(within(rows[0] as HTMLElement).getByRole('link'));
    await expectCaseOpened(fake, ids.caseA);
  });

  it('shows why people leave, main reasons apart, as text beside each bar', async () => {
    await openDashboard();
    const exits = screen.getByRole('region', { name: 'Why people leave' });
    const rows = within(within(exits).getByRole('list', { name: 'Exit reasons' })).getAllByRole(
      'listitem',
    );
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Workload: given by 3 leavers, the main reason for 1',
      'Pay: given by 2 leavers, the main reason for 2',
      'Relocation: given by 1 leaver, the main reason for 0',
    ]);
    expect(rows[1]?.textContent).toContain('2 leavers · main reason for 2');
    expect(exits.querySelectorAll('.exit-reasons__bar[aria-hidden="true"]')).toHaveLength(3);
  });

  it('lists leavers eligible for rehire and opens the case of one', async () => {
    const { user, fake } = await openDashboard();
    const rehire = screen.getByRole('region', { name: 'Eligible for rehire' });
    expect(within(rehire).getByText('Nguyễn Thị Lan')).toBeTruthy();
    await user.click(
      within(rehire).getByRole('link', { name: 'Open case ER-2026-0011 of Nguyễn Thị Lan' }),
    );
    await expectCaseOpened(fake, ids.caseC);
  });
});
