import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@renderer/app/App';
import { createFakeClient, type FakeClient } from './fake-api';

/** Renders the whole renderer against a fake main and waits for the frame to appear. */
export async function renderApp(fake: FakeClient = createFakeClient()) {
  const user = userEvent.setup();
  const view = render(<App client={fake.client} />);
  await screen.findByRole('navigation', { name: 'Main' });
  return { ...view, fake, user };
}

/** Renders the whole renderer and waits for the first vault step (picker, unlock…) to appear. */
export async function renderVaultStep(fake: FakeClient, heading: string) {
  const user = userEvent.setup();
  const view = render(<App client={fake.client} />);
  await screen.findByRole('heading', { level: 1, name: heading });
  return { ...view, fake, user };
}
