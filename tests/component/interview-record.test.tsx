import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '@renderer/api/api-context';
import { GuidesSection } from '@renderer/features/settings/GuidesSection';
import type { Interview } from '@shared/domain/interview';
import { ok } from '@shared/ipc/result';
import { createFakeClient } from './fake-api';
import { hexId, makeDoc, makePerson, withCases } from './fake-cases-api';
import { FAKE_HASH, makeInterview, MAIN_NOW, withInterviews } from './fake-interviews-api';
import { openInterview, renderWorkspace } from './workspace-harness';

const answered: Interview['entries'] = [
  {
    id: hexId(),
    kind: 'question',
    origin: 'guide',
    section: 'Account',
    question: 'What happened?',
    answer: 'She laughed at my accent.',
    verbatim: true,
    at: MAIN_NOW,
    allegationIds: [],
    followUp: null,
  },
];

async function open(interview: Partial<Interview>, integrity?: 'altered') {
  const fake = createFakeClient();
  const alex = makePerson('Alex Morgan');
  const doc = makeDoc({
    number: 'ER-2026-0042',
    title: 'Remarks in the stand-up',
    parties: [{ personId: alex.id, role: 'complainant' }],
    interviews: [makeInterview({ personId: alex.id, ...interview })],
  });
  const store = withCases(fake, { docs: [doc], people: [alex] });
  withInterviews(fake, store);
  if (integrity)
    fake.handle('interviews:get', () =>
      ok({ interview: store.cases.get(doc.id)!.doc.interviews[0]!, integrity }),
    );
  const user = userEvent.setup();
  renderWorkspace(fake, doc.id);
  await openInterview(user, 'Remarks in the stand-up', /Open the interview with Alex/);
  await screen.findByRole('heading', { name: 'Interview with Alex Morgan' });
  return { user, fake, saved: () => store.cases.get(doc.id)!.doc.interviews[0]! };
}

const finalised = { at: MAIN_NOW, by: 'Avery Quinn', sha256: FAKE_HASH };

describe('finalised interviews', { timeout: 20_000 }, () => {
  it('finalise explains itself, then locks the screen and shows the hash', async () => {
    const { user, saved } = await open({ entries: answered });
    expect(screen.getByRole('textbox', { name: 'Answer 1' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Finalise interview…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Finalise this interview?' });
    expect(dialog.textContent).toContain('nothing in it can be edited again');
    expect(dialog.textContent).toContain('SHA-256');
    expect(dialog.textContent).toContain('only dated addenda');
    await user.click(within(dialog).getByRole('button', { name: 'Finalise and lock' }));
    await waitFor(() => expect(saved().finalised).not.toBeNull());
    const seal = await screen.findByRole('region', { name: 'Finalisation' });
    expect(seal.textContent).toContain('Finalised by Avery Quinn');
    expect(seal.textContent).toContain(FAKE_HASH);
    expect(seal.textContent).toContain('Integrity checked');
    // Read-only: no answer fields, no checklist boxes, no guide picker; the quote is shown as one.
    expect(screen.queryByRole('textbox', { name: 'Answer 1' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Apply guide' })).toBeNull();
    expect(document.querySelector('blockquote')?.textContent).toBe('She laughed at my accent.');
  });

  it('warns when main finds the record altered', async () => {
    await open({ entries: answered, finalised }, 'altered');
    const warning = await screen.findByRole('alert');
    expect(warning.textContent).toContain('no longer matches the fingerprint');
  });

  it('validates and adds a dated addendum', async () => {
    const { user, saved } = await open({ entries: answered, finalised });
    await user.click(screen.getByRole('button', { name: 'Add addendum' }));
    expect(screen.getByText('Write the addendum first.')).toBeTruthy();
    await user.type(
      screen.getByRole('textbox', { name: /New addendum/ }),
      'Interviewee called back: it was Tuesday.',
    );
    await user.click(screen.getByRole('button', { name: 'Add addendum' }));
    const list = await screen.findByRole('list', { name: 'Addenda' });
    expect(list.textContent).toContain('Interviewee called back: it was Tuesday.');
    expect(list.textContent).toContain('Avery Quinn');
    expect(saved().addenda).toHaveLength(1);
  });

  it('requires corrections for "signed with corrections" and lists every review', async () => {
    const { user, saved } = await open({ entries: answered, finalised });
    await user.click(screen.getByRole('radio', { name: 'Signed with corrections' }));
    await user.click(screen.getByRole('button', { name: 'Record review' }));
    expect(screen.getByText('Record the corrections.')).toBeTruthy();
    expect(saved().reviews).toHaveLength(0);
    await user.type(screen.getByRole('textbox', { name: /Corrections/ }), 'It was Tuesday.');
    await user.click(screen.getByRole('button', { name: 'Record review' }));
    await user.click(await screen.findByRole('radio', { name: 'Declined to sign' }));
    await user.type(screen.getByRole('textbox', { name: /Reason given/ }), 'Wants advice first');
    await user.click(screen.getByRole('button', { name: 'Record review' }));
    const list = await screen.findByRole('list', { name: 'Statement reviews' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(list.textContent).toContain('Signed with corrections');
    expect(list.textContent).toContain('It was Tuesday.');
    expect(list.textContent).toContain('Declined to sign');
    expect(saved().reviews.map((r) => [r.outcome, r.corrections, r.reason])).toEqual([
      ['signed-with-corrections', 'It was Tuesday.', ''],
      ['declined', '', 'Wants advice first'],
    ]);
  });
});

describe('Settings → Question guides', { timeout: 20_000 }, () => {
  it('edits a built-in guide, then resets it to the original', async () => {
    const fake = createFakeClient();
    const store = withCases(fake);
    const { guides } = withInterviews(fake, store);
    const user = userEvent.setup();
    render(
      <ApiProvider client={fake.client}>
        <GuidesSection />
      </ApiProvider>,
    );
    const list = await screen.findByRole('list', { name: 'Question guides' });
    const first = within(list).getAllByRole('listitem')[0]!;
    const name = first.querySelector('.guides__name')?.textContent ?? '';
    expect(first.textContent).toContain('Built-in');
    await user.click(within(first).getByRole('button', { name: `Edit ${name}` }));
    const dialog = await screen.findByRole('dialog');
    const second = within(dialog).getAllByRole('textbox', { name: /^Question \d+$/ })[1]!;
    const text = (second as HTMLTextAreaElement).value;
    within(dialog).getByRole('button', { name: 'Move question 2 up' }).focus();
    await user.keyboard('{Enter}');
    // Moved to the top, the keyboard stays on the row (its other arrow).
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Move question 1 down'),
    );
    expect(
      (within(dialog).getAllByRole('textbox', { name: /^Question \d+$/ })[0] as HTMLTextAreaElement)
        .value,
    ).toBe(text);
    await user.click(within(dialog).getByRole('button', { name: 'Add question' }));
    const questions = within(dialog).getAllByRole('textbox', { name: /^Question \d+$/ });
    await user.type(questions[questions.length - 1]!, 'Anything else?');
    await user.click(within(dialog).getByRole('button', { name: 'Save guide' }));
    expect(await screen.findByText(`“${name}” saved.`)).toBeTruthy();
    expect(guides[0]?.questions.at(-1)?.text).toBe('Anything else?');
    const edited = within(list).getAllByRole('listitem')[0]!;
    expect(edited.textContent).toContain('Built-in, edited');
    await user.click(within(edited).getByRole('button', { name: `Reset ${name} to the original` }));
    expect(await screen.findByText(`“${name}” is back to its original questions.`)).toBeTruthy();
    expect(guides).toHaveLength(0);
  });

  it('creates a guide of the user’s own, refuses one without questions, and deletes it', async () => {
    const fake = createFakeClient();
    const store = withCases(fake);
    const { guides } = withInterviews(fake, store);
    const user = userEvent.setup();
    render(
      <ApiProvider client={fake.client}>
        <GuidesSection />
      </ApiProvider>,
    );
    await screen.findByRole('list', { name: 'Question guides' });
    await user.click(screen.getByRole('button', { name: 'New guide' }));
    const dialog = await screen.findByRole('dialog', { name: 'New question guide' });
    await user.click(within(dialog).getByRole('button', { name: 'Save guide' }));
    expect(within(dialog).getByText('Give the guide a name.')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Night shift witnesses');
    await user.click(within(dialog).getByRole('button', { name: 'Save guide' }));
    expect(within(dialog).getByText('Write at least one question.')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: 'Section heading 1' }), 'Shift');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Question 1' }),
      'Which shifts did you work that week?',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Misconduct' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save guide' }));
    expect(await screen.findByText('“Night shift witnesses” saved.')).toBeTruthy();
    expect(guides).toEqual([
      expect.objectContaining({
        name: 'Night shift witnesses',
        caseTypes: ['misconduct'],
        questions: [{ section: 'Shift', text: 'Which shifts did you work that week?' }],
      }),
    ]);
    const row = (await screen.findByText('Night shift witnesses')).closest('li')!;
    expect(row.textContent).toContain('Your guide');
    await user.click(within(row).getByRole('button', { name: 'Delete Night shift witnesses' }));
    expect(await screen.findByText('“Night shift witnesses” was deleted.')).toBeTruthy();
    expect(guides).toHaveLength(0);
  });
});
