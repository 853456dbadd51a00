import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '@renderer/api/api-context';
import { CaseWorkspace } from '@renderer/features/cases/workspace/CaseWorkspace';
import type { CaseDoc } from '@shared/domain/case-doc';
import type { Person } from '@shared/domain/person';
import { createFakeClient } from './fake-api';
import { makeDoc, makePerson, withCases } from './fake-cases-api';

function setup(given: Partial<CaseDoc> | ((sam: Person) => Partial<CaseDoc>) = {}) {
  const fake = createFakeClient();
  const sam = makePerson('Sam Ortiz', { title: 'Team lead', department: 'Operations' });
  const overrides = typeof given === 'function' ? given(sam) : given;
  const other = makeDoc({
    number: 'ER-2025-0099',
    parties: [{ personId: sam.id, role: 'witness' }],
  });
  const older = makeDoc({
    number: 'ER-2026-0012',
    parties: [{ personId: sam.id, role: 'respondent' }],
  });
  const doc = makeDoc({ number: 'ER-2026-0042', title: 'Remarks in the stand-up', ...overrides });
  const store = withCases(fake, { docs: [doc, other, older], people: [sam] });
  const user = userEvent.setup();
  const onOpenCase = vi.fn();
  render(
    <ApiProvider client={fake.client}>
      <CaseWorkspace caseId={doc.id} onBack={() => {}} onOpenCase={onOpenCase} />
    </ApiProvider>,
  );
  const saved = () => store.cases.get(doc.id)!;
  return { fake, store, user, doc, sam, saved, onOpenCase };
}

describe('case workspace', { timeout: 20_000 }, () => {
  it('shows the header with number, title, status and a saved state', async () => {
    setup({ legalHold: true });
    expect(await screen.findByRole('heading', { name: 'Remarks in the stand-up' })).toBeTruthy();
    expect(screen.getByText('ER-2026-0042')).toBeTruthy();
    expect(document.querySelector('.ws-header .status-badge')?.textContent).toBe('Intake');
    expect(document.querySelector('.ws-header')?.textContent).toContain('Legal hold');
    expect(screen.getByText('Saved')).toBeTruthy();
  });

  it('autosaves an edited title through cases:update with the expected seq', async () => {
    const { user, fake, saved } = setup();
    await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Stand-up remarks');
    await user.tab();
    await waitFor(() => expect(saved().doc.title).toBe('Stand-up remarks'));
    const update = fake.calls.find((c) => c.channel === 'cases:update');
    expect(update?.input).toMatchObject({ expectedSeq: 1 });
    await screen.findByText('Saved');
  });

  it('adds a party and shows where they appear in other cases', async () => {
    const { user, saved, sam, onOpenCase, store } = setup();
    await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
    await user.click(screen.getByRole('tab', { name: 'Parties' }));
    await user.click(screen.getByRole('button', { name: /Witness.*Role|Role.*Witness/ }));
    await user.click(await screen.findByRole('option', { name: 'Respondent' }));
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'Sam');
    await user.click(await screen.findByRole('option', { name: /Sam Ortiz/ }));

    expect(await screen.findByText('Sam Ortiz added as Respondent.')).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Parties' });
    const text = await within(list).findByText(/Also in 2 other cases/);
    expect(text.textContent).toContain('respondent in ER-2026-0012');
    expect(text.textContent).toContain('witness in ER-2025-0099');
    await waitFor(() =>
      expect(saved().doc.parties).toEqual([{ personId: sam.id, role: 'respondent' }]),
    );
    await user.click(within(list).getByText('ER-2026-0012'));
    const olderId = [...store.cases.values()].find((c) => c.doc.number === 'ER-2026-0012')?.doc.id;
    expect(onOpenCase).toHaveBeenCalledWith(olderId);
  });

  it('creates a new person from the party picker', async () => {
    const { user, store } = setup();
    await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
    await user.click(screen.getByRole('tab', { name: 'Parties' }));
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'Nguyễn Thị Hoa');
    await user.click(await screen.findByRole('option', { name: /Add “Nguyễn Thị Hoa”/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New person' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Employee ID' }), 'E-77');
    await user.click(within(dialog).getByRole('button', { name: 'Add person' }));
    await screen.findByText('Nguyễn Thị Hoa added as Witness.');
    const person = [...store.people.values()].find((p) => p.name === 'Nguyễn Thị Hoa');
    expect(person?.employeeId).toBe('E-77');
  });

  it('records an allegation with a finding and its rationale', async () => {
    const { user, saved } = setup();
    await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
    await user.click(screen.getByRole('tab', { name: 'Allegations' }));
    await user.click(screen.getByRole('button', { name: 'Add allegation' }));
    expect(screen.getByText('Write what is alleged.')).toBeTruthy();
    await user.type(
      screen.getByRole('textbox', { name: /What is alleged/ }),
      'Mocked the complainant’s accent in three stand-ups.',
    );
    await user.click(screen.getByRole('button', { name: 'Add allegation' }));
    expect(await screen.findByRole('heading', { name: 'Allegation A1' })).toBeTruthy();

    await user.type(
      screen.getByRole('textbox', { name: /Rationale for A1/ }),
      'Two witnesses describe the same remarks.',
    );
    await user.click(screen.getByRole('button', { name: /Finding on A1/ }));
    await user.click(await screen.findByRole('option', { name: 'Substantiated' }));

    await waitFor(() =>
      expect(saved().doc.allegations[0]).toMatchObject({
        label: 'A1',
        finding: 'substantiated',
        rationale: 'Two witnesses describe the same remarks.',
      }),
    );
    expect(screen.getByText('No evidence is linked to this allegation yet.')).toBeTruthy();
  });

  it('explains a refused transition in plain words', async () => {
    const pending = (id: string, label: string) => ({
      id: id.repeat(32),
      label,
      statement: 'Something alleged',
      policy: '',
      respondentIds: [],
      complainantIds: [],
      protectedCharacteristics: [],
      dates: [],
      finding: 'pending' as const,
      rationale: '',
    });
    const { user, fake } = setup({
      workflow: { status: 'findings', resumeTo: null, closure: null },
      allegations: [pending('a', 'A1'), pending('b', 'A2')],
    });
    await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Move to Action' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to Action' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('2 allegations have no finding yet (A1, A2).');
    expect(fake.calls.find((c) => c.channel === 'cases:transition')?.input).toMatchObject({
      expectedSeq: 1,
      request: { kind: 'move', to: 'action' },
    });
  });

  it('moves the case on when the workflow allows it', async () => {
    const { user, saved } = setup();
    await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Move to Assessment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to Assessment' });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(saved().doc.workflow.status).toBe('assessment');
    expect(await screen.findByText('Assessment')).toBeTruthy();
  });

  it('imports evidence with the button and lists its short hash', async () => {
    const { user, fake } = setup();
    await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
    await user.click(screen.getByRole('tab', { name: 'Evidence' }));
    await user.click(screen.getByRole('button', { name: 'Import evidence' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import evidence' });
    await user.type(
      within(dialog).getByRole('textbox', { name: /Source/ }),
      'Emailed by the complainant',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Choose files…' }));
    expect(await screen.findByText('1 item imported.')).toBeTruthy();
    const call = fake.calls.find((c) => c.channel === 'evidence:import');
    expect(call?.input).toMatchObject({ expectedSeq: 1, source: 'Emailed by the complainant' });
    expect(call?.input).not.toHaveProperty('paths');
    expect(screen.getByText('aaaaaaaaaaaa…')).toBeTruthy();
  });
  it('adds an interim measure and autosaves it with its content', async () => {
    const { user, saved, sam } = setup((person) => ({
      parties: [{ personId: person.id, role: 'complainant' }],
    }));
    await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
    await user.click(screen.getByRole('tab', { name: 'Interim measures' }));
    expect(screen.getByText('No interim measures yet.')).toBeTruthy();
    await user.click(
      screen.getByRole('button', {
        name: /Separation of parties.*Measure|Measure.*Separation of parties/,
      }),
    );
    await user.click(await screen.findByRole('option', { name: 'No-contact instruction' }));
    await user.click(
      screen.getByRole('button', {
        name: /Everyone involved.*Applies to|Applies to.*Everyone involved/,
      }),
    );
    await user.click(await screen.findByRole('option', { name: 'Sam Ortiz' }));
    const starts = screen.getByLabelText('Starts');
    await user.clear(starts);
    await user.type(starts, '2026-03-02');
    await user.type(screen.getByLabelText('Review by'), '2026-03-16');
    await user.type(screen.getByRole('textbox', { name: 'Approved by' }), 'Head of HR');
    await user.type(
      screen.getByRole('textbox', { name: 'Details' }),
      'No direct contact; messages through the team lead.',
    );
    await user.click(screen.getByRole('button', { name: 'Add measure' }));

    await waitFor(() =>
      expect(saved().doc.interimMeasures).toEqual([
        {
          id: expect.stringMatching(/^[0-9a-f]{32}$/),
          kind: 'no-contact-instruction',
          description: 'No direct contact; messages through the team lead.',
          affectedPersonIds: [sam.id],
          startsOn: '2026-03-02',
          endsOn: null,
          reviewOn: '2026-03-16',
          approvedBy: 'Head of HR',
        },
      ]),
    );
    const list = screen.getByRole('list', { name: 'Interim measures' });
    expect(within(list).getByText('No-contact instruction')).toBeTruthy();
  });

  it('highlights a live measure whose review date has passed, and ends it', async () => {
    const measure = (id: string, reviewOn: string, endsOn: string | null = null) => ({
      id: id.repeat(32),
      kind: 'paid-leave' as const,
      description: '',
      affectedPersonIds: [],
      startsOn: '2001-01-01',
      endsOn,
      reviewOn,
      approvedBy: '',
    });
    const { user, saved } = setup({
      interimMeasures: [
        measure('a', '2001-02-01'),
        { ...measure('b', '2001-02-01', '2001-03-01'), kind: 'schedule-change' },
        { ...measure('c', '2999-01-01'), kind: 'access-restriction' },
      ],
    });
    await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
    await user.click(screen.getByRole('tab', { name: 'Interim measures' }));
    const list = screen.getByRole('list', { name: 'Interim measures' });
    const items = within(list).getAllByRole('listitem');
    const item = (kind: string) => items.find((li) => li.textContent?.includes(kind))!;
    expect(item('Paid leave').className).toContain('measure--overdue');
    expect(within(item('Paid leave')).getByText('Review overdue')).toBeTruthy();
    // Ended, or reviewed in the future: nothing to flag.
    expect(item('Schedule change').className).not.toContain('measure--overdue');
    expect(item('Access restriction').className).not.toContain('measure--overdue');
    expect(within(list).getAllByText('Review overdue')).toHaveLength(1);

    await user.click(within(list).getByRole('button', { name: 'End Paid leave now' }));
    await waitFor(() =>
      expect(saved().doc.interimMeasures[0]?.endsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/),
    );
    expect(screen.queryByText('Review overdue')).toBeNull();
  });

  it('edits an interim measure in place', async () => {
    const { user, saved } = setup({
      interimMeasures: [
        {
          id: 'd'.repeat(32),
          kind: 'other',
          description: 'Desk move',
          affectedPersonIds: [],
          startsOn: '2026-01-05',
          endsOn: null,
          reviewOn: null,
          approvedBy: '',
        },
      ],
    });
    await screen.findByRole('heading', { name: 'Remarks in the stand-up' });
    await user.click(screen.getByRole('tab', { name: 'Interim measures' }));
    await user.click(screen.getByRole('button', { name: 'Edit Other measure' }));
    const ends = screen.getByLabelText('Ends');
    await user.type(ends, '2026-01-01');
    await user.click(screen.getByRole('button', { name: 'Save measure' }));
    expect(screen.getByText('A measure cannot end before it starts.')).toBeTruthy();
    await user.clear(ends);
    await user.type(ends, '2026-02-01');
    await user.click(screen.getByRole('button', { name: 'Save measure' }));
    await waitFor(() => expect(saved().doc.interimMeasures[0]?.endsOn).toBe('2026-02-01'));
  });
});
