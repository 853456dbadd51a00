import { describe, expect, it } from 'vitest';
import { DraftSaveScheduler } from './helpers/draft-save-scheduler';

/** Lets pending promise callbacks run (a save resolving, the scheduler's follow-up). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A manual clock: timers fire only when the test advances time. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    timers: {
      now: () => now,
      set: (fn: () => void, ms: number) => {
        const id = next++;
        pending.set(id, { at: now + ms, fn });
        return id;
      },
      clear: (id: unknown) => void pending.delete(id as number),
    },
    async advance(ms: number) {
      const end = now + ms;
      await settle();
      for (;;) {
        const due = [...pending.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await settle();
      }
      now = end;
    },
  };
}

describe('draft save policy', () => {
  it('turns a burst of typing into one save after the debounce', async () => {
    const clock = manualTimers();
    const saves: number[] = [];
    const s = new DraftSaveScheduler(
      async () => (saves.push(clock.timers.now()), true),
      clock.timers,
    );
    for (let i = 0; i < 5; i += 1) {
      s.edited();
      await clock.advance(50);
    }
    expect(saves).toEqual([]);
    await clock.advance(300);
    expect(saves).toEqual([500]);
    expect(s.dirty).toBe(false);
  });

  it('saves at least once a second under continuous typing', async () => {
    const clock = manualTimers();
    const saves: number[] = [];
    const s = new DraftSaveScheduler(
      async () => (saves.push(clock.timers.now()), true),
      clock.timers,
    );
    for (let i = 0; i < 60; i += 1) {
      s.edited();
      await clock.advance(100); // 10 keys a second, never a 300 ms pause
    }
    expect(saves.length).toBeGreaterThanOrEqual(5);
    const gaps = saves.map((t, i) => t - (saves[i - 1] ?? 0));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1000);
  });

  it('keeps failed edits unsaved, retries them, and sends edits made during a save after it', async () => {
    const clock = manualTimers();
    let release: (ok: boolean) => void = () => undefined;
    let calls = 0;
    const s = new DraftSaveScheduler(
      () => ((calls += 1), new Promise<boolean>((r) => (release = r))),
      clock.timers,
    );
    s.edited();
    await clock.advance(300);
    expect(calls).toBe(1);
    s.edited(); // typed while the first save is in flight
    await clock.advance(2000);
    expect(calls).toBe(1);
    release(false);
    await clock.advance(0);
    await clock.advance(300);
    expect(calls).toBe(2);
    release(true);
    await clock.advance(0);
    expect(s.dirty).toBe(false);
  });

  it('flushes at once and waits for the save', async () => {
    const clock = manualTimers();
    let saved = false;
    const s = new DraftSaveScheduler(async () => (saved = true), clock.timers);
    s.edited();
    await s.flush();
    expect(saved).toBe(true);
    expect(s.dirty).toBe(false);
  });
});
