import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const PASSPHRASE = 'harbour lantern quietly 42';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every screen so far has no serious accessibility violation (${colorScheme})`, async ({
    page,
    harness,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Create a new vault' }).waitFor();
    expect(await seriousViolations(page), 'vault picker').toEqual([]);

    await page.getByRole('button', { name: 'Create a new vault' }).click();
    await page.getByLabel('Vault name').fill('Accessible vault');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    expect(await seriousViolations(page), 'create vault').toEqual([]);

    await harness.queueDialogs([{ kind: 'directory', path: harness.dataDirectory }]);
    const created = page.waitForResponse((r) => r.url().endsWith('/ipc/vault:create'));
    await page.getByRole('button', { name: 'Create vault' }).click();
    const { value } = (await (await created).json()) as { value: { recoveryKey: string } };
    await page.getByRole('button', { name: 'I have stored it' }).waitFor();
    expect(await seriousViolations(page), 'recovery key').toEqual([]);

    await page.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByLabel('Recovery key').fill(value.recoveryKey);
    expect(await seriousViolations(page), 'confirm recovery key').toEqual([]);
    await page.getByRole('button', { name: 'Confirm' }).click();

    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await seriousViolations(page), 'home').toEqual([]);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vault' }).waitFor();
    expect(await seriousViolations(page), 'settings').toEqual([]);

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('button', { name: 'Unlock' }).waitFor();
    expect(await seriousViolations(page), 'unlock').toEqual([]);
    await page.getByRole('button', { name: 'Use recovery key' }).click();
    await page.getByLabel('Recovery key').waitFor();
    expect(await seriousViolations(page), 'recover').toEqual([]);
  });
}
