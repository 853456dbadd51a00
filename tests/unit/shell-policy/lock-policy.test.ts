import { describe, expect, it } from 'vitest';
import {
  IDLE_POLL_INTERVAL_MS,
  idleStep,
  initialIdleWatch,
  systemLockEvents,
  type IdleWatch,
} from '../../../src/main/shell-policy/lock-policy';

describe('system lock events', () => {
  it('locks on screen lock, suspend and shutdown everywhere', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      expect(systemLockEvents(platform)).toEqual(
        expect.arrayContaining(['lock-screen', 'suspend', 'shutdown']),
      );
    }
  });

  it('adds fast user switching on macOS only', () => {
    expect(systemLockEvents('darwin')).toContain('user-did-resign-active');
    expect(systemLockEvents('linux')).not.toContain('user-did-resign-active');
    expect(systemLockEvents('win32')).not.toContain('user-did-resign-active');
  });
});

describe('idle lock decision', () => {
  const run = (samples: number[], minutes = 5) => {
    let watch: IdleWatch = initialIdleWatch;
    return samples.map((seconds) => {
      const step = idleStep(watch, seconds, minutes);
      watch = step.watch;
      return step.lock;
    });
  };

  it('does not lock before the configured idle time', () => {
    expect(run([0, 60, 299])).toEqual([false, false, false]);
  });

  it('locks once when idle reaches the threshold', () => {
    expect(run([299, 300, 305, 400])).toEqual([false, true, false, false]);
  });

  it('re-arms after activity', () => {
    expect(run([300, 310, 2, 120, 300])).toEqual([true, false, false, false, true]);
  });

  it('follows the configured minutes', () => {
    expect(run([59, 60], 1)).toEqual([false, true]);
    expect(run([1799, 1800], 30)).toEqual([false, true]);
  });

  it('ignores nonsense samples and settings without disarming', () => {
    expect(idleStep(initialIdleWatch, Number.NaN, 5)).toEqual({
      watch: initialIdleWatch,
      lock: false,
    });
    expect(idleStep(initialIdleWatch, -1, 5).lock).toBe(false);
    expect(idleStep(initialIdleWatch, 10_000, 0).lock).toBe(false);
    expect(idleStep({ firedThisIdle: true }, Number.NaN, 5).watch).toEqual({ firedThisIdle: true });
  });

  it('polls often enough to lock within seconds of the threshold', () => {
    expect(IDLE_POLL_INTERVAL_MS).toBeLessThanOrEqual(5_000);
  });
});
