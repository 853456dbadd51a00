import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseDoc } from '@shared/domain/case-doc';
import { createFakeClient } from './fake-api';
import { makeDoc, makePerson, withCases } from './fake-cases-api';
import { FAKE_HASH, makeInterview, MAIN_NOW, withInterviews } from './fake-interviews-api';
import { renderWorkspace } from './workspace-harness';

function setup(extra: (ids: { alex: string; sam: string; priya: string }) => Partial<CaseDoc>) {
  const fake = createFakeClient();
  const alex = makePerson('Alex Morgan');
  const sam = makePerson('Sam Ortiz');
  const priya = makePerson('Priya Raman');
  const ids = { alex: alex.id, sam: sam.id, priya: priya.id };
  const doc = makeDoc({
    number: 'ER-2026-0042',
    title: 'Remarks in the stand-up',
    parties: [
      { personId: alex.id, role: 'complainant' },
      { personId: sam.id, role: 'witness' },
      { personId: priya.id, role: 'respondent' },
    ],
    ...extra(ids),
  });
  const store = withCases(fake, { docs: [doc], people: [alex, sam, priya] });
  withInterviews(fake, store);
  const user = userEvent.setup();
  renderWorkspace(fake, doc.id);
  const saved = () => store.cases.get(doc.id)!.doc;
  return { fake, user, doc, saved, ids };
}

async function openTab(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
  await user.click(screen.getByRole('tab', { name: 'Interviews' }));
  return screen.findByRole('list', { name: 'Interview plan' });
}

const rowNames = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.iv-plan__name')?.firstChild?.textContent);

describe('interview plan', { timeout: 20_000 }, () => {
  it('lists the plan in order with statuses, reasons, finalised badges and reviews', async () => {
    const { user } = setup(({ alex, sam, priya }) => ({
      interviews: [
        makeInterview({ personId: priya, role: 'respondent', order: 2 }),
        makeInterview({
          personId: alex,
          order: 0,
          status: 'done',
          scheduledOn: '2026-11-24',
          startTime: '09:30',
          place: 'Room 4',
          finalised: { at: MAIN_NOW, by: 'Avery Quinn', sha256: FAKE_HASH },
          reviews: [
            {
              id: 'f'.repeat(32),
              recordedAt: MAIN_NOW,
              recordedBy: 'Avery Quinn',
              outcome: 'signed-with-corrections',
              on: '2026-11-25',
              corrections: 'It was Tuesday.',
              reason: '',
            },
          ],
        }),
        makeInterview({
          personId: sam,
          role: 'witness',
          order: 1,
          status: 'declined',
          statusReason: 'On leave until January',
        }),
      ],
    }));
    const list = await openTab(user);
    expect(rowNames(list)).toEqual(['Alex Morgan', 'Sam Ortiz', 'Priya Raman']);
    const [first, second, third] = within(list).getAllByRole('listitem');
    expect(first?.textContent).toContain('Nov 24, 2026, 09:30');
    expect(first?.textContent).toContain('Room 4');
    expect(first?.textContent).toContain('Finalised');
    expect(first?.textContent).toContain('Signed with corrections');
    expect(second?.textContent).toContain('Declined');
    expect(second?.textContent).toContain('On leave until January');
    expect(third?.textContent).toContain('Planned');
    // A finalised interview cannot be removed; the first cannot move earlier.
    expect(
      screen.queryByRole('button', { name: 'Remove the interview with Alex Morgan' }),
    ).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Move Alex Morgan earlier' }).hasAttribute('disabled'),
    ).toBe(true);
  });

  it('reorders from the keyboard and keeps focus on the moved row', async () => {
    const { user, fake, saved } = setup(({ alex, sam }) => ({
      interviews: [
        makeInterview({ personId: alex, order: 0 }),
        makeInterview({ personId: sam, role: 'witness', order: 1 }),
      ],
    }));
    const list = await openTab(user);
    const later = screen.getByRole('button', { name: 'Move Alex Morgan later' });
    later.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rowNames(list)).toEqual(['Sam Ortiz', 'Alex Morgan']));
    expect(await screen.findByText('Alex Morgan is now 2 of 2.')).toBeTruthy();
    const reorder = fake.calls.find((c) => c.channel === 'interviews:reorder');
    const [alexIv, samIv] = saved().interviews;
    expect(reorder?.input).toMatchObject({ order: [samIv?.id, alexIv?.id] });
    // At the end it cannot move later, so the keyboard lands on "earlier" or Open, not on body.
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Move Alex Morgan earlier'),
    );
  });

  it('plans an interview for a party in the suggested order', async () => {
    const { user, fake, saved, ids } = setup(({ priya }) => ({
      interviews: [makeInterview({ personId: priya, role: 'respondent', order: 0 })],
    }));
    const list = await openTab(user);
    await user.click(screen.getByRole('button', { name: /Interviewee/ }));
    await user.click(await screen.findByRole('option', { name: 'Alex Morgan — Complainant' }));
    await user.type(screen.getByLabelText('Place or link'), 'Room 4');
    await user.click(screen.getByRole('button', { name: 'Add to plan' }));
    expect(
      await screen.findByText('Interview with Alex Morgan added as number 1 in the plan.'),
    ).toBeTruthy();
    await waitFor(() => expect(rowNames(list)).toEqual(['Alex Morgan', 'Priya Raman']));
    expect(fake.calls.find((c) => c.channel === 'interviews:create')?.input).toMatchObject({
      personId: ids.alex,
      role: 'complainant',
      kind: 'investigation',
      place: 'Room 4',
    });
    expect(saved().interviews).toHaveLength(2);
  });

  it('offers an exit interview in a resignation case', async () => {
    const { user } = setup(() => ({ type: 'resignation-exit' }));
    await openTab(user).catch(() => undefined);
    expect(
      await screen.findByRole('button', { name: /Exit interview.*Kind|Kind.*Exit/ }),
    ).toBeTruthy();
  });

  it('shows main’s refusal to delete an interview with notes', async () => {
    const { user } = setup(({ sam }) => ({
      interviews: [
        makeInterview({
          personId: sam,
          role: 'witness',
          entries: [
            {
              id: 'e'.repeat(32),
              kind: 'question',
              origin: 'ad-hoc',
              section: '',
              question: 'What did you see?',
              answer: 'Nothing much.',
              verbatim: false,
              at: MAIN_NOW,
              allegationIds: [],
              followUp: null,
            },
          ],
        }),
      ],
    }));
    await openTab(user);
    await user.click(screen.getByRole('button', { name: 'Remove the interview with Sam Ortiz' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Couldn’t remove the interview with Sam Ortiz.'.replace('’', "'"),
    );
    expect(alert.textContent).toContain('Notes were taken in this interview');
  });
});
