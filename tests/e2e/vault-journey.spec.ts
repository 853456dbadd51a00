import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { filesContaining } from '../support/canary';
import { expect, test, type HarnessControl } from './fixtures';

const PASSPHRASE = 'harbour lantern quietly 42';

/** Creates a vault through the UI and returns the recovery key main produced. */
async function createVault(page: Page, harness: HarnessControl, name: string): Promise<string> {
  await harness.queueDialogs([{ kind: 'directory', path: harness.dataDirectory }]);
  const created = page.waitForResponse((r) => r.url().endsWith('/ipc/vault:create'));
  await page.getByRole('button', { name: 'Create a new vault' }).click();
  await page.getByLabel('Vault name').fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  const body = (await (await created).json()) as { ok: boolean; value: { recoveryKey: string } };
  expect(body.ok).toBe(true);
  return body.value.recoveryKey;
}

async function switchVault(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Switch vault' }).click();
}

async function confirmRecoveryKey(page: Page, recoveryKey: string): Promise<void> {
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Confirm' }).click();
}

test('create a vault, keep the recovery key, work, lock and unlock', async ({ page, harness }) => {
  await page.goto(harness.url);
  const recoveryKey = await createVault(page, harness, 'Northwind investigations');

  // The key is shown once, grouped, and the emergency kit is saved where the user chose.
  for (const group of recoveryKey.split('-'))
    await expect(page.getByText(group, { exact: true })).toBeVisible();
  const kitPath = join(harness.dataDirectory, 'kit.pdf');
  await harness.queueDialogs([{ kind: 'save', path: kitPath }]);
  await page.getByRole('button', { name: 'Save emergency kit (PDF)…' }).click();
  await expect
    .poll(async () => (await stat(kitPath).catch(() => null))?.size ?? 0)
    .toBeGreaterThan(10_000);
  expect((await readFile(kitPath)).subarray(0, 5).toString()).toBe('%PDF-');

  // A wrong key is refused with a message; the right one enters the app.
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await page.getByLabel('Recovery key').fill('0000 '.repeat(14));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // A preference change reaches main and persists.
  await page.getByRole('link', { name: 'Settings' }).click();
  // React Aria keeps the native radio visually hidden: choose it by its label, as a user does.
  await page.getByRole('radiogroup', { name: 'Theme' }).getByText('Dark', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await harness.call('preferences:get')).toMatchObject({ value: { theme: 'dark' } });

  // Lock: the renderer reloads to the unlock screen; a wrong passphrase is named, not "corrupt".
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText(/passphrase/i);
  expect(await harness.call('vault:status')).toMatchObject({ value: { state: 'locked' } });

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Unlocking returns to where the user was.
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await harness.call('vault:status')).toMatchObject({ value: { state: 'unlocked' } });

  // Nothing secret reached the disk in any encoding, except the kit the user chose to save.
  const leaks = await filesContaining(
    harness.dataDirectory,
    [PASSPHRASE, recoveryKey],
    (p) => p === kitPath,
  );
  expect(leaks).toEqual([]);
  // Positive control: the display name (documented as not secret) is found in the recent list.
  expect(await filesContaining(harness.dataDirectory, ['Northwind investigations'])).not.toEqual(
    [],
  );
});

test('recover with the recovery key and set a new passphrase', async ({ page, harness }) => {
  await page.goto(harness.url);
  const recoveryKey = await createVault(page, harness, 'Recovery drill');
  await confirmRecoveryKey(page, recoveryKey);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByRole('button', { name: 'Use recovery key' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByLabel('New passphrase', { exact: true }).fill('a completely new passphrase 7');
  await page.getByLabel('Confirm passphrase').fill('a completely new passphrase 7');
  await page.getByRole('button', { name: 'Recover' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  // The old passphrase no longer opens the vault; the new one does.
  expect(await harness.call('vault:lock')).toMatchObject({ ok: true });
  expect(await harness.call('vault:unlock', { passphrase: PASSPHRASE })).toMatchObject({
    ok: false,
    error: { code: 'WrongPassphrase' },
  });
  expect(
    await harness.call('vault:unlock', { passphrase: 'a completely new passphrase 7' }),
  ).toMatchObject({
    ok: true,
  });
});

test('switch between two vaults from the recent list', async ({ page, harness }) => {
  await page.goto(harness.url);
  await confirmRecoveryKey(page, await createVault(page, harness, 'Client Alpha'));
  await switchVault(page);
  await confirmRecoveryKey(page, await createVault(page, harness, 'Client Beta'));
  await switchVault(page);
  await expect(page.getByText('Client Alpha', { exact: true })).toBeVisible();
  await expect(page.getByText('Client Beta', { exact: true })).toBeVisible();
  await page
    .getByRole('button', { name: /Open.*Client Alpha|Client Alpha/ })
    .first()
    .click();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(await harness.call('vault:status')).toMatchObject({
    value: { state: 'unlocked', vault: { name: 'Client Alpha' } },
  });
});
