import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-api';
import { renderApp } from './render-app';

async function openSettings(fake = createFakeClient()) {
  const rendered = await renderApp(fake);
  await rendered.user.click(screen.getByRole('link', { name: 'Settings' }));
  return rendered;
}

describe('Settings', () => {
  it('changes the theme through preferences:update and applies it to the document', async () => {
    const { fake, user } = await openSettings();
    expect(document.documentElement.dataset.theme).toBe('system');
    const theme = screen.getByRole('radiogroup', { name: 'Theme' });
    expect(within(theme).getByRole('radio', { name: 'System' })).toHaveProperty('checked', true);

    await user.click(within(theme).getByRole('radio', { name: 'Dark' }));

    expect(fake.calls).toContainEqual({ channel: 'preferences:update', input: { theme: 'dark' } });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(within(theme).getByRole('radio', { name: 'Dark' })).toHaveProperty('checked', true);
  });

  it('shows a readable error and keeps the old theme when the update fails', async () => {
    const fake = createFakeClient({ preferences: { theme: 'light' } });
    const { user } = await openSettings(fake);
    fake.failNext('preferences:update', 'StorageIOError', 'The disk is full.');

    await user.click(screen.getByRole('radio', { name: 'Dark' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Couldn't change the theme.");
    expect(alert.textContent).toContain('The disk is full.');
    expect(alert.textContent).toContain('StorageIOError');
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(screen.getByRole('radio', { name: 'Light' })).toHaveProperty('checked', true);

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('reflects content protection and toggles it', async () => {
    const { fake, user } = await openSettings();
    const toggle = screen.getByRole('switch', { name: 'Block screen capture' });
    expect(toggle).toHaveProperty('checked', true);

    await user.click(toggle);

    expect(fake.calls).toContainEqual({
      channel: 'preferences:update',
      input: { contentProtection: false },
    });
    expect(toggle).toHaveProperty('checked', false);
    expect(screen.getByText('Screen capture allowed')).toBeTruthy();
  });

  it('follows preferences:changed events from main', async () => {
    const fake = createFakeClient();
    await openSettings(fake);
    act(() =>
      fake.emit('preferences:changed', {
        ...fake.preferences(),
        contentProtection: false,
        theme: 'light',
      }),
    );
    expect(screen.getByRole('switch', { name: 'Block screen capture' })).toHaveProperty(
      'checked',
      false,
    );
    expect(screen.getByRole('radio', { name: 'Light' })).toHaveProperty('checked', true);
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('explains when this system cannot block capture', async () => {
    await openSettings(createFakeClient({ appInfo: { platform: 'linux' } }));
    const toggle = screen.getByRole('switch', { name: 'Block screen capture' });
    const description = document.getElementById(toggle.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain("This system doesn't support blocking");
  });

  it('changes the auto-lock time from the Lock after select', async () => {
    const { fake, user } = await openSettings();
    const trigger = screen.getByRole('button', { name: /Lock after/ });
    expect(trigger.textContent).toContain('5 minutes');

    await user.click(trigger);
    await user.click(await screen.findByRole('option', { name: '10 minutes' }));

    expect(fake.calls).toContainEqual({
      channel: 'preferences:update',
      input: { idleLockMinutes: 10 },
    });
    expect(screen.getByRole('button', { name: /Lock after/ }).textContent).toContain('10 minutes');
  });

  it('labels each control uniquely, as the e2e tests find them', async () => {
    await openSettings();
    for (const label of ['Theme', 'Block screen capture', 'Lock after', 'Language']) {
      expect(screen.getAllByLabelText(label, { exact: false })).toHaveLength(1);
    }
  });

  it('lists only languages that have a catalogue', async () => {
    const { user } = await openSettings();
    await user.click(screen.getByRole('button', { name: /Language/ }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['English']);
  });

  it('shows the About facts', async () => {
    await openSettings(createFakeClient({ appInfo: { runtime: 'harness', platform: 'linux' } }));
    const about = screen.getByRole('heading', { name: 'About' }).closest('section');
    if (!about) throw new Error('About is not in a section');
    expect(within(about).getByText('0.1.0')).toBeTruthy();
    expect(within(about).getByText('Linux')).toBeTruthy();
    expect(within(about).getByText('Browser preview')).toBeTruthy();
    expect(
      within(about).getByText('/Users/avery/Library/Application Support/Confidant'),
    ).toBeTruthy();
  });
});
