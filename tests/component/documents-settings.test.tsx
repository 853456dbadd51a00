import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiProvider } from '@renderer/api/api-context';
import { DocumentsSection } from '@renderer/features/settings/DocumentsSection';
import type { OrganisationSettingsWire } from '@shared/domain/document-inputs';
import { fail, ok } from '@shared/ipc/result';
import { createFakeClient } from './fake-api';

const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function setup(organisation: OrganisationSettingsWire | null = null) {
  const fake = createFakeClient();
  let stored = organisation;
  fake.handle('documents:settings-get', () => ok({ organisation: stored }));
  fake.handle('documents:settings-update', ({ organisation: next }) => {
    stored = next;
    return ok({ organisation: next });
  });
  fake.handle('documents:choose-logo', () => ok({ logoBase64: PNG, fileName: 'logo.png' }));
  const user = userEvent.setup();
  render(
    <ApiProvider client={fake.client}>
      <DocumentsSection />
    </ApiProvider>,
  );
  const updates = () => fake.calls.filter((c) => c.channel === 'documents:settings-update');
  return { fake, user, updates };
}

describe('Settings → Documents', { timeout: 20_000 }, () => {
  it('saves the letterhead, the logo main read and a reworded clause', async () => {
    const { user, updates } = setup();
    const name = await screen.findByRole('textbox', { name: /Organisation name/ });
    await user.type(name, 'Northwind Traders Inc.');
    await user.type(
      screen.getByRole('textbox', { name: 'Address' }),
      '100 Market St{enter}Suite 5',
    );
    await user.type(screen.getByRole('textbox', { name: 'Contact name' }), 'Jordan Lee');
    await user.click(screen.getByRole('button', { name: 'Choose logo…' }));
    expect(await screen.findByRole('img', { name: 'The letterhead logo' })).toBeTruthy();
    await user.type(
      screen.getByRole('textbox', { name: 'Wording: Report — standard of proof' }),
      'More likely than not.',
    );
    await user.click(screen.getByRole('button', { name: 'Save document settings' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(updates().at(-1)?.input).toEqual({
      organisation: {
        name: 'Northwind Traders Inc.',
        pageSize: 'LETTER',
        addressLines: ['100 Market St', 'Suite 5'],
        contact: { name: 'Jordan Lee' },
        clauses: { 'report.standardOfProof': 'More likely than not.' },
        logoBase64: PNG,
      },
    });
  });

  it('shows what is stored, and main’s refusal beside the field', async () => {
    const { fake, user } = setup({
      name: 'Acme Widgets Inc.',
      contact: { name: 'Jordan Blake', email: 'people@acme.example' },
    });
    const email = await screen.findByRole('textbox', { name: 'Contact email' });
    await waitFor(() => expect((email as HTMLInputElement).value).toBe('people@acme.example'));
    fake.handle('documents:settings-update', () =>
      fail('InvalidInput', 'Invalid input for documents:settings-update', {
        issues: [{ path: 'organisation.contact.email', message: 'Invalid email address' }],
      }),
    );
    await user.clear(email);
    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save document settings' }));
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(email.closest('.cw-field')?.textContent).toContain('Invalid email address');
  });

  it('refuses to save without an organisation name', async () => {
    setup();
    const save = await screen.findByRole('button', { name: 'Save document settings' });
    await waitFor(() => expect((save as HTMLButtonElement).disabled).toBe(true));
  });
});
