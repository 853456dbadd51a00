import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesContaining } from '../support/canary';
import { seriousViolations } from './axe';
import type { Locator, Page } from '@playwright/test';
import { HARNESS_CLOCK_START } from '../harness/harness-clock';
import { expect, test } from './fixtures';
import { createVault, PASSPHRASE, shot } from './journey-helpers';

/**
 * Issue #4's journey, from the keyboard and mouse as a specialist would: a harassment complaint
 * with four parties (one named in Vietnamese, one in Chinese), two allegations, evidence imported
 * and linked, findings, an action and closure; then lock, unlock, search and the dashboard.
 */

async function choose(scope: Page | Locator, page: Page, field: RegExp, option: string) {
  await scope.getByRole('button', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addParty(page: Page, role: string, name: string): Promise<void> {
  await choose(page.getByRole('tabpanel'), page, /Role$/, role);
  const person = page.getByRole('combobox', { name: 'Person' });
  await person.fill(name);
  await page.getByRole('option', { name: `Add “${name}” as a new person` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Full name')).toHaveValue(name);
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText(`${name} added as ${role.toLowerCase()}.`)).toBeVisible();
}

test('intake to closure, then lock, unlock, search and the dashboard', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  page.setDefaultTimeout(10_000);
  // Main runs on the harness's fixed clock; the page's "today" (date defaults) must agree with it,
  // as it does in the app, where both read the system clock. Timers keep running.
  await page.clock.setFixedTime(HARNESS_CLOCK_START);
  await page.goto(harness.url);
  await createVault(page, harness);

  // Intake.
  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('button', { name: 'New case' }).click();
  const intake = page.getByRole('dialog');
  await intake.getByLabel('Title', { exact: true }).fill('Comments in the team channel');
  await choose(intake, page, /Case type/, 'Harassment');
  await choose(intake, page, /Intake channel/, 'Email');
  await intake
    .getByLabel(/Account in the reporter/)
    .fill('My team lead posted jokes about my accent in the team channel in March.');
  await intake.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { name: 'Comments in the team channel' })).toBeVisible();
  const number = (await page.getByText(/^ER-\d{4}-\d{4}$/).innerText()).trim();
  await shot(page, '10-workspace');

  // Parties: a complainant, a respondent, and witnesses named in Vietnamese and Chinese.
  await page.getByRole('tab', { name: 'Parties' }).click();
  await addParty(page, 'Complainant', 'Alex Morgan');
  await addParty(page, 'Respondent', 'Priya Raman');
  await addParty(page, 'Witness', 'Nguyễn Thị Minh Khai');
  await addParty(page, 'Witness', '王芳');
  await shot(page, '11-parties');

  // Two allegations against the respondent.
  await page.getByRole('tab', { name: 'Allegations' }).click();
  const statements = [
    'Posted jokes mocking the complainant’s accent in the team channel on 4 March.',
    'Excluded the complainant from the sprint review after she objected on 11 March.',
  ];
  for (const statement of statements) {
    await page.getByLabel('What is alleged').fill(statement);
    await page.getByRole('button', { name: 'Add allegation' }).click();
  }
  // One respondent checkbox per allegation card (React Aria keeps the native input hidden).
  const respondentBoxes = page.getByRole('checkbox', { name: 'Priya Raman' });
  await expect(respondentBoxes).toHaveCount(2);
  for (const i of [0, 1]) {
    await respondentBoxes.nth(i).focus();
    await page.keyboard.press('Space');
    await expect(respondentBoxes.nth(i)).toBeChecked();
  }
  for (const i of [0, 1]) await expect(respondentBoxes.nth(i)).toBeChecked();

  // Evidence: main opens its file dialog, hashes and encrypts the file.
  // The source file lives outside the data directory, so the scan at the end can include it all.
  const evidencePath = join(
    await mkdtemp(join(tmpdir(), 'confidant-e2e-src-')),
    'team-channel-export.txt',
  );
  await writeFile(evidencePath, 'Export of #team-channel, 4 March: the posts in question.\n');
  await page.getByRole('tab', { name: 'Evidence' }).click();
  await page.getByRole('button', { name: 'Import evidence' }).click();
  const importDialog = page.getByRole('dialog');
  await importDialog.getByLabel('Source').fill('Provided by the complainant by email');
  await importDialog.getByLabel('Collected by').fill('Jordan Lee');
  await importDialog.getByLabel('Description').fill('Channel export');
  await harness.queueDialogs([{ kind: 'open', paths: [evidencePath] }]);
  await importDialog.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByText('team-channel-export.txt')).toBeVisible();
  // Viewed inside the app from bytes main decrypts (no file is written), and the view is logged.
  await page.getByRole('button', { name: 'View' }).click();
  await expect(page.getByRole('dialog')).toContainText('Export of #team-channel, 4 March');
  await page.keyboard.press('Escape');
  await shot(page, '12-evidence');

  // Link it to both allegations, then decide each finding with a rationale.
  await page.getByRole('tab', { name: 'Allegations' }).click();
  await page.getByRole('combobox', { name: 'E1 on A1' }).selectOption({ label: 'Supports' });
  await page.getByRole('combobox', { name: 'E1 on A2' }).selectOption({ label: 'Context' });
  await choose(page, page, /Finding on A1/, 'Substantiated');
  await page
    .getByLabel('Rationale for A1')
    .fill('The export shows the posts; two witnesses confirm them.');
  await choose(page, page, /Finding on A2/, 'Not substantiated');
  await page
    .getByLabel('Rationale for A2')
    .fill('The review invitation list predates the objection.');
  await shot(page, '13-allegations');

  // An action, then closure through the status control.
  await page.getByRole('tab', { name: 'Outcome' }).click();
  await choose(page, page, / Action$/, 'Written warning');
  await choose(page, page, /Applies to/, 'Priya Raman');
  await page.getByRole('button', { name: 'Add', exact: true }).last().click();
  await expect(page.getByText(/Written warning/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Change status' }).click();
  await page.getByRole('menuitem', { name: 'Close the case' }).click();
  const closeDialog = page.getByRole('dialog');
  await choose(closeDialog, page, /Outcome/, 'Resolved, action taken');
  await closeDialog.getByLabel('Reason').fill('Findings made; written warning issued.');
  await closeDialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Closed', { exact: true }).first()).toBeVisible();
  await shot(page, '14-closed');

  // Every workspace tab, the case list, the dashboard, people and the palette, light and dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const tab of [
      'Overview',
      'Parties',
      'Allegations',
      'Credibility',
      'Evidence',
      'Timeline',
      'Tasks',
      'Interim measures',
      'Notes',
      'Outcome',
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await seriousViolations(page), `${tab} (${colorScheme})`).toEqual([]);
    }
    for (const screen of ['Cases', 'Dashboard', 'People']) {
      await page.getByRole('link', { name: screen }).click();
      await expect(page.getByRole('main', { name: screen })).toBeVisible();
      expect(await seriousViolations(page), `${screen} (${colorScheme})`).toEqual([]);
    }
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page), `palette (${colorScheme})`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('row', { name: new RegExp(number) }).click();
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // Lock and unlock: everything is still there.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('link', { name: 'Cases' }).click();
  const row = page.getByRole('row', { name: new RegExp(number) });
  await expect(row).toContainText('Comments in the team channel');
  await expect(row).toContainText('Closed');
  await row.click();
  await page.getByRole('tab', { name: 'Parties' }).click();
  for (const name of ['Alex Morgan', 'Priya Raman', 'Nguyễn Thị Minh Khai', '王芳'])
    await expect(page.getByRole('list', { name: 'Parties' })).toContainText(name);
  await page.getByRole('tab', { name: 'Evidence' }).click();
  await expect(page.getByText('team-channel-export.txt')).toBeVisible();
  await page.getByRole('tab', { name: 'Allegations' }).click();
  await expect(page.getByRole('button', { name: /Substantiated Finding on A1/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Not substantiated Finding on A2/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'E1 on A1' })).toHaveValue('supporting');

  // Search finds the case by a witness's name, typed without diacritics, and by the Chinese name.
  for (const query of ['nguyen thi minh', '王芳']) {
    await page.getByRole('link', { name: 'Home' }).click();
    await page.keyboard.press('Control+f');
    const search = page.getByRole('dialog');
    await search.getByRole('combobox').fill(query);
    await expect(search.getByRole('option', { name: new RegExp(number) })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Comments in the team channel' })).toBeVisible();
  }

  // The dashboard counts it among the cases closed this quarter.
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await shot(page, '15-dashboard');
  await expect(page.getByRole('main')).toContainText(/Closed this quarter\s*1/);

  // None of it reached the disk readable: not the names, the account, an allegation or the file.
  const leaks = await filesContaining(harness.dataDirectory, [
    'Nguyễn Thị Minh Khai',
    '王芳',
    'Priya Raman',
    'jokes about my accent',
    'sprint review after she objected',
    'Export of #team-channel',
    'team-channel-export',
  ]);
  expect(leaks).toEqual([]);
});
