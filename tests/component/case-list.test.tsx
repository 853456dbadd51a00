import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '@renderer/api/api-context';
import { CaseListScreen } from '@renderer/features/cases/CaseListScreen';
import { pagesForRange, toggleSort } from '@renderer/features/cases/case-list-state';
import { createFakeClient } from './fake-api';
import { makeDoc, makePerson, withCases } from './fake-cases-api';
import '@renderer/features/cases/cases.css';

function setup(count = 3) {
  const fake = createFakeClient();
  const dana = makePerson('Dana Okafor');
  const docs = Array.from({ length: count }, (_, i) =>
    makeDoc({
      number: `ER-2026-${String(i + 1).padStart(4, '0')}`,
      title: `Matter ${i + 1}`,
      priority: i === 0 ? 'urgent' : 'normal',
      parties: i === 0 ? [{ personId: dana.id, role: 'respondent' }] : [],
      tasks:
        i === 0
          ? [
              {
                id: 'f'.repeat(32),
                title: 'Acknowledge',
                dueOn: '2026-11-10',
                owner: '',
                done: false,
                doneAt: null,
                source: { kind: 'manual' },
              },
            ]
          : [],
    }),
  );
  const store = withCases(fake, { docs, people: [dana] });
  const onOpen = vi.fn();
  const onNewCase = vi.fn();
  const user = userEvent.setup();
  render(
    <ApiProvider client={fake.client}>
      <CaseListScreen onOpen={onOpen} onNewCase={onNewCase} />
    </ApiProvider>,
  );
  const listCalls = () => fake.calls.filter((c) => c.channel === 'cases:list');
  return { fake, store, onOpen, onNewCase, user, listCalls, docs };
}

describe('case list', { timeout: 20_000 }, () => {
  it('renders a grid row per case with parties and an overdue marker', async () => {
    const { docs } = setup();
    const grid = await screen.findByRole('grid', { name: 'Cases' });
    await within(grid).findByText('Matter 1');
    expect(grid.getAttribute('aria-rowcount')).toBe('4');
    const row = within(grid).getByText('Matter 1').closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('ER-2026-0001')).toBeTruthy();
    expect(within(row).getByText('Dana Okafor')).toBeTruthy();
    expect(within(row).getByText(/Overdue since/)).toBeTruthy();
    expect(within(row).getByText('Urgent')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(`${docs.length} cases`);
  });

  it('asks main for the first page with the default sort, and sorts by a column', async () => {
    const { user, listCalls } = setup();
    await screen.findByText('Matter 1');
    expect(listCalls()[0]?.input).toEqual({
      filters: {},
      sort: { field: 'receivedOn', direction: 'desc' },
      offset: 0,
      limit: 100,
    });
    await user.click(
      within(screen.getByRole('columnheader', { name: /Priority/ })).getByRole('button'),
    );
    await waitFor(() =>
      expect(listCalls().at(-1)?.input).toMatchObject({
        sort: { field: 'priority', direction: 'desc' },
      }),
    );
    const header = screen.getByRole('columnheader', { name: /Priority/ });
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });

  it('sends the chosen filters to cases:list', async () => {
    const { user, listCalls } = setup();
    await screen.findByText('Matter 1');
    await user.click(screen.getByRole('checkbox', { name: 'Overdue tasks only' }));
    await waitFor(() =>
      expect(listCalls().at(-1)?.input).toMatchObject({ filters: { overdue: true } }),
    );
    await screen.findByText('1 case');

    await user.click(within(screen.getByRole('search')).getByRole('button', { name: /Priority/ }));
    await user.click(await screen.findByRole('option', { name: 'Urgent' }));
    await waitFor(() =>
      expect(listCalls().at(-1)?.input).toMatchObject({
        filters: { overdue: true, priority: ['urgent'] },
      }),
    );

    await user.click(within(screen.getByRole('search')).getByRole('button', { name: /Outcome/ }));
    await user.click(await screen.findByRole('option', { name: 'Withdrawn' }));
    await waitFor(() =>
      expect(listCalls().at(-1)?.input).toMatchObject({
        filters: { overdue: true, priority: ['urgent'], outcome: ['withdrawn'] },
      }),
    );

    // No case matches: the empty list offers its own Clear filters too.
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(listCalls().at(-1)?.input).toMatchObject({ filters: {} }));
  });

  it('filters by a person picked from people:list', async () => {
    const { user, listCalls, store } = setup();
    await screen.findByText('Matter 1');
    const dana = [...store.people.values()][0]!;
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'Dana');
    await user.click(await screen.findByRole('option', { name: /Dana Okafor/ }));
    await waitFor(() =>
      expect(listCalls().at(-1)?.input).toMatchObject({ filters: { personId: dana.id } }),
    );
    expect(screen.getByText('Person: Dana Okafor')).toBeTruthy();
  });

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    const { user, onOpen, docs } = setup();
    await screen.findByText('Matter 1');
    const rows = () =>
      screen.getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex') !== '1');
    rows()[0]?.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-rowindex')).toBe('3'));
    await user.keyboard('{Enter}');
    // Default sort is newest received first; all were received the same day, so by number.
    const second = docs.slice().sort((a, b) => b.number.localeCompare(a.number))[1];
    expect(onOpen).toHaveBeenCalledWith(second?.id);
  });

  it('invites creating a first case when the vault has none', async () => {
    const { user, onNewCase } = setup(0);
    await screen.findByRole('heading', { name: 'No cases yet' });
    await user.click(screen.getByRole('button', { name: 'Log your first case' }));
    expect(onNewCase).toHaveBeenCalled();
  });
});

describe('case list paging', () => {
  it('fetches only the pages that hold the rows on screen', () => {
    expect(pagesForRange(0, 30)).toEqual([0]);
    expect(pagesForRange(95, 130)).toEqual([0, 1]);
    expect(pagesForRange(9990, 9999)).toEqual([99]);
  });

  it('flips the direction when the same column is chosen again', () => {
    const sort = toggleSort({ field: 'receivedOn', direction: 'desc' }, 'status');
    expect(sort).toEqual({ field: 'status', direction: 'asc' });
    expect(toggleSort(sort, 'status')).toEqual({ field: 'status', direction: 'desc' });
  });
});
