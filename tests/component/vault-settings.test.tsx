import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeClient, fakePassphrase } from './fake-api';
import { renderApp } from './render-app';

const next = 'quiet harbour lantern morning';

async function openSettings() {
  const fake = createFakeClient();
  const view = await renderApp(fake);
  await view.user.click(screen.getByRole('link', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 2, name: 'Vault' });
  return view;
}

beforeEach(() => {
  vi.spyOn(window.location, 'reload').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Settings → Vault', () => {
  it('changes the passphrase after checking the current one', async () => {
    const { user, fake } = await openSettings();
    await user.click(screen.getByLabelText('Current passphrase'));
    await user.paste('wrong passphrase');
    await user.click(screen.getByLabelText('New passphrase'));
    await user.paste(next);
    await user.click(screen.getByLabelText('Confirm passphrase'));
    await user.paste(next);
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      "That passphrase didn't unlock the vault.",
    );

    await user.clear(screen.getByLabelText('Current passphrase'));
    await user.click(screen.getByLabelText('Current passphrase'));
    await user.paste(fakePassphrase);
    await user.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByText(/Passphrase changed/)).toBeTruthy();
    expect(fake.calls.filter((c) => c.channel === 'vault:change-passphrase').at(-1)?.input).toEqual(
      { current: fakePassphrase, next },
    );
    expect((screen.getByLabelText('New passphrase') as HTMLInputElement).value).toBe('');
  });

  it('replaces the recovery key after the passphrase, then shows the new key once', async () => {
    const { user, fake } = await openSettings();
    await user.click(screen.getByLabelText('Your passphrase'));
    await user.paste('not the passphrase');
    await user.click(screen.getByRole('button', { name: 'Replace recovery key' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      "That passphrase didn't unlock the vault.",
    );
    await user.clear(screen.getByLabelText('Your passphrase'));
    await user.click(screen.getByLabelText('Your passphrase'));
    await user.paste(fakePassphrase);
    await user.click(screen.getByRole('button', { name: 'Replace recovery key' }));
    expect(await screen.findByRole('heading', { name: 'Your recovery key' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save emergency kit (PDF)…' })).toBeTruthy();
    expect(fake.calls.filter((c) => c.channel === 'vault:rotate-recovery-key')).toHaveLength(2);
  });

  it('renames the vault and the sidebar follows', async () => {
    const { user } = await openSettings();
    const name = screen.getByLabelText('Vault name');
    await user.clear(name);
    await user.type(name, 'Casework 2026');
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText('Vault renamed.')).toBeTruthy();
    const sidebar = screen.getByRole('region', { name: 'Vault' });
    expect(within(sidebar).getByText('Casework 2026')).toBeTruthy();
  });

  it('shows the audit checkpoint shortened, with a Copy button', async () => {
    const { user } = await openSettings();
    expect(await screen.findByText('3f9a12bc…5678c07e')).toBeTruthy();
    expect(screen.getByText('42 entries')).toBeTruthy();
    expect(screen.getByText(/outside this computer/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toContain(
      '42 3f9a12bc45de67f0811234567890abcdef1234567890abcdef12345678c07e',
    );
  });

  it('switches vault: closes it and reloads', async () => {
    const { user, fake } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Switch vault' }));
    expect(fake.calls.at(-1)?.channel).toBe('vault:close');
    expect(window.location.reload).toHaveBeenCalledTimes(1);
  });
});
