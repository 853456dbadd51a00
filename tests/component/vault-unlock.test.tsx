import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient, fakePassphrase, fakeRecoveryKey } from './fake-api';
import { renderVaultStep } from './render-app';

const locked = () => createFakeClient({ vault: 'locked' });
const newPassphrase = 'quiet harbour lantern morning';

describe('unlock', () => {
  it('unlocks with the passphrase, showing progress while the key is derived', async () => {
    const fake = locked();
    const { user } = await renderVaultStep(fake, 'Unlock Casework');
    await user.type(screen.getByLabelText('Passphrase'), fakePassphrase);
    const held = fake.hold('vault:unlock');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByRole('status').textContent).toBe('Unlocking…');
    expect(screen.getByLabelText('Passphrase').hasAttribute('disabled')).toBe(true);
    held.release();
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(fake.calls.find((call) => call.channel === 'vault:unlock')?.input).toEqual({
      passphrase: fakePassphrase,
    });
  });

  it('explains a wrong passphrase with the next step, and lets the user retry', async () => {
    const { user } = await renderVaultStep(locked(), 'Unlock Casework');
    await user.type(screen.getByLabelText('Passphrase'), 'not the passphrase');
    await user.keyboard('{Enter}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("That passphrase didn't unlock the vault.");
    expect(alert.textContent).toContain('Caps Lock');
    expect(alert.textContent).toContain('recovery key');
    const field = screen.getByLabelText('Passphrase');
    expect((field as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(field);
  });

  it('names the next step for damaged or newer vaults', async () => {
    const fake = locked();
    const { user } = await renderVaultStep(fake, 'Unlock Casework');
    fake.failNext('vault:unlock', 'VaultCorrupt', 'The keyslot file is damaged: bad JSON.');
    await user.type(screen.getByLabelText('Passphrase'), fakePassphrase);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Restore vault.json');

    fake.failNext(
      'vault:unlock',
      'UnsupportedVersion',
      'This vault was written by a newer version.',
    );
    await user.type(screen.getByLabelText('Passphrase'), fakePassphrase);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Update Confidant');
  });

  it('warns when Caps Lock is on and shows the passphrase on request', async () => {
    const { user } = await renderVaultStep(locked(), 'Unlock Casework');
    const field = screen.getByLabelText('Passphrase');
    expect(field.getAttribute('type')).toBe('password');
    await user.keyboard('{CapsLock}a');
    expect(screen.getByText('Caps Lock is on.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show as plain text' }));
    expect(field.getAttribute('type')).toBe('text');
  });

  it('switches vault back to the picker', async () => {
    const fake = locked();
    const { user } = await renderVaultStep(fake, 'Unlock Casework');
    await user.click(screen.getByRole('button', { name: 'Switch vault' }));
    expect(await screen.findByRole('heading', { name: 'Open a vault' })).toBeTruthy();
    expect(fake.calls.at(-1)?.channel).toBe('vault:close');
  });
});

describe('recover with the recovery key', () => {
  async function openRecover() {
    const fake = locked();
    const view = await renderVaultStep(fake, 'Unlock Casework');
    await view.user.click(screen.getByRole('button', { name: 'Use recovery key' }));
    await screen.findByRole('heading', { name: 'Recover with your recovery key' });
    return view;
  }

  it('sets a new passphrase and enters the vault', async () => {
    const { user, fake } = await openRecover();
    await user.click(screen.getByLabelText('Recovery key'));
    await user.paste(fakeRecoveryKey.toLowerCase());
    await user.click(screen.getByLabelText('New passphrase'));
    await user.paste(newPassphrase);
    await user.click(screen.getByLabelText('Confirm passphrase'));
    await user.paste(newPassphrase);
    await user.click(screen.getByRole('button', { name: 'Recover' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(fake.calls.find((call) => call.channel === 'vault:recover')?.input).toEqual({
      recoveryKey: fakeRecoveryKey,
      newPassphrase,
    });
  });

  it("shows the parser's message naming the group that looks wrong", async () => {
    const { user } = await openRecover();
    await user.click(screen.getByLabelText('Recovery key'));
    await user.paste(fakeRecoveryKey.replace('JKMN', 'JKMM'));
    await user.click(screen.getByLabelText('New passphrase'));
    await user.paste(newPassphrase);
    await user.click(screen.getByLabelText('Confirm passphrase'));
    await user.paste(newPassphrase);
    await user.click(screen.getByRole('button', { name: 'Recover' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('group 3 looks mistyped');
  });

  it('checks the key length before asking main', async () => {
    const { user, fake } = await openRecover();
    await user.click(screen.getByLabelText('Recovery key'));
    await user.paste('ABCD-EFGH');
    await user.click(screen.getByLabelText('New passphrase'));
    await user.paste(newPassphrase);
    await user.click(screen.getByLabelText('Confirm passphrase'));
    await user.paste(newPassphrase);
    await user.click(screen.getByRole('button', { name: 'Recover' }));
    expect((await screen.findByRole('alert')).textContent).toContain('this one has 8');
    expect(fake.calls.some((call) => call.channel === 'vault:recover')).toBe(false);
  });
});
