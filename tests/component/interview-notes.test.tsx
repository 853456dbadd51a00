import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '@renderer/api/api-context';
import { CloseGuardProvider } from '@renderer/app/close-guard-context';
import { CaseWorkspace } from '@renderer/features/cases/workspace/CaseWorkspace';
import type { CaseDoc } from '@shared/domain/case-doc';
import type { Interview, InterviewEntry } from '@shared/domain/interview';
import { createFakeClient } from './fake-api';
import { hexId, makeDoc, makePerson, withCases } from './fake-cases-api';
import { makeInterview, MAIN_NOW, withInterviews } from './fake-interviews-api';
import { openInterview, renderWorkspace } from './workspace-harness';

const question = (text: string, section = 'Account'): InterviewEntry => ({
  id: hexId(),
  kind: 'question',
  origin: 'guide',
  section,
  question: text,
  answer: '',
  verbatim: false,
  at: null,
  allegationIds: [],
  followUp: null,
});

async function setup(
  interview: (personId: string) => Partial<Interview> = () => ({}),
  extra: Partial<CaseDoc> = {},
) {
  const fake = createFakeClient();
  const alex = makePerson('Alex Morgan');
  const iv = makeInterview({ personId: alex.id, ...interview(alex.id) });
  const doc = makeDoc({
    number: 'ER-2026-0042',
    title: 'Remarks in the stand-up',
    parties: [{ personId: alex.id, role: 'complainant' }],
    interviews: [iv],
    ...extra,
  });
  const store = withCases(fake, { docs: [doc], people: [alex] });
  withInterviews(fake, store);
  const user = userEvent.setup();
  renderWorkspace(fake, doc.id);
  await openInterview(user, 'Remarks in the stand-up', /Open the interview with Alex/);
  await screen.findByRole('heading', { name: 'Interview with Alex Morgan' });
  const stored = () => store.cases.get(doc.id)!.doc;
  const savedIv = () => stored().interviews[0]!;
  return { fake, user, store, stored, savedIv };
}

describe('interview note flow', { timeout: 40_000 }, () => {
  it('moves through questions, adds ad-hoc questions and notes from the keyboard', async () => {
    const { user, savedIv } = await setup(() => ({
      entries: [question('What happened?'), question('Who was there?')],
    }));
    const first = screen.getByRole('textbox', { name: 'Answer 1' });
    await user.click(first);
    await user.keyboard('She laughed.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Answer 2' }));
    await user.keyboard('Sam.');

    // Ad-hoc question after the current one: type it, Enter, then the answer.
    await user.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
    const asked = screen.getByRole('textbox', { name: 'Question 3 (asked ad hoc)' });
    expect(document.activeElement).toBe(asked);
    await user.keyboard('Who heard?{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Answer 3' }));
    await user.keyboard('Jo.');

    // Verbatim on the current answer, then a free note after it.
    await user.keyboard('{Alt>}v{/Alt}');
    expect(
      screen.getByRole('button', { name: 'Verbatim, Answer 3' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await user.keyboard('{Control>}j{/Control}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Note 4' }));
    await user.keyboard('Upset.');

    await waitFor(() =>
      expect(savedIv().entries.map((e) => [e.kind, e.question, e.answer, e.verbatim])).toEqual([
        ['question', 'What happened?', 'She laughed.', false],
        ['question', 'Who was there?', 'Sam.', false],
        ['question', 'Who heard?', 'Jo.', true],
        ['note', '', 'Upset.', false],
      ]),
    );
    // The first keystroke stamped each answer; main's clock replaced the renderer's time.
    expect(savedIv().entries.every((e) => e.at === MAIN_NOW)).toBe(true);
    // Ctrl+Enter on the last entry asks a new question at the end.
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(document.activeElement).toBe(
      screen.getByRole('textbox', { name: 'Question 5 (asked ad hoc)' }),
    );
  });

  it('flags a follow-up with Alt+F and main turns it into a task', async () => {
    const { user, stored } = await setup(() => ({ entries: [question('What happened?')] }));
    await user.click(screen.getByRole('textbox', { name: 'Answer 1' }));
    await user.keyboard('There is a chat log.');
    await user.keyboard('{Alt>}f{/Alt}');
    const form = screen.getByRole('form', { name: 'Follow-up' });
    await user.keyboard('{Enter}');
    expect(within(form).getByText('Say what needs following up.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText('What needs following up'));
    await user.keyboard('Ask IT for the chat log');
    await user.type(within(form).getByLabelText('Due (optional)'), '2026-11-27');
    await user.click(within(form).getByRole('button', { name: 'Save follow-up' }));
    expect(screen.getByText(/^Follow-up: Ask IT for the chat log · Due/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Answer 1' }));
    await waitFor(() =>
      expect(stored().tasks).toEqual([
        expect.objectContaining({
          title: 'Interview follow-up: Ask IT for the chat log',
          dueOn: '2026-11-27',
        }),
      ]),
    );
    // The workspace re-read the case, so the Tasks tab shows it.
    await user.click(screen.getByRole('tab', { name: 'Tasks' }));
    expect(await screen.findByText('Interview follow-up: Ask IT for the chat log')).toBeTruthy();
  });

  it('tags a question with the allegations it bears on', async () => {
    const allegation = {
      id: hexId(),
      label: 'A1',
      statement: 'Mocked the complainant’s accent in the stand-up.',
      policy: '',
      respondentIds: [],
      complainantIds: [],
      protectedCharacteristics: [],
      dates: [],
      finding: 'pending' as const,
      rationale: '',
    };
    const { user, savedIv } = await setup(() => ({ entries: [question('What happened?')] }), {
      allegations: [allegation],
    });
    const tags = screen.getByRole('group', { name: 'Allegations for Answer 1' });
    await user.click(within(tags).getByRole('checkbox', { name: 'A1' }));
    await waitFor(() => expect(savedIv().entries[0]?.allegationIds).toEqual([allegation.id]));
  });

  it('stamps the opening checklist with main’s time', async () => {
    const { user, savedIv } = await setup();
    await user.click(screen.getByRole('checkbox', { name: /Confidentiality/ }));
    await waitFor(() => expect(savedIv().admonitions.confidentiality).toBe(MAIN_NOW));
    const time = new Date(MAIN_NOW).toLocaleTimeString('en', {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    expect(await screen.findByText(`Given at ${time}`)).toBeTruthy();
  });
});

describe('interview notes and the close guard', { timeout: 20_000 }, () => {
  it('sends an answer still in the debounce window before app:ready-to-close', async () => {
    const fake = createFakeClient();
    const alex = makePerson('Alex Morgan');
    const doc = makeDoc({
      number: 'ER-2026-0042',
      title: 'Remarks in the stand-up',
      parties: [{ personId: alex.id, role: 'complainant' }],
      interviews: [makeInterview({ personId: alex.id, entries: [question('What happened?')] })],
    });
    const store = withCases(fake, { docs: [doc], people: [alex] });
    withInterviews(fake, store);
    const user = userEvent.setup();
    render(
      <ApiProvider client={fake.client}>
        <CloseGuardProvider>
          <CaseWorkspace caseId={doc.id} onBack={() => {}} onOpenCase={() => {}} />
        </CloseGuardProvider>
      </ApiProvider>,
    );
    await openInterview(user, 'Remarks in the stand-up', /Open the interview with Alex/);
    const answer = await screen.findByRole('textbox', { name: 'Answer 1' });
    await user.click(answer);
    await user.paste('Said just before the window closed.');
    const channels = () => fake.calls.map((c) => c.channel);
    expect(channels()).not.toContain('interviews:update');
    fake.emit('app:before-close', {});
    await waitFor(() => expect(channels()).toContain('app:ready-to-close'));
    expect(channels().indexOf('interviews:update')).toBeLessThan(
      channels().indexOf('app:ready-to-close'),
    );
    expect(store.cases.get(doc.id)?.doc.interviews[0]?.entries[0]?.answer).toBe(
      'Said just before the window closed.',
    );
  });
});
