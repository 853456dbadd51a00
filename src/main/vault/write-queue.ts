/**
 * Runs tasks strictly one after another, in submission order. Every submitted task runs and
 * settles its own promise: a failing task neither cancels nor coalesces the ones behind it, so an
 * acknowledged write is never dropped.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;

  run<T>(task: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const result = this.tail.then(task, task);
    this.tail = result.then(
      () => {
        this.pending -= 1;
      },
      () => {
        this.pending -= 1;
      },
    );
    return result;
  }

  get size(): number {
    return this.pending;
  }

  /** Resolves once everything submitted so far has settled. */
  async idle(): Promise<void> {
    await this.tail;
  }
}
