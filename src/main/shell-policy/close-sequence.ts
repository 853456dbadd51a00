import { describeErrorForLog } from './log-safety';

/** How long a closing window waits for the renderer to save its pending edits. */
export const CLOSE_ACK_TIMEOUT_MS = 3000;

/** What the close sequence needs from the shell and the services; all injected, no Electron. */
export interface ClosePorts {
  /** The renderer can still answer (not crashed, still showing our own page). */
  rendererAlive: () => boolean;
  /** Start waiting for `app:ready-to-close`; true when it came within the timeout. */
  waitForAck: (timeoutMs: number) => Promise<boolean>;
  /** Announce `app:before-close` to the renderer. */
  announce: () => void;
  saveGeometry: () => Promise<void>;
  /** Lock the vault: queued writes flushed, `lock` audited, keys zeroed. */
  lockVault: () => Promise<unknown>;
  /** Close the window for real. */
  close: () => void;
  log: (message: string) => void;
}

export type CloseOutcome = 'acknowledged' | 'timed-out' | 'renderer-gone';

/**
 * Close without losing an edit: ask the renderer to flush (bounded by the timeout, skipped when the
 * renderer is gone) while the geometry is saved, then lock the vault, then close. Failures are
 * logged by error class and never keep the window open.
 */
export async function closeSequence(
  ports: ClosePorts,
  timeoutMs: number = CLOSE_ACK_TIMEOUT_MS,
): Promise<CloseOutcome> {
  const flush = async (): Promise<CloseOutcome> => {
    if (!ports.rendererAlive()) return 'renderer-gone';
    // Wait first, then announce: the answer cannot arrive before anyone listens for it.
    const acknowledged = ports.waitForAck(timeoutMs);
    ports.announce();
    return (await acknowledged) ? 'acknowledged' : 'timed-out';
  };
  let outcome: CloseOutcome = 'renderer-gone';
  try {
    const [flushed, geometry] = await Promise.allSettled([flush(), ports.saveGeometry()]);
    if (flushed.status === 'fulfilled') outcome = flushed.value;
    else ports.log(`close: renderer flush failed: ${describeErrorForLog(flushed.reason)}`);
    if (outcome === 'timed-out') ports.log('close: the renderer did not answer in time');
    if (geometry.status === 'rejected')
      ports.log(`window state not saved: ${describeErrorForLog(geometry.reason)}`);
    try {
      await ports.lockVault();
    } catch (error) {
      ports.log(`close: vault lock failed: ${describeErrorForLog(error)}`);
    }
  } finally {
    ports.close();
  }
  return outcome;
}

/**
 * The window's 'close' listener: the first close starts the sequence and is prevented, closes
 * while it runs are prevented too, and the close the sequence itself makes passes through.
 * Returns whether this close may go ahead.
 */
export function createCloseHandler(
  ports: ClosePorts,
  timeoutMs: number = CLOSE_ACK_TIMEOUT_MS,
): () => boolean {
  let phase: 'open' | 'closing' | 'done' = 'open';
  const close = (): void => {
    phase = 'done';
    ports.close();
  };
  return () => {
    if (phase === 'done') return true;
    if (phase === 'open') {
      phase = 'closing';
      void closeSequence({ ...ports, close }, timeoutMs).catch((error: unknown) =>
        ports.log(`close failed: ${describeErrorForLog(error)}`),
      );
    }
    return false;
  };
}
