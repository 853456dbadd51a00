import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseDoc } from '@shared/domain/case-doc';
import { DEMEANOUR_CAUTION, emptyCredibility } from '@shared/domain/credibility';
import { emptyMediation } from '@shared/domain/mediation';
import type { Person } from '@shared/domain/person';
import { createFakeClient } from './fake-api';
import { makeDoc, makePerson, withCases } from './fake-cases-api';
import { renderWorkspace } from './workspace-harness';

function setup(overrides: (p: { lan: Person; wei: Person }) => Partial<CaseDoc>) {
  const fake = createFakeClient();
  const lan = makePerson('Nguyễn Thị Lan');
  const wei = makePerson('张伟');
  const doc = makeDoc({
    number: 'ER-2026-0050',
    title: 'Desk-sharing dispute',
    parties: [
      { personId: lan.id, role: 'complainant' },
      { personId: wei.id, role: 'respondent' },
    ],
    ...overrides({ lan, wei }),
  });
  const store = withCases(fake, { docs: [doc], people: [lan, wei] });
  const user = userEvent.setup();
  renderWorkspace(fake, doc.id);
  const saved = () => store.cases.get(doc.id)!.doc;
  return { user, lan, wei, saved };
}

async function openTab(user: ReturnType<typeof userEvent.setup>, name: string) {
  await screen.findByRole('heading', { name: 'Desk-sharing dispute' });
  await user.click(screen.getByRole('tab', { name }));
}

describe('credibility tab', { timeout: 30_000 }, () => {
  it('starts an assessment per person and saves each factor’s bearing and note', async () => {
    const { user, wei, saved } = setup(() => ({}));
    await openTab(user, 'Credibility');
    const toAssess = await screen.findByRole('list', { name: 'People without an assessment' });
    expect(within(toAssess).getAllByRole('listitem')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Assess credibility: 张伟' }));
    expect(await screen.findByRole('heading', { name: 'Credibility: 张伟' })).toBeTruthy();
    expect(within(toAssess).getAllByRole('listitem')).toHaveLength(1);

    const corroboration = screen.getByRole('group', { name: 'Corroboration' });
    await user.click(within(corroboration).getByRole('button', { name: /Bearing/ }));
    await user.click(await screen.findByRole('option', { name: 'Undermines' }));
    await user.type(
      within(corroboration).getByRole('textbox', { name: 'Note' }),
      'The rota contradicts it.',
    );
    await user.click(screen.getByRole('button', { name: /Overall view/ }));
    await user.click(await screen.findByRole('option', { name: 'Partly credible' }));
    await user.type(screen.getByRole('textbox', { name: 'Conclusion' }), 'Less reliable on dates.');
    await user.tab();
    await waitFor(() => {
      const c = saved().credibility.find((x) => x.personId === wei.id);
      expect(c?.factors.corroboration).toEqual({
        bearing: 'undermines',
        note: 'The rota contradicts it.',
      });
      expect(c?.overall).toBe('partly-credible');
      expect(c?.conclusion).toBe('Less reliable on dates.');
    });
  });

  it('shows the demeanour caution beside demeanour', async () => {
    const { user } = setup(({ lan }) => ({ credibility: [emptyCredibility(lan.id)] }));
    await openTab(user, 'Credibility');
    const demeanour = (await screen.findByRole('group', { name: 'Demeanour' })) as HTMLElement;
    expect(within(demeanour).getByRole('note').textContent).toContain(DEMEANOUR_CAUTION);
    for (const factor of [
      'Inherent plausibility',
      'Motive to falsify',
      'Corroboration',
      'Past record',
    ]) {
      expect(screen.getByRole('group', { name: factor })).toBeTruthy();
    }
  });
});

describe('mediation tab', { timeout: 30_000 }, () => {
  it('is offered on other case types through "Start mediation" on the overview', async () => {
    const { user, saved } = setup(() => ({ type: 'harassment' }));
    await screen.findByRole('heading', { name: 'Desk-sharing dispute' });
    expect(screen.queryByRole('tab', { name: 'Mediation' })).toBeNull();
    expect(screen.getByText(/harassment with a power imbalance/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Start mediation' }));
    expect(await screen.findByRole('tab', { name: 'Mediation' })).toBeTruthy();
    await waitFor(() => expect(saved().mediation).toEqual(emptyMediation()));
  });

  it('marks each party’s caucus notes private and keeps them in that party’s compartment', async () => {
    const { user, lan, saved } = setup(({ lan, wei }) => ({
      type: 'interpersonal-conflict-mediation',
      mediation: {
        ...emptyMediation(),
        participants: [
          { personId: lan.id, consentedOn: '2026-11-02' },
          { personId: wei.id, consentedOn: null },
        ],
      },
    }));
    await openTab(user, 'Mediation');
    const lanBox = await screen.findByRole('region', {
      name: 'Private meeting with Nguyễn Thị Lan',
    });
    const weiBox = screen.getByRole('region', { name: 'Private meeting with 张伟' });
    expect(within(lanBox).getByText('Private — never shared')).toBeTruthy();
    expect(within(weiBox).getByText('Private — never shared')).toBeTruthy();

    await user.click(
      within(lanBox).getByRole('button', { name: 'Add private meeting with Nguyễn Thị Lan' }),
    );
    await user.type(
      within(await within(lanBox).findByRole('group', { name: 'Private meeting 1' })).getByRole(
        'textbox',
        { name: 'Notes' },
      ),
      'Worried about her review.',
    );
    await user.tab();
    await waitFor(() =>
      expect(saved().mediation?.sessions).toEqual([
        expect.objectContaining({
          kind: 'caucus',
          personId: lan.id,
          notes: 'Worried about her review.',
        }),
      ]),
    );
    // The other party's compartment stays empty.
    expect(within(weiBox).queryByRole('textbox')).toBeNull();
  });

  it('records joint sessions, the outcome, numbered terms and the review date', async () => {
    const { user, saved } = setup(({ lan }) => ({
      type: 'interpersonal-conflict-mediation',
      mediation: { ...emptyMediation(), participants: [{ personId: lan.id, consentedOn: null }] },
    }));
    await openTab(user, 'Mediation');
    expect(
      await screen.findByText(/serious misconduct, harassment with a power imbalance/),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Suitable for mediation/ }));
    await user.click(await screen.findByRole('option', { name: 'Yes' }));
    await user.type(screen.getByRole('textbox', { name: 'Mediator' }), 'Đỗ Hoàng Yến');
    await user.click(screen.getByRole('button', { name: 'Add joint session' }));
    await user.type(
      within(await screen.findByRole('group', { name: 'Joint session 1' })).getByRole('textbox', {
        name: 'Notes',
      }),
      'Ground rules agreed.',
    );
    await user.click(
      screen.getByRole('button', { name: /Not reached yet.*Outcome|Outcome.*Not reached yet/ }),
    );
    await user.click(await screen.findByRole('option', { name: 'Full agreement' }));
    await user.type(
      screen.getByRole('textbox', { name: 'New term' }),
      'Desks are assigned weekly.',
    );
    await user.click(screen.getByRole('button', { name: 'Add term' }));
    expect(await screen.findByRole('textbox', { name: 'Term 1' })).toBeTruthy();
    const review = screen.getByLabelText('Review on');
    await user.type(review, '2027-02-01');
    await user.tab();
    await waitFor(() => {
      const m = saved().mediation!;
      expect(m).toMatchObject({ mediator: 'Đỗ Hoàng Yến', suitable: 'yes' });
      expect(m.sessions).toEqual([
        expect.objectContaining({ kind: 'joint', notes: 'Ground rules agreed.' }),
      ]);
      expect(m.agreement).toMatchObject({
        outcome: 'full',
        terms: [expect.objectContaining({ text: 'Desks are assigned weekly.' })],
        reviewOn: '2027-02-01',
      });
    });
    expect(screen.getByText('A reminder task is added to the case for this date.')).toBeTruthy();
  });
});
