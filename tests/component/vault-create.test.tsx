import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ok } from '@shared/ipc/result';
import { createFakeClient, fakeRecoveryKey, fakeVault } from './fake-api';
import { renderVaultStep } from './render-app';

const strong = 'violet tractor umbrella sings';

type User = Awaited<ReturnType<typeof renderVaultStep>>['user'];

/** Pastes into a labelled field: one change, like a password manager, and fast under zxcvbn. */
async function fill(user: User, label: string, text: string) {
  await user.click(screen.getByLabelText(label));
  await user.paste(text);
}

async function openCreateForm() {
  const fake = createFakeClient({ vault: 'closed' });
  const view = await renderVaultStep(fake, 'Open a vault');
  await view.user.click(screen.getByRole('button', { name: 'Create a new vault' }));
  await screen.findByRole('heading', { name: 'Create a vault' });
  return view;
}

describe('create a vault', () => {
  it('creates, shows the recovery key, and enters only after the key is typed back', async () => {
    const { user, fake } = await openCreateForm();
    await fill(user, 'Vault name', 'Northern region');
    await fill(user, 'Passphrase', strong);
    await fill(user, 'Confirm passphrase', strong);
    const create = screen.getByRole('button', { name: 'Create vault' });
    expect(create.hasAttribute('disabled')).toBe(false);
    await user.click(create);
    expect(fake.calls.at(-1)).toEqual({
      channel: 'vault:create',
      input: { name: 'Northern region', passphrase: strong },
    });

    expect(await screen.findByRole('heading', { name: 'Your recovery key' })).toBeTruthy();
    const grid = screen.getByRole('list', { name: /Recovery key, 14 groups/ });
    const groups = within(grid).getAllByRole('listitem');
    expect(groups).toHaveLength(14);
    expect(groups[0]?.textContent).toContain('ABCD');
    expect(groups[13]?.className).toContain('key-group--check');
    expect(screen.getByText(/only way back into the vault/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save emergency kit (PDF)…' }));
    expect(fake.calls.at(-1)?.channel).toBe('vault:save-emergency-kit');
    expect(await screen.findByText(/Emergency kit saved/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'I have stored it' }));
    const field = await screen.findByLabelText('Recovery key');
    await user.click(field);
    await user.paste(fakeRecoveryKey.replace('ABCD', 'ABCE'));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      "That recovery key isn't right.",
    );
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();

    await user.clear(field);
    await user.paste(fakeRecoveryKey.toLowerCase().replaceAll('-', ' '));
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Vault' }).textContent).toContain('Northern region');
  }, 15_000);

  it('blocks a weak passphrase and explains why', async () => {
    const { user } = await openCreateForm();
    await fill(user, 'Vault name', 'Casework 2');
    await fill(user, 'Passphrase', 'password12');
    await fill(user, 'Confirm passphrase', 'password12');
    expect(await screen.findByText(/Make it harder to guess/, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'Passphrase strength' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create vault' }).hasAttribute('disabled')).toBe(
      true,
    );

    await user.clear(screen.getByLabelText('Passphrase'));
    await user.type(screen.getByLabelText('Passphrase'), 'short');
    expect(screen.getByText('Use at least 10 characters.')).toBeTruthy();
  });

  it('says when the confirmation does not match', async () => {
    const { user } = await openCreateForm();
    await fill(user, 'Vault name', 'Casework 2');
    await fill(user, 'Passphrase', strong);
    await fill(user, 'Confirm passphrase', `${strong}x`);
    expect(screen.getByText("The two passphrases don't match yet.")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create vault' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('stays on the form without a message when the folder dialog is cancelled', async () => {
    const { user, fake } = await openCreateForm();
    await fill(user, 'Vault name', 'Casework 2');
    await fill(user, 'Passphrase', strong);
    await fill(user, 'Confirm passphrase', strong);
    fake.failNext('vault:create', 'Cancelled', 'No folder was chosen.');
    await user.click(screen.getByRole('button', { name: 'Create vault' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Create a vault' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create vault' }).hasAttribute('disabled')).toBe(
      false,
    );
  });

  it('explains a folder that already holds something', async () => {
    const { user, fake } = await openCreateForm();
    await fill(user, 'Vault name', 'Casework 2');
    await fill(user, 'Passphrase', strong);
    await fill(user, 'Confirm passphrase', strong);
    fake.failNext('vault:create', 'Conflict', 'A folder named "Casework 2" already exists there.');
    await user.click(screen.getByRole('button', { name: 'Create vault' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('already exists there');
    expect(alert.textContent).toContain('Choose another folder or name');
  });

  it('after a reload keeps the key hidden but still offers the kit and the confirmation', async () => {
    const fake = createFakeClient();
    fake.handle('vault:status', () =>
      ok({ state: 'unlocked', vault: fakeVault, recent: [], recoveryKeyPending: true }),
    );
    const { user } = await renderVaultStep(fake, 'Your recovery key');
    expect(screen.queryByRole('list', { name: /Recovery key, 14 groups/ })).toBeNull();
    expect(screen.getByText(/isn't shown again after the window reloads/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save emergency kit (PDF)…' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'I have stored it' }));
    await user.click(screen.getByLabelText('Recovery key'));
    await user.paste(fakeRecoveryKey);
    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
  });
});
