import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { casePrefixSchema } from '@shared/domain/case-number';
import { ok } from '@shared/ipc/result';
import { createFakeClient } from './fake-api';
import { renderApp } from './render-app';

async function openSettings() {
  const fake = createFakeClient();
  let numbering = { prefix: 'ER', next: 'ER-2026-0007' };
  fake.handle('cases:numbering-get', () => ok(numbering));
  fake.handle('cases:numbering-update', ({ prefix }) => {
    numbering = { prefix: casePrefixSchema.parse(prefix), next: `${prefix}-2026-0001` };
    return ok(numbering);
  });
  const view = await renderApp(fake);
  await view.user.click(screen.getByRole('link', { name: 'Settings' }));
  await screen.findByRole('heading', { level: 2, name: 'Cases' });
  return { ...view, fake };
}

describe('Settings → Cases: case number prefix', () => {
  it('shows the prefix and the next number, and saves a new prefix', async () => {
    const { user, fake } = await openSettings();
    const field = await screen.findByRole('textbox', { name: 'Case number prefix' });
    await screen.findByText('Next case: ER-2026-0007');
    expect((field as HTMLInputElement).value).toBe('ER');

    await user.clear(field);
    await user.type(field, 'hr');
    expect((field as HTMLInputElement).value).toBe('HR');
    expect(screen.getByText(/After saving, new cases are numbered HR-2026-…/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save prefix' }));

    expect(await screen.findByText(/Next case: HR-2026-0001/)).toBeTruthy();
    expect(screen.getByText(/Prefix saved\./)).toBeTruthy();
    expect(fake.calls.find((c) => c.channel === 'cases:numbering-update')?.input).toEqual({
      prefix: 'HR',
    });
  });

  it('explains a bad prefix and does not send it', async () => {
    const { user, fake } = await openSettings();
    const field = await screen.findByRole('textbox', { name: 'Case number prefix' });
    await screen.findByText('Next case: ER-2026-0007');
    await user.clear(field);
    await user.type(field, '9-x');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText(
        'Use 1 to 10 letters (A–Z) or digits, starting with a letter, for example ER or HR2.',
      ),
    ).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Save prefix' });
    expect(save.hasAttribute('disabled') || save.getAttribute('aria-disabled') === 'true').toBe(
      true,
    );
    await user.click(save);
    expect(fake.calls.some((c) => c.channel === 'cases:numbering-update')).toBe(false);
  });
});
