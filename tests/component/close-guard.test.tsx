import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '@renderer/api/api-context';
import { createCloseGuard } from '@renderer/app/close-guard';
import { CloseGuardProvider } from '@renderer/app/close-guard-context';
import { CaseWorkspace } from '@renderer/features/cases/workspace/CaseWorkspace';
import { createFakeClient } from './fake-api';
import { makeDoc, withCases } from './fake-cases-api';
import { renderVaultStep } from './render-app';

const channels = (fake: ReturnType<typeof createFakeClient>) =>
  fake.calls.map((call) => call.channel);

describe('close guard', { timeout: 20_000 }, () => {
  it('runs every flush even when one fails, and settles at once with none', async () => {
    const guard = createCloseGuard();
    await expect(guard.flushAll()).resolves.toBeUndefined();
    const ran: string[] = [];
    guard.register(() => Promise.reject(new Error('disk full')));
    guard.register(() => {
      throw new Error('sync throw');
    });
    const remove = guard.register(async () => void ran.push('removed'));
    guard.register(async () => void ran.push('kept'));
    remove();
    await expect(guard.flushAll()).resolves.toBeUndefined();
    expect(ran).toEqual(['kept']);
  });

  it('acknowledges app:before-close at once when nothing is pending, even while locked', async () => {
    const fake = createFakeClient({ vault: 'locked' });
    await renderVaultStep(fake, 'Unlock Casework');
    expect(fake.listenerCount('app:before-close')).toBe(1);
    fake.emit('app:before-close', {});
    await waitFor(() => expect(channels(fake)).toContain('app:ready-to-close'));
  });

  it('sends an edit still in the debounce window before app:ready-to-close', async () => {
    const fake = createFakeClient();
    const doc = makeDoc({ number: 'ER-2026-0042', title: 'Remarks in the stand-up' });
    const store = withCases(fake, { docs: [doc] });
    const user = userEvent.setup();
    render(
      <ApiProvider client={fake.client}>
        <CloseGuardProvider>
          <CaseWorkspace caseId={doc.id} onBack={() => {}} onOpenCase={vi.fn()} />
        </CloseGuardProvider>
      </ApiProvider>,
    );
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.click(title);
    await user.paste(' (closing)');
    // One input event, no blur, well inside the debounce: the edit exists only in the renderer.
    expect(channels(fake)).not.toContain('cases:update');

    const save = fake.hold('cases:update');
    fake.emit('app:before-close', {});
    await waitFor(() => expect(channels(fake)).toContain('cases:update'));
    // Main is told only once the save has finished, not when it was sent.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(channels(fake)).not.toContain('app:ready-to-close');
    save.release();

    await waitFor(() => expect(channels(fake)).toContain('app:ready-to-close'));
    const order = channels(fake);
    expect(order.indexOf('cases:update')).toBeLessThan(order.indexOf('app:ready-to-close'));
    expect(store.cases.get(doc.id)?.doc.title).toBe('Remarks in the stand-up (closing)');
  });
});
