import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDashboardClient, expectCaseOpened, ids } from './fake-dashboard-api';
import { renderApp } from './render-app';

async function openPerson() {
  const fake = createDashboardClient();
  const view = await renderApp(fake);
  await view.user.click(screen.getByRole('link', { name: 'People' }));
  await view.user.click(await screen.findByRole('link', { name: 'Nguyễn Thị Minh' }));
  await screen.findByRole('heading', { level: 2, name: 'Nguyễn Thị Minh' });
  return view;
}

describe('person page', () => {
  it('lists every case the person appears in, with roles, each linking to its case', async () => {
    const { user, fake } = await openPerson();
    expect(fake.calls.find((c) => c.channel === 'people:get')?.input).toEqual({
      personId: ids.nguyen,
    });
    const cases = screen.getByRole('region', { name: 'Appears in 2 cases' });
    const rows = within(cases).getAllByRole('listitem');
    expect(rows[0]?.textContent).toContain('Complainant');
    expect(rows[1]?.textContent).toContain('Witness');
    expect(rows[1]?.textContent).toContain('Manager');
    await user.click(within(cases).getByRole('link', { name: /ER-2026-0011/ }));
    await expectCaseOpened(fake, ids.caseC);
  });

  it('saves an edit through people:upsert with the whole record', async () => {
    const { user, fake } = await openPerson();
    const department = screen.getByRole('textbox', { name: 'Department' });
    await user.clear(department);
    await user.type(department, 'People Operations');
    await user.clear(screen.getByRole('textbox', { name: 'Location' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    expect(fake.calls.find((c) => c.channel === 'people:upsert')?.input).toEqual({
      id: ids.nguyen,
      person: {
        name: 'Nguyễn Thị Minh',
        employeeId: 'E-1042',
        title: 'Shift lead',
        department: 'People Operations',
        manager: { kind: 'text', name: 'Sam Patel' },
        hireDate: '2019-04-01',
      },
    });
  });

  it('refuses an invalid phone number before calling main', async () => {
    const { user, fake } = await openPerson();
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), 'call me');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/digits, spaces/)).toBeTruthy();
    expect(fake.calls.some((c) => c.channel === 'people:upsert')).toBe(false);
  });
});
