import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDashboardClient, expectCaseOpened, ids } from './fake-dashboard-api';
import { renderApp } from './render-app';

const options = () => within(screen.getByRole('listbox')).getAllByRole('option');
const selected = () => options().find((o) => o.getAttribute('aria-selected') === 'true');

describe('command palette', () => {
  it('opens on Ctrl+K, filters commands, runs one with Enter', async () => {
    const { user } = await renderApp(createDashboardClient());
    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: 'Command or case' });
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeTruthy();

    await user.type(input, 'people');
    expect(options()).toHaveLength(1);
    expect(options()[0]?.textContent).toContain('Go to People');
    expect(input.getAttribute('aria-activedescendant')).toBe(selected()?.id);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('main', { name: 'People' })).toBeTruthy();
  });

  it('moves with the arrow keys and closes on Escape, giving focus back', async () => {
    const { user } = await renderApp(createDashboardClient());
    const home = screen.getByRole('link', { name: 'Home' });
    home.focus();
    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox');
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(selected()?.textContent).toContain('Go to Dashboard');
    await user.keyboard('{ArrowDown}');
    expect(selected()?.textContent).toContain('Go to Cases');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(selected()?.textContent).toContain('Lock vault');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(home);
  });

  it('raises app commands like the menu does: Search cases opens search', async () => {
    // New case and Lock go through the same dispatch; the intake (another branch) listens to it.
    const { user } = await renderApp(createDashboardClient());
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox'), 'search');
    expect(options()).toHaveLength(1);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Search cases' })).toBeTruthy();
  });

  it('finds cases through cases:search and opens one', async () => {
    const fake = createDashboardClient();
    const { user } = await renderApp(fake);
    act(() => fake.emit('app:command', { command: 'command-palette' }));
    await user.type(await screen.findByRole('combobox'), 'rota');
    await screen.findByRole('option', { name: /ER-2026-0011/ });
    expect(fake.calls.some((c) => c.channel === 'cases:search')).toBe(true);
    await user.keyboard('{Enter}');
    await expectCaseOpened(fake, ids.caseC);
  });

  it('locks the vault from the palette', async () => {
    const fake = createDashboardClient();
    const { user } = await renderApp(fake);
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('combobox'), 'lock');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(fake.calls.some((c) => c.channel === 'vault:lock')).toBe(true));
  });

  it('leaves the shortcut to the menu in Electron, so it never runs twice', async () => {
    const fake = createDashboardClient('electron');
    const { user } = await renderApp(fake);
    await user.keyboard('{Control>}k{/Control}');
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => fake.emit('app:command', { command: 'command-palette' }));
    expect(await screen.findByRole('dialog', { name: 'Command palette' })).toBeTruthy();
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });
});

describe('search', () => {
  it('opens on Ctrl+F, shows hits with their field and snippet, Enter opens the case', async () => {
    const fake = createDashboardClient();
    const { user } = await renderApp(fake);
    await user.keyboard('{Control>}f{/Control}');
    const input = await screen.findByRole('combobox', { name: 'Search cases' });
    await user.type(input, 'warehouse');
    await screen.findByText('2 matches');
    const [first, second] = options();
    expect(first?.textContent).toContain('ER-2026-0003');
    expect(first?.textContent).toContain('Conduct in the warehouse team');
    expect(first?.textContent).toContain('Party');
    expect(first?.textContent).toContain('…named Chidi Okafor as the respondent…');
    expect(second?.textContent).toContain('Title');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await expectCaseOpened(fake, ids.caseC);
    expect(fake.calls.find((c) => c.channel === 'cases:search')?.input).toEqual({
      query: 'warehouse',
      limit: 25,
    });
  });
});
