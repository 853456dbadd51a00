import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-api';
import { renderApp } from './render-app';

function protections() {
  return screen.getByRole('region', { name: 'Your protections' });
}

describe('Home', () => {
  it('shows real values from app:info and preferences', async () => {
    await renderApp(
      createFakeClient({
        appInfo: {
          version: '3.2.0',
          platform: 'win32',
          dataDirectory: 'C:\\Users\\sam\\AppData\\Roaming\\Confidant',
        },
        preferences: { idleLockMinutes: 15 },
      }),
    );
    expect(screen.getByRole('heading', { name: 'Welcome to Confidant' })).toBeTruthy();
    const panel = protections();
    expect(within(panel).getByText('C:\\Users\\sam\\AppData\\Roaming\\Confidant')).toBeTruthy();
    expect(within(panel).getByText('3.2.0 · Desktop app on Windows')).toBeTruthy();
    expect(within(panel).getByText('After 15 minutes')).toBeTruthy();
    expect(within(panel).getByText('Blocked')).toBeTruthy();
    expect(within(panel).getByText('This device only')).toBeTruthy();
  });

  it('says when screen capture is allowed', async () => {
    await renderApp(createFakeClient({ preferences: { contentProtection: false } }));
    expect(within(protections()).getByText('Allowed')).toBeTruthy();
  });

  it('does not claim blocking where the system cannot block capture', async () => {
    await renderApp(createFakeClient({ appInfo: { platform: 'linux' } }));
    expect(within(protections()).getByText('Not available')).toBeTruthy();
    expect(screen.getByText("Capture can't be blocked")).toBeTruthy();
  });

  it('explains how cases are kept safe', async () => {
    await renderApp();
    const explainer = screen.getByRole('region', { name: 'How Confidant keeps cases safe' });
    const titles = within(explainer)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual([
      'Encrypted at rest',
      'Locks when you step away',
      'Detects tampering',
      'Keeps an audit trail',
    ]);
  });

  it('links to Settings from the protections panel', async () => {
    const { user } = await renderApp();
    await user.click(within(protections()).getByRole('button', { name: 'Review in Settings' }));
    expect(screen.getByRole('main', { name: 'Settings' })).toBeTruthy();
  });
});
