import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-api';
import { withCases } from './fake-cases-api';
import { renderApp } from './render-app';

describe('app frame', () => {
  it('renders labelled landmarks with Home current', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(screen.getByRole('main', { name: 'Home' })).toBeTruthy();
    expect(screen.getByRole('banner', { name: 'Screen' })).toBeTruthy();
    const home = within(nav).getByRole('link', { name: 'Home' });
    expect(home.getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe(
      null,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Home' })).toBeTruthy();
  });

  it('navigates Home ↔ Settings with the keyboard', async () => {
    const { user } = await renderApp();
    // The sidebar's order: Home, Dashboard, Cases, People, then Settings at its foot.
    const order = ['Home', 'Dashboard', 'Cases', 'People', 'Settings'];
    for (const name of order) {
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('link', { name }));
    }
    const settings = screen.getByRole('link', { name: 'Settings' });
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main', { name: 'Settings' })).toBeTruthy();
    expect(settings.getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('radiogroup', { name: 'Theme' })).toBeTruthy();
    expect(document.title).toBe('Settings · Confidant');

    // Back up the same links, one shift-tab each: People, Cases, Dashboard, Home.
    for (const name of order.slice(0, -1).reverse()) {
      await user.tab({ shift: true });
      expect(document.activeElement).toBe(screen.getByRole('link', { name }));
    }
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main', { name: 'Home' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens Settings when the app menu sends the settings command', async () => {
    const fake = createFakeClient();
    await renderApp(fake);
    // The frame subscribes to menu commands in an effect; on a loaded machine that can land after
    // the first render resolves, so send the command until the frame has heard it.
    await waitFor(() => {
      act(() => fake.emit('app:command', { command: 'settings' }));
      expect(screen.getByRole('main', { name: 'Settings' })).toBeTruthy();
    });
  });

  it('ignores menu commands that belong to later features', async () => {
    const fake = createFakeClient();
    await renderApp(fake);
    act(() => fake.emit('app:command', { command: 'search' }));
    expect(screen.getByRole('main', { name: 'Home' })).toBeTruthy();
  });

  it('opens the intake on the Cases screen for the new-case command (Ctrl/Cmd+N)', async () => {
    const fake = createFakeClient();
    withCases(fake);
    await renderApp(fake);
    act(() => fake.emit('app:command', { command: 'new-case' }));
    expect(await screen.findByRole('dialog', { name: 'New case' })).toBeTruthy();
    expect(screen.getByRole('main', { name: 'Cases' })).toBeTruthy();
  });

  it('shows the protection status and version in the sidebar', async () => {
    await renderApp(createFakeClient({ appInfo: { version: '2.4.1' } }));
    const status = screen.getByRole('region', { name: 'Protection status' });
    expect(within(status).getByText('Screen capture blocked')).toBeTruthy();
    expect(within(status).getByText('Confidant 2.4.1')).toBeTruthy();
  });
});
