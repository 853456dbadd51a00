import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '@renderer/app/App';
import { createFakeClient } from './fake-api';

describe('start-up', () => {
  it('explains a failed start and retries', async () => {
    const fake = createFakeClient();
    fake.failNext('preferences:get', 'StorageIOError', 'preferences.json could not be read.');
    const user = userEvent.setup();
    render(<App client={fake.client} />);

    expect(await screen.findByRole('heading', { name: "Confidant couldn't start" })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('preferences.json could not be read.');

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
  });

  it('shows a quiet loading state until main answers', async () => {
    const fake = createFakeClient();
    const held = fake.hold('app:info');
    render(<App client={fake.client} />);
    expect(screen.getByRole('status').textContent).toBe('Opening Confidant…');
    held.release();
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy();
  });

  it('subscribes to events only while mounted', async () => {
    const fake = createFakeClient();
    const view = render(<App client={fake.client} />);
    await screen.findByRole('navigation', { name: 'Main' });
    expect(fake.listenerCount('app:command')).toBe(1);
    expect(fake.listenerCount('preferences:changed')).toBe(1);
    view.unmount();
    expect(fake.listenerCount('app:command')).toBe(0);
    expect(fake.listenerCount('preferences:changed')).toBe(0);
  });
});
