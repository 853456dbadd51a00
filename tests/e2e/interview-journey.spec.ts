import type { Locator, Page } from '@playwright/test';
import { filesContaining } from '../support/canary';
import { seriousViolations } from './axe';
import { expect, test, type HarnessControl } from './fixtures';
import { createVault, draftOf, PASSPHRASE, press, shot, typeInto } from './journey-helpers';

/**
 * Issue #5's journey, conducted from the keyboard alone (focus, then keys; no clicks): plan an
 * interview with the complainant, give the opening statements, apply the suggested guide, take
 * notes with the shortcuts, flag a follow-up, finalise, add an addendum and record the review;
 * then lock, unlock and check that the record persisted, locked, and never reached the disk
 * readable. The case and its parties are set up through the API, as a fixture.
 */

const ANSWERS = [
  'She said my accent made the stand-up hard to follow, in front of everyone.',
  'It happened on the fourth of March, in the morning stand-up on video.',
];
const QUOTE = '“Nobody can understand a word you say.”';
const AD_HOC_Q = 'Did anyone message you about it afterwards?';
const AD_HOC_A = 'Jordan sent me a private message saying it was out of order.';
const FOLLOW_UP = 'Ask Jordan for the private message';
const ADDENDUM = 'Alex phoned on 5 March to add that Priya apologised privately.';

/** A React Aria select from the keyboard: open it, arrow to the option, Enter. */
async function choose(page: Page, trigger: Locator, option: string | RegExp): Promise<void> {
  await press(trigger, 'Enter');
  const wanted = page.getByRole('option', { name: option });
  await expect(wanted).toBeVisible();
  for (let i = 0; i < 40; i += 1) {
    if (await wanted.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

interface Seeded {
  caseId: string;
  number: string;
}

async function seedCase(
  harness: HarnessControl,
  title: string,
  type: string,
  parties: [string, string][],
): Promise<Seeded> {
  const ids: { personId: string; role: string }[] = [];
  for (const [name, role] of parties) {
    const person = (await harness.call('people:upsert', { person: { name } })) as {
      value: { id: string };
    };
    ids.push({ personId: person.value.id, role });
  }
  const created = (await harness.call('cases:create', {
    title,
    type,
    intake: {
      receivedOn: '2026-03-01',
      channel: 'email',
      reportedBy: null,
      account: '',
      desiredOutcome: '',
      acknowledgedOn: null,
      immediateRisk: false,
    },
    parties: ids,
  })) as { ok: boolean; value: { caseId: string; overview: { number: string } } };
  expect(created.ok).toBe(true);
  return { caseId: created.value.caseId, number: created.value.overview.number };
}

/** Opens a case from the keyboard: Ctrl+F, its number, Enter. */
async function openCase(page: Page, number: string, title: string): Promise<void> {
  await press(page.getByRole('link', { name: 'Home' }));
  await page.keyboard.press('Control+f');
  await page.getByRole('dialog').getByRole('combobox').focus();
  // The search keeps its last query: replace it.
  await page.keyboard.press('Control+a');
  await page.keyboard.type(number);
  await expect(
    page.getByRole('dialog').getByRole('option', { name: new RegExp(number) }),
  ).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await press(tab);
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

async function axeBothSchemes(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    // Reduced motion: the sidebar's colours transition, and axe must see the settled ones.
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    expect(await seriousViolations(page), `${what} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('an interview conducted from the keyboard, finalised, reviewed and kept', async ({
  page,
  harness,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  page.setDefaultTimeout(10_000);
  await page.goto(harness.url);
  await createVault(page, harness, { keyboard: true });
  const seeded = await seedCase(harness, 'Remarks in the stand-up', 'harassment', [
    ['Priya Raman', 'respondent'],
    ['Alex Morgan', 'complainant'],
    ['Jordan Lee', 'witness'],
  ]);
  await openCase(page, seeded.number, 'Remarks in the stand-up');
  await openTab(page, 'Interviews');

  // Plan: respondent first, then the complainant — main puts the complainant first anyway.
  const interviewee = page.getByRole('button', { name: /Interviewee/ });
  for (const party of [
    'Priya Raman — Respondent',
    'Alex Morgan — Complainant',
    'Jordan Lee — Witness',
  ]) {
    await choose(page, interviewee, party);
    await typeInto(page.getByLabel('Place or link'), 'Meeting room 4');
    await press(page.getByRole('button', { name: 'Add to plan' }));
    const name = party.split(' — ')[0]!;
    await expect(
      page.getByText(new RegExp(`^Interview with ${name} added as number`)),
    ).toBeVisible();
  }
  const plan = page.getByRole('list', { name: 'Interview plan' });
  await expect(plan.getByRole('listitem')).toHaveCount(3);
  const names = async () => plan.locator('.iv-plan__name').allInnerTexts();
  expect(
    (await names()).map((n) =>
      n
        .split('\n')[0]
        ?.replace(/Complainant|Witness|Respondent/, '')
        .trim(),
    ),
  ).toEqual(['Alex Morgan', 'Jordan Lee', 'Priya Raman']);
  // Reorder from the keyboard: the witness after the respondent, and back.
  await press(page.getByRole('button', { name: 'Move Jordan Lee later' }));
  await expect(page.getByText('Jordan Lee is now 3 of 3.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Move Jordan Lee earlier' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Jordan Lee is now 2 of 3.')).toBeVisible();
  await shot(page, 'iv-01-plan');
  await axeBothSchemes(page, 'interview plan');

  // Open the complainant's interview.
  await press(page.getByRole('button', { name: /Open the interview with Alex Morgan/ }));
  await expect(page.getByRole('heading', { name: 'Interview with Alex Morgan' })).toBeVisible();
  await typeInto(page.getByLabel('Start time'), '0930AM');
  await press(page.getByRole('button', { name: 'Add attendee' }));
  await typeInto(page.getByLabel('Name, attendee 1'), 'Sam Carter');
  await typeInto(page.getByLabel('Time in, attendee 1'), '0930AM');

  // The opening statements, each ticked with Space.
  for (const label of [
    'Purpose of the meeting',
    'Confidentiality',
    'Non-retaliation',
    'Honesty',
    'Neutrality',
  ]) {
    const box = page.getByRole('checkbox', { name: new RegExp(label) });
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await expect(page.getByText(/^Given at /).first()).toBeVisible();
  const consent = page.getByRole('radio', { name: 'Recorded with consent' });
  await consent.focus();
  await page.keyboard.press('Space');

  // The suggested guide is preselected for a harassment complainant.
  await expect(
    page.getByRole('button', { name: /\(suggested\).*Guide|Guide.*\(suggested\)/ }),
  ).toBeVisible();
  await press(page.getByRole('button', { name: 'Apply guide' }));
  const answer1 = page.getByRole('textbox', { name: 'Answer 1', exact: true });
  await expect(answer1).toBeVisible();

  // Notes, from the keyboard.
  await typeInto(answer1, ANSWERS[0]!);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('textbox', { name: 'Answer 2', exact: true })).toBeFocused();
  await page.keyboard.type(ANSWERS[1]!);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('textbox', { name: 'Answer 3', exact: true })).toBeFocused();
  await page.keyboard.type(QUOTE);
  await page.keyboard.press('Alt+v');
  await expect(page.getByRole('button', { name: 'Verbatim, Answer 3' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Control+Shift+Enter');
  await expect(page.getByRole('textbox', { name: 'Question 4 (asked ad hoc)' })).toBeFocused();
  await page.keyboard.type(AD_HOC_Q);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Answer 4', exact: true })).toBeFocused();
  await page.keyboard.type(AD_HOC_A);
  await page.keyboard.press('Alt+f');
  await expect(page.getByLabel('What needs following up')).toBeFocused();
  await page.keyboard.type(FOLLOW_UP);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Follow-up: ${FOLLOW_UP}`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Answer 4', exact: true })).toBeFocused();
  await page.keyboard.press('Control+j');
  await expect(page.getByRole('textbox', { name: 'Note 5', exact: true })).toBeFocused();
  await page.keyboard.type('Alex paused and took a moment before answering.');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Answer 3', exact: true }).focus();
  await shot(page, 'iv-02-live-notes');
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await shot(page, 'iv-02c-live-notes-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await shot(page, 'iv-02b-interview-top', {
    top: page.getByRole('heading', { name: 'Interview with Alex Morgan' }),
  });
  await axeBothSchemes(page, 'interview screen');

  // The follow-up became a task.
  await openTab(page, 'Tasks');
  await expect(page.getByText(`Interview follow-up: ${FOLLOW_UP}`)).toBeVisible();

  // Finalise: the dialog says what it means; Enter confirms (the confirm button has focus).
  await openTab(page, 'Interviews');
  await press(page.getByRole('button', { name: /Open the interview with Alex Morgan/ }));
  await expect(page.getByRole('textbox', { name: 'Answer 4', exact: true })).toHaveValue(AD_HOC_A);
  await press(page.getByRole('button', { name: 'Finalise interview…' }));
  const dialog = page.getByRole('dialog', { name: 'Finalise this interview?' });
  await expect(dialog).toContainText('SHA-256');
  await expect(dialog.getByRole('button', { name: 'Finalise and lock' })).toBeFocused();
  await page.keyboard.press('Enter');
  const seal = page.getByRole('region', { name: 'Finalisation' });
  await expect(seal).toContainText('Integrity checked');
  await expect(seal).toContainText(/SHA-256 [0-9a-f]{64}/);
  await expect(page.getByRole('textbox', { name: 'Answer 1', exact: true })).toHaveCount(0);

  // An addendum and a review, from the keyboard.
  await typeInto(page.getByRole('textbox', { name: 'New addendum' }), ADDENDUM);
  await press(page.getByRole('button', { name: 'Add addendum' }));
  await expect(page.getByRole('list', { name: 'Addenda' })).toContainText(ADDENDUM);
  const corrections = page.getByRole('radio', { name: 'Signed with corrections' });
  await corrections.focus();
  await page.keyboard.press('Space');
  await press(page.getByRole('button', { name: 'Record review' }));
  await expect(page.getByText('Record the corrections.')).toBeVisible();
  await typeInto(page.getByRole('textbox', { name: /Corrections/ }), 'It was the fifth of March.');
  await press(page.getByRole('button', { name: 'Record review' }));
  await expect(page.getByRole('list', { name: 'Statement reviews' })).toContainText(
    'Signed with corrections',
  );
  await shot(page, 'iv-03-finalised', { top: seal });
  await axeBothSchemes(page, 'finalised interview');

  // Lock and unlock: everything is there, and the record is still locked.
  await press(page.getByRole('button', { name: 'Lock', exact: true }));
  await typeInto(page.getByLabel('Passphrase', { exact: true }), PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await openCase(page, seeded.number, 'Remarks in the stand-up');
  await openTab(page, 'Interviews');
  await expect(plan.getByRole('listitem').first()).toContainText('Finalised');
  await expect(plan.getByRole('listitem').first()).toContainText('Signed with corrections');
  await press(page.getByRole('button', { name: /Open the interview with Alex Morgan/ }));
  await expect(page.getByRole('region', { name: 'Finalisation' })).toContainText(
    'Integrity checked',
  );
  for (const text of [...ANSWERS, AD_HOC_Q, AD_HOC_A, ADDENDUM])
    await expect(page.getByText(text)).toBeVisible();
  await expect(page.locator('blockquote')).toHaveText(QUOTE);
  await expect(page.locator('.iv-facts')).toContainText('09:30');
  await expect(page.locator('.iv-facts')).toContainText('Sam Carter (Note-taker 09:30)');
  await expect(page.locator('.iv-facts')).toContainText('Recorded with consent');
  await expect(page.getByRole('textbox', { name: /^Answer / })).toHaveCount(0);
  // Main refuses any change to the record itself.
  const { value: got } = (await harness.call('cases:get', { caseId: seeded.caseId })) as {
    value: { doc: { interviews: { id: string; rev: number; role: string }[] } };
  };
  const record = got.doc.interviews.find((iv) => iv.role === 'complainant')!;
  const { value: full } = (await harness.call('interviews:get', {
    caseId: seeded.caseId,
    interviewId: record.id,
  })) as { value: { interview: Record<string, unknown> } };
  const draft = draftOf(full.interview);
  const refused = (await harness.call('interviews:update', {
    caseId: seeded.caseId,
    interviewId: record.id,
    expectedRev: record.rev,
    draft: { ...draft, closingNote: 'Rewritten later' },
  })) as { ok: boolean; error?: { code: string } };
  expect(refused.error?.code).toBe('InterviewLocked');

  // An exit interview's structured form, and the guide library, for the screenshots.
  const leaver = await seedCase(harness, 'Resignation of a team lead', 'resignation-exit', [
    ['Morgan Diaz', 'other'],
  ]);
  await openCase(page, leaver.number, 'Resignation of a team lead');
  await openTab(page, 'Interviews');
  await choose(page, page.getByRole('button', { name: /Interviewee/ }), 'Morgan Diaz — Other');
  await press(page.getByRole('button', { name: 'Add to plan' }));
  await press(page.getByRole('button', { name: /Open the interview with Morgan Diaz/ }));
  for (const reason of ['Career advancement', 'Relationship with manager']) {
    const box = page.getByRole('checkbox', { name: reason });
    await box.focus();
    await page.keyboard.press('Space');
  }
  await typeInto(page.getByLabel('Non-compete ends on'), '09302026');
  await shot(page, 'iv-04-exit-form', {
    top: page.getByRole('heading', { name: 'Exit interview', exact: true }),
  });
  await shot(page, 'iv-04b-exit-form-rest', {
    top: page.getByRole('button', { name: /Main reason/ }),
  });
  await axeBothSchemes(page, 'exit interview form');
  await press(page.getByRole('link', { name: 'Settings' }));
  await shot(page, 'iv-05-guides', { top: page.getByRole('heading', { name: 'Question guides' }) });
  await axeBothSchemes(page, 'Settings with question guides');
  await press(page.getByRole('button', { name: 'Edit Harassment — complainant' }));
  await expect(page.getByRole('dialog')).toBeVisible();
  await shot(page, 'iv-06-guide-editor');
  await axeBothSchemes(page, 'question guide editor');
  await page.keyboard.press('Escape');

  // None of what was said reached the disk readable.
  const leaks = await filesContaining(harness.dataDirectory, [
    ANSWERS[0]!,
    AD_HOC_A,
    'Nobody can understand a word',
    FOLLOW_UP,
    ADDENDUM,
    'It was the fifth of March',
  ]);
  expect(leaks).toEqual([]);
});
