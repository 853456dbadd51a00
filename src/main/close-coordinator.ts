/**
 * The rendezvous between main's close sequence and the renderer's `app:ready-to-close`: main starts
 * waiting (before it announces `app:before-close`), the renderer acknowledges once its edits are
 * saved. Electron-free; the IPC handler and the harness call `acknowledge()`.
 */
export class CloseCoordinator {
  private readonly waiters = new Set<() => void>();

  /** Resolves true when the renderer acknowledges within `timeoutMs`, false when it does not. */
  waitForAck(timeoutMs: number): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const done = (acknowledged: boolean): void => {
        clearTimeout(timer);
        this.waiters.delete(onAck);
        resolve(acknowledged);
      };
      const onAck = (): void => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiters.add(onAck);
    });
  }

  /** The renderer is ready. An acknowledgement nobody waits for is dropped, never kept for later. */
  acknowledge(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  get waiting(): boolean {
    return this.waiters.size > 0;
  }
}
