import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyExitForm } from '@shared/domain/interview';
import { createFakeClient } from './fake-api';
import { makeDoc, makePerson, withCases } from './fake-cases-api';
import { makeInterview, withInterviews } from './fake-interviews-api';
import { openInterview, renderWorkspace } from './workspace-harness';

describe('exit interview form', { timeout: 20_000 }, () => {
  it('records reasons, the main one, rehire and covenant dates that become reminders', async () => {
    const fake = createFakeClient();
    const leaver = makePerson('Morgan Diaz');
    const doc = makeDoc({
      number: 'ER-2026-0050',
      title: 'Resignation of a team lead',
      type: 'resignation-exit',
      parties: [{ personId: leaver.id, role: 'other' }],
      interviews: [
        makeInterview({ personId: leaver.id, role: 'other', kind: 'exit', exit: emptyExitForm() }),
      ],
    });
    const store = withCases(fake, { docs: [doc], people: [leaver] });
    withInterviews(fake, store);
    const user = userEvent.setup();
    renderWorkspace(fake, doc.id);
    await openInterview(user, 'Resignation of a team lead', /Open the interview with Morgan/);
    expect(await screen.findByRole('heading', { name: 'Exit interview' })).toBeTruthy();
    // The leaver guide is the suggestion for an exit interview.
    expect(screen.getByRole('button', { name: /Exit interview \(suggested\)/ })).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Pay' }));
    await user.click(screen.getByRole('checkbox', { name: 'Relationship with manager' }));
    await user.click(screen.getByRole('button', { name: /Main reason/ }));
    await user.click(await screen.findByRole('option', { name: 'Relationship with manager' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Notice given' })).getByRole('radio', {
        name: 'Yes',
      }),
    );
    await user.click(screen.getByRole('button', { name: /Rehire eligibility/ }));
    await user.click(await screen.findByRole('option', { name: 'Eligible' }));
    await user.type(screen.getByLabelText(/Non-compete ends on/), '2027-03-31');
    expect(screen.getByText(/Each date becomes a dated reminder/)).toBeTruthy();

    const saved = () => store.cases.get(doc.id)!.doc;
    await waitFor(() =>
      expect(saved().interviews[0]?.exit).toMatchObject({
        reasons: ['Pay', 'Relationship with manager'],
        primaryReason: 'Relationship with manager',
        noticeGiven: true,
        rehire: 'eligible',
        nonCompeteEndsOn: '2027-03-31',
      }),
    );
    await waitFor(() =>
      expect(saved().tasks).toEqual([
        expect.objectContaining({
          dueOn: '2027-03-31',
          title: expect.stringMatching(/Non-compete/),
        }),
      ]),
    );
    // Unticking the main reason clears it, so the form never names a reason not ticked.
    await user.click(screen.getByRole('checkbox', { name: 'Relationship with manager' }));
    await waitFor(() => expect(saved().interviews[0]?.exit?.primaryReason).toBeNull());
  });
});
