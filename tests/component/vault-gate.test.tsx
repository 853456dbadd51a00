import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '@renderer/app/App';
import { createFakeClient, fakePassphrase } from './fake-api';
import { renderApp, renderVaultStep } from './render-app';

let reload: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  reload = vi.fn<() => void>();
  vi.spyOn(window.location, 'reload').mockImplementation(reload);
  window.sessionStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('vault gate', () => {
  it('shows the vault picker when no vault is open', async () => {
    await renderVaultStep(createFakeClient({ vault: 'closed' }), 'Open a vault');
    const recent = screen.getByRole('list', { name: 'Recent vaults' });
    expect(within(recent).getByText('Casework')).toBeTruthy();
    expect(within(recent).getByText('/Users/avery/Vaults/Casework')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create a new vault' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open a vault folder…' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(document.title).toBe('Open a vault · Confidant');
  });

  it('shows the unlock screen when the vault is locked', async () => {
    await renderVaultStep(createFakeClient({ vault: 'locked' }), 'Unlock Casework');
    expect(screen.getByText('/Users/avery/Vaults/Casework')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Passphrase'));
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });

  it('shows the frame with the vault name and a Lock button when unlocked', async () => {
    await renderApp();
    const vault = screen.getByRole('region', { name: 'Vault' });
    expect(within(vault).getByText('Casework')).toBeTruthy();
    expect(within(vault).getByRole('button', { name: 'Lock' })).toBeTruthy();
  });

  it('opens a recent vault and follows vault:status-changed', async () => {
    const fake = createFakeClient({ vault: 'closed' });
    const { user } = await renderVaultStep(fake, 'Open a vault');
    await user.click(screen.getByRole('button', { name: 'Open Casework' }));
    expect(await screen.findByRole('heading', { name: 'Unlock Casework' })).toBeTruthy();
    expect(fake.calls.at(-1)).toEqual({
      channel: 'vault:open',
      input: { path: '/Users/avery/Vaults/Casework' },
    });
  });

  it('stays silent when the folder dialog is cancelled', async () => {
    const fake = createFakeClient({ vault: 'closed' });
    const { user } = await renderVaultStep(fake, 'Open a vault');
    fake.failNext('vault:open', 'Cancelled', 'No folder was chosen.');
    await user.click(screen.getByRole('button', { name: 'Open a vault folder…' }));
    expect(fake.calls.at(-1)).toEqual({ channel: 'vault:open', input: {} });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Open a vault' })).toBeTruthy();
  });

  it('removes a vault from the list only after a confirmation that keeps its files', async () => {
    const fake = createFakeClient({ vault: 'closed' });
    const { user } = await renderVaultStep(fake, 'Open a vault');
    await user.click(screen.getByRole('button', { name: 'Remove Casework from list' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('are not deleted');
    await user.click(within(dialog).getByRole('button', { name: 'Remove from list' }));
    expect(fake.calls.at(-1)).toEqual({
      channel: 'vault:forget',
      input: { path: '/Users/avery/Vaults/Casework' },
    });
    expect(await screen.findByText(/No vaults on this computer yet/)).toBeTruthy();
  });

  it('on vault:locked remembers the screen, reloads, and reopens it after unlocking', async () => {
    const fake = createFakeClient();
    const { user, unmount } = await renderApp(fake);
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    act(() => fake.emit('vault:locked', { reason: 'idle' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(window.sessionStorage.getItem('confidant.resume-screen')).toBe('settings');
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();

    // What the reload does: a fresh renderer over a locked vault.
    unmount();
    const locked = createFakeClient({ vault: 'locked' });
    render(<App client={locked.client} />);
    const fresh = userEvent.setup();
    await fresh.type(await screen.findByLabelText('Passphrase'), fakePassphrase);
    await fresh.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('main', { name: 'Settings' })).toBeTruthy();
    expect(window.sessionStorage.getItem('confidant.resume-screen')).toBeNull();
  });

  it('locks from the sidebar button and from the Lock menu command', async () => {
    const fake = createFakeClient();
    const { user } = await renderApp(fake);
    await user.click(screen.getByRole('button', { name: 'Lock' }));
    expect(fake.calls.some((call) => call.channel === 'vault:lock')).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(window.sessionStorage.getItem('confidant.resume-screen')).toBe('home');

    const other = createFakeClient();
    await renderApp(other);
    act(() => other.emit('app:command', { command: 'lock' }));
    await vi.waitFor(() => expect(other.calls.some((c) => c.channel === 'vault:lock')).toBe(true));
  });

  it('pings app:activity on input, at most once every 30 seconds', async () => {
    const fake = createFakeClient();
    const { user } = await renderApp(fake);
    const pings = () => fake.calls.filter((call) => call.channel === 'app:activity').length;
    await user.keyboard('a');
    await user.keyboard('b');
    expect(pings()).toBe(1);
  });
});
