import {
  DRAFT_SAVE_DEBOUNCE_MS,
  DRAFT_SAVE_MAX_WAIT_MS,
} from '../../../../src/shared/domain/draft-save-policy';

// The renderer's save cadence without React, for the child process of the note-taking crash test:
// one save in flight, a trailing debounce, a maximum wait from the oldest unsaved edit. Its own
// unit test pins the cadence; tests/component/interview-autosave.test.tsx pins the renderer hook's.

export interface SchedulerTimers {
  now: () => number;
  set: (fn: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

/**
 * Calls `save` per the policy; `save` resolves true when main acknowledged, false when it failed
 * (the edits then count as unsaved again and are retried after the debounce).
 */
export class DraftSaveScheduler {
  private firstUnsavedAt: number | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;

  constructor(
    private readonly save: () => Promise<boolean>,
    private readonly timers: SchedulerTimers,
    private readonly policy = {
      debounceMs: DRAFT_SAVE_DEBOUNCE_MS,
      maxWaitMs: DRAFT_SAVE_MAX_WAIT_MS,
    },
  ) {}

  /** An edit happened: (re)start the debounce, never past the max wait of the oldest unsaved edit. */
  edited(): void {
    const now = this.timers.now();
    this.firstUnsavedAt ??= now;
    const deadline = this.firstUnsavedAt + this.policy.maxWaitMs;
    const wait = Math.max(0, Math.min(this.policy.debounceMs, deadline - now));
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => void this.fire(), wait);
  }

  get dirty(): boolean {
    return this.firstUnsavedAt !== null;
  }

  /** Save now (blur, leaving, closing) and wait for it and anything queued behind it. */
  async flush(): Promise<void> {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    // One attempt, not a loop: a vault that keeps failing must not hang the window's close.
    if (this.inFlight) await this.inFlight;
    if (this.dirty) {
      if (this.timer !== null) this.timers.clear(this.timer);
      await this.fire();
    }
  }

  dispose(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private async fire(): Promise<void> {
    this.timer = null;
    if (this.inFlight) {
      // The edits stay marked unsaved; the save in flight reschedules when it ends.
      return;
    }
    if (this.firstUnsavedAt === null) return;
    const since = this.firstUnsavedAt;
    this.firstUnsavedAt = null;
    this.inFlight = this.save().then(
      (ok) => {
        this.inFlight = null;
        if (!ok) this.firstUnsavedAt = Math.min(since, this.firstUnsavedAt ?? since);
      },
      () => {
        this.inFlight = null;
        this.firstUnsavedAt = Math.min(since, this.firstUnsavedAt ?? since);
      },
    );
    await this.inFlight;
    if (this.dirty && this.timer === null) {
      // Edits arrived during the save: their max wait has been running, so honour it.
      const now = this.timers.now();
      const wait = Math.max(0, (this.firstUnsavedAt ?? now) + this.policy.maxWaitMs - now);
      this.timer = this.timers.set(() => void this.fire(), Math.min(wait, this.policy.debounceMs));
    }
  }
}
