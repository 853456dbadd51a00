import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@renderer/components/ErrorBoundary';
import { ErrorFallback } from '@renderer/components/ErrorFallback';
import { describeError } from '@renderer/lib/describe-error';

const broken = { value: true };

function Fragile() {
  if (broken.value) {
    throw Object.assign(new Error('Case list could not be read.'), { code: 'DocCorrupt' });
  }
  return <p>Screen content</p>;
}

/** The frame's pattern: a boundary per screen whose "Back to Home" navigates and resets. */
function Harness() {
  const [screen, setScreen] = useState('cases');
  return (
    <ErrorBoundary
      key={screen}
      fallback={({ error, reset }) => (
        <ErrorFallback
          scope="screen"
          error={error}
          onHome={() => {
            broken.value = false;
            setScreen('home');
            reset();
          }}
        />
      )}
    >
      <p>Showing {screen}</p>
      <Fragile />
    </ErrorBoundary>
  );
}

describe('error boundary', () => {
  beforeEach(() => {
    broken.value = true;
    // React logs caught render errors; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a readable fallback with the code and message, then recovers via Back to Home', async () => {
    const user = userEvent.setup();
    render(<Harness />);

    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { name: 'This screen ran into a problem' })).toBeTruthy();
    expect(alert.textContent).toContain('DocCorrupt');
    expect(alert.textContent).toContain('Case list could not be read.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back to Home' }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Showing home')).toBeTruthy();
    expect(screen.getByText('Screen content')).toBeTruthy();
  });

  it('offers only Reload when the whole window failed', () => {
    render(
      <ErrorBoundary fallback={({ error }) => <ErrorFallback scope="app" error={error} />}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Confidant needs to reload' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back to Home' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('describes errors of any shape', () => {
    expect(describeError({ code: 'VaultLocked', message: 'Locked.' })).toEqual({
      code: 'VaultLocked',
      message: 'Locked.',
    });
    expect(describeError(new TypeError('x is undefined'))).toEqual({
      code: 'TypeError',
      message: 'x is undefined',
    });
    expect(describeError('plain text')).toEqual({ code: null, message: 'plain text' });
    expect(describeError(null)).toEqual({ code: null, message: null });
  });
});
