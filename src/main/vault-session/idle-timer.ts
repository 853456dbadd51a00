export interface TimerPort {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: TimerPort = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    // An armed idle lock must not keep a CLI or test process alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Fires `onIdle` once after `minutes()` without `poke()`. Re-armed by each poke while running. */
export class IdleTimer {
  private handle: unknown = null;

  constructor(
    private readonly minutes: () => number,
    private readonly onIdle: () => void,
    private readonly timers: TimerPort = realTimers,
  ) {}

  start(): void {
    this.poke();
  }

  poke(): void {
    this.stop();
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      this.onIdle();
    }, this.minutes() * 60_000);
  }

  stop(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }

  get running(): boolean {
    return this.handle !== null;
  }
}
