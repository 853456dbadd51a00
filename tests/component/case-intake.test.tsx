import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '@renderer/api/api-context';
import { emptyIntake, validateIntake } from '@renderer/features/cases/intake-form';
import { NewCaseDialog } from '@renderer/features/cases/NewCaseDialog';
import { createFakeClient } from './fake-api';
import { makePerson, withCases } from './fake-cases-api';

const today = '2026-11-20';

describe('intake rules', () => {
  it('names each missing or wrong field', () => {
    const result = validateIntake({ ...emptyIntake(today), receivedOn: '2026-12-01' }, today);
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'titleRequired',
        type: 'typeRequired',
        channel: 'channelRequired',
        receivedOn: 'dateInFuture',
      },
    });
  });

  it('asks a discrimination case for a protected characteristic', () => {
    const draft = {
      ...emptyIntake(today),
      title: 'Pay',
      type: 'discrimination' as const,
      channel: 'email' as const,
    };
    expect(validateIntake(draft, today)).toEqual({
      ok: false,
      errors: { protectedCharacteristics: 'characteristicRequired' },
    });
    const fixed = validateIntake({ ...draft, protectedCharacteristics: ['age'] }, today);
    expect(fixed.ok && fixed.input.protectedCharacteristics).toEqual(['age']);
  });

  it('makes the reporter the complainant unless told otherwise', () => {
    const draft = {
      ...emptyIntake(today),
      title: 'Shouting in meetings',
      type: 'harassment' as const,
      channel: 'in-person' as const,
      reporter: { id: 'a'.repeat(32), name: 'Mei Lin' },
    };
    const result = validateIntake(draft, today);
    expect(result.ok && result.input.parties).toEqual([
      { personId: 'a'.repeat(32), role: 'complainant' },
    ]);
    expect(result.ok && result.input.intake.reportedBy).toBe('a'.repeat(32));
    const notComplainant = validateIntake({ ...draft, reporterIsComplainant: false }, today);
    expect(notComplainant.ok && notComplainant.input.parties).toEqual([]);
  });
});

function renderDialog() {
  const fake = createFakeClient();
  const mei = makePerson('林美 (Mei Lin)', { employeeId: 'E-2041', department: 'Finance' });
  const store = withCases(fake, { people: [mei] });
  const onCreated = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <ApiProvider client={fake.client}>
      <NewCaseDialog isOpen onClose={onClose} onCreated={onCreated} />
    </ApiProvider>,
  );
  return { fake, store, onCreated, onClose, user, mei };
}

describe('new case dialog', { timeout: 20_000 }, () => {
  it('shows specific errors and creates nothing until they are fixed', async () => {
    const { user, fake } = renderDialog();
    const dialog = await screen.findByRole('dialog', { name: 'New case' });
    // Focus moves into the dialog when it opens (react-aria's focus scope).
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect(screen.getByText('3 fields need attention.')).toBeTruthy();
    expect(screen.getByText('Give the case a title.')).toBeTruthy();
    expect(screen.getByText('Choose the case type.')).toBeTruthy();
    expect(screen.getByText('Choose how the report came in.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Title/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(fake.calls.some((c) => c.channel === 'cases:create')).toBe(false);
    expect(dialog).toBeTruthy();
  });

  it('asks for protected characteristics when discrimination is chosen', async () => {
    const { user } = renderDialog();
    await screen.findByRole('dialog', { name: 'New case' });
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Promotion decision');
    await user.click(screen.getByRole('button', { name: /Case type/ }));
    await user.click(await screen.findByRole('option', { name: 'Discrimination' }));
    expect(screen.getByRole('group', { name: /Protected characteristics/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect(
      screen.getByText('A discrimination case names at least one protected characteristic.'),
    ).toBeTruthy();
  });

  it('creates the case through cases:create with the reporter picked from people', async () => {
    const { user, fake, onCreated, mei } = renderDialog();
    await screen.findByRole('dialog', { name: 'New case' });
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Comments about accent');
    await user.click(screen.getByRole('button', { name: /Case type/ }));
    await user.click(await screen.findByRole('option', { name: 'Harassment' }));
    await user.click(screen.getByRole('button', { name: /Intake channel/ }));
    await user.click(await screen.findByRole('option', { name: 'Email' }));
    await user.type(screen.getByRole('combobox', { name: 'Reported by' }), 'Mei');
    await user.click(await screen.findByRole('option', { name: /Mei Lin/ }));
    await user.type(
      screen.getByRole('textbox', { name: /Account in the reporter/ }),
      'He mocks my accent.',
    );
    await user.click(screen.getByRole('checkbox', { name: /Immediate risk/ }));
    await user.click(screen.getByRole('button', { name: 'Create case' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const call = fake.calls.find((c) => c.channel === 'cases:create');
    expect(call?.input).toMatchObject({
      title: 'Comments about accent',
      type: 'harassment',
      intake: {
        channel: 'email',
        reportedBy: mei.id,
        account: 'He mocks my accent.',
        immediateRisk: true,
      },
      parties: [{ personId: mei.id, role: 'complainant' }],
    });
  });
});
