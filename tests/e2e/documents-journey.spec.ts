import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { filesContaining } from '../support/canary';
import { HARNESS_CLOCK_START } from '../harness/harness-clock';
import { seriousViolations } from './axe';
import { expect, test, type HarnessControl } from './fixtures';
import { createVault, scrollToTop, shot } from './journey-helpers';

/**
 * Issue #6 point 9: the Documents tab end to end. A case with a complainant and a respondent and
 * one allegation; the letterhead set in Settings → Documents; the investigation report generated,
 * previewed from the bytes with pdf.js and saved through main's (scripted) dialog; then the
 * redacted copy, which must not carry a real name; axe on the tab; nothing readable in the vault.
 */

const COMPLAINANT = 'Alex Morgan';
const RESPONDENT = 'Priya Raman';
const ALLEGATION = 'Mocked the complainant’s accent in the stand-up on 4 March.';
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SCOPE = 'Whether the respondent mocked the complainant’s accent in March stand-ups.';

/** The case through the harness's IPC (the intake UI has its own journey in case-journey). */
async function createCase(harness: HarnessControl): Promise<void> {
  const person = async (name: string, dateOfBirth?: string) => {
    const result = (await harness.call('people:upsert', {
      person: { name, ...(dateOfBirth ? { dateOfBirth } : {}) },
    })) as {
      value: { id: string };
    };
    return result.value.id;
  };
  const complainant = await person(COMPLAINANT);
  // Over 40 on the delivery date: the separation agreement's age-waiver rules apply.
  const respondent = await person(RESPONDENT, '1970-04-01');
  const created = (await harness.call('cases:create', {
    title: 'Remarks in the stand-up',
    type: 'harassment',
    intake: {
      receivedOn: '2026-02-20',
      channel: 'email',
      reportedBy: complainant,
      account: 'Repeated remarks about my accent in the Monday stand-up.',
      desiredOutcome: 'That it stops.',
      acknowledgedOn: null,
      immediateRisk: false,
    },
    parties: [
      { personId: complainant, role: 'complainant' },
      { personId: respondent, role: 'respondent' },
    ],
  })) as { ok: boolean };
  expect(created.ok).toBe(true);
}

async function choose(page: Page, field: RegExp, option: string): Promise<void> {
  await page.getByRole('button', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });

test('generate, preview and save the investigation report, then a redacted copy', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  page.setDefaultTimeout(15_000);
  await page.clock.setFixedTime(HARNESS_CLOCK_START);
  await page.goto(harness.url);
  await createVault(page, harness);
  await createCase(harness);

  // Settings → Documents: the letterhead every document needs.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Organisation name').fill('Northwind Traders Inc.');
  await page.getByLabel('Address').fill('100 Market Street\nSan Francisco, CA 94105');
  await page.getByLabel('Contact name').fill('Jordan Lee');
  // The logo: main's open dialog (scripted) picks the file; main reads and checks it.
  const logoPath = join(await mkdtemp(join(tmpdir(), 'confidant-e2e-logo-')), 'logo.png');
  await writeFile(logoPath, Buffer.from(PNG_1PX, 'base64'));
  await harness.queueDialogs([{ kind: 'open', paths: [logoPath] }]);
  await page.getByRole('button', { name: 'Choose logo…' }).click();
  await expect(page.getByRole('img', { name: 'The letterhead logo' })).toBeVisible();
  await page.getByRole('button', { name: 'Save document settings' }).click();
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible();
  await scrollToTop(page.getByRole('heading', { name: 'Documents' }));
  await shot(page, '20-settings-documents');
  await scrollToTop(page.getByText('Who employees contact about their paperwork'));
  await shot(page, '20b-settings-logo-clauses');

  // The case, with one allegation.
  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('row', { name: /Remarks in the stand-up/ }).click();
  await page.getByRole('tab', { name: 'Allegations' }).click();
  await page.getByLabel('What is alleged').fill(ALLEGATION);
  await page.getByRole('button', { name: 'Add allegation' }).click();
  await expect(page.getByText(ALLEGATION)).toBeVisible();

  // Documents: every kind main lists, with what is missing in words.
  await page.getByRole('tab', { name: 'Documents' }).click();
  const kinds = page.getByRole('list', { name: 'Documents this case can produce' });
  await expect(kinds.getByRole('heading', { name: 'Investigation report' })).toBeVisible();
  await expect(kinds).toContainText('Interview statement');
  await expect(kinds).toContainText('A finalised interview: finalise the interview record first');
  await expect(kinds).toContainText('A finding for allegation A1');
  await expect(kinds).toContainText(
    'The termination date: the effective date of the termination action.',
  );
  await shot(page, '21-documents-list');

  // The report's inputs, then Generate: the pages appear, drawn from the bytes.
  await page.getByRole('button', { name: 'Prepare: Investigation report' }).click();
  await scrollToTop(page.getByRole('heading', { name: 'Investigation report', level: 3 }));
  await shot(page, '21b-report-form');
  await page.getByLabel('Commissioned by').fill('Dana Whitfield, VP People');
  await page.getByLabel('Scope of the investigation').fill(SCOPE);
  await page.getByLabel('Policies and standards').fill('Dignity at Work policy\nCode of Conduct');
  await page.getByRole('button', { name: 'Generate Investigation report' }).click();
  const pages = page.getByRole('region', { name: 'Pages of the Investigation report' });
  await expect(pages.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  const pageCount = Number(
    await page.locator('.doc-facts div', { hasText: 'Pages' }).locator('dd').innerText(),
  );
  expect(pageCount).toBeGreaterThan(1);
  await expect(page.getByText(`${pageCount} pages`)).toBeVisible();
  await expect(pages.locator('canvas')).toHaveCount(pageCount);
  const shownSha = (await page.getByTestId('preview-sha256').innerText()).trim();
  expect(shownSha).toMatch(/^[0-9a-f]{64}$/);
  // Focus moves to the preview, so a keyboard or screen-reader user lands on what appeared.
  await expect(page.getByRole('region', { name: 'Preview: Investigation report' })).toBeFocused();
  await shot(page, '22-report-preview');

  // Save… through main's dialog (scripted); the file is the previewed bytes.
  const out = await mkdtemp(join(tmpdir(), 'confidant-e2e-docs-'));
  const fullPath = join(out, 'report.pdf');
  await harness.queueDialogs([{ kind: 'save', path: fullPath }]);
  await page.getByRole('button', { name: 'Save…' }).click();
  await expect(page.getByText(`Saved to ${fullPath}`)).toBeVisible();
  const savedSha = (await page.getByTestId('saved-sha256').innerText()).trim();
  const full = await readFile(fullPath);
  expect(full.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(sha256(full)).toBe(savedSha);
  expect(savedSha).toBe(shownSha);
  expect(pdfText(fullPath)).toContain(RESPONDENT);
  await shot(page, '23-report-saved');

  // The redacted copy: role labels instead of names, in the preview's file and on disk.
  // React Aria keeps the native input visually hidden: from the keyboard, as in case-journey.
  const redactedBox = page.getByRole('checkbox', { name: /Redacted copy/ });
  await redactedBox.focus();
  await page.keyboard.press('Space');
  await expect(redactedBox).toBeChecked();
  await page.getByRole('button', { name: 'Generate Investigation report' }).click();
  await expect(page.getByRole('list', { name: 'About this copy' })).toContainText('Redacted');
  await expect(pages.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  const redactedPath = join(out, 'report-redacted.pdf');
  await harness.queueDialogs([{ kind: 'save', path: redactedPath }]);
  await page.getByRole('button', { name: 'Save…' }).click();
  await expect(page.getByText(`Saved to ${redactedPath}`)).toBeVisible();
  const redacted = await readFile(redactedPath);
  expect(sha256(redacted)).toBe((await page.getByTestId('saved-sha256').innerText()).trim());
  const redactedText = pdfText(redactedPath);
  expect(redactedText).toContain('Respondent');
  for (const name of [COMPLAINANT, RESPONDENT, 'Priya', 'Raman', 'Morgan'])
    expect(redactedText).not.toContain(name);
  await shot(page, '24-redacted-preview');

  await page
    .getByRole('region', { name: 'Pages of the Investigation report' })
    .scrollIntoViewIfNeeded();
  await shot(page, '24b-redacted-pages');

  // A termination in the outcome makes the separation agreement available; its risks show
  // before anything is generated: no time to consider at 55, and a confidentiality clause.
  await page.getByRole('tab', { name: 'Outcome' }).click();
  await choose(page, / Action$/, 'Termination');
  await choose(page, /Applies to/, RESPONDENT);
  await page.getByLabel('Effective on').fill('2026-03-31');
  await page.getByRole('button', { name: 'Add', exact: true }).last().click();
  await page.getByRole('tab', { name: 'Documents' }).click();
  await page.getByRole('button', { name: 'Prepare: Separation agreement' }).click();
  await page.getByLabel('Signed for the employer by').fill('Jordan Lee');
  await page.getByLabel('Governing state').fill('California');
  await page.getByLabel('Agreement handed over on').fill('2026-03-10');
  await page.getByLabel('Consideration offered').fill('Eight weeks of base pay');
  await page.getByLabel('Days to consider').fill('0');
  const confidentiality = page.getByRole('checkbox', { name: 'Include a confidentiality clause' });
  await confidentiality.focus();
  await page.keyboard.press('Space');
  const risks = page.getByRole('region', { name: /Before you generate: \d+ legal risks?/ });
  await expect(risks).toContainText('The employee is 55: the release must allow 21 days');
  await expect(risks).toContainText('McLaren Macomb');
  await expect(risks).toContainText('verify for your jurisdiction');
  await scrollToTop(risks);
  await shot(page, '26-separation-risks');

  // Generated with an opening password: the preview opens it in memory with the same password.
  const protect = page.getByRole('checkbox', { name: 'Protect the PDF with a password' });
  await protect.focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Password', { exact: true }).fill('open sesame 42');
  await page.getByLabel('Confirm password').fill('open sesame 42');
  await page.getByRole('button', { name: 'Generate Separation agreement' }).click();
  await expect(page.getByRole('list', { name: 'About this copy' })).toContainText(
    'Password-protected',
  );
  const agreementPages = page.getByRole('region', { name: 'Pages of the Separation agreement' });
  await expect(agreementPages.locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await shot(page, '27-protected-preview');
  await scrollToTop(risks);

  // Accessibility of the tab with a form, its risks and a preview on it, light and dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), `Documents (${colorScheme})`).toEqual([]);
  }
  await scrollToTop(risks);
  await shot(page, '25-documents-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Nothing readable reached the data directory: not the names, the allegation or the scope.
  const leaks = await filesContaining(harness.dataDirectory, [
    COMPLAINANT,
    RESPONDENT,
    ALLEGATION,
    SCOPE,
    'Dana Whitfield',
    'Dignity at Work policy',
    'Northwind Traders',
  ]);
  expect(leaks).toEqual([]);
});
