/** Why the shell asks the vault to lock (a subset of the `vault:locked` reasons). */
export type ShellLockReason = 'system' | 'idle';

/**
 * powerMonitor events that lock the vault at once (vault.md §10): screen lock, suspend, shutdown,
 * and on macOS fast user switching ('user-did-resign-active' is macOS-only).
 */
export function systemLockEvents(platform: string): string[] {
  const events = ['lock-screen', 'suspend', 'shutdown'];
  if (platform === 'darwin') events.push('user-did-resign-active');
  return events;
}

/**
 * How often the system idle time is sampled. The worst-case lock latency is the configured idle
 * period plus this interval; 5 s keeps that small without measurable cost.
 */
export const IDLE_POLL_INTERVAL_MS = 5_000;

export interface IdleWatch {
  /** Already locked for the current idle stretch; re-armed once the user is active again. */
  firedThisIdle: boolean;
}

export const initialIdleWatch: IdleWatch = { firedThisIdle: false };

/**
 * One idle sample: lock exactly once per idle stretch when the system has been idle for at least
 * `idleLockMinutes`. Activity (idle time back under the threshold) re-arms the watch. Invalid
 * inputs never lock by accident and never disable an armed watch.
 */
export function idleStep(
  watch: IdleWatch,
  idleSeconds: number,
  idleLockMinutes: number,
): { watch: IdleWatch; lock: boolean } {
  if (!Number.isFinite(idleSeconds) || idleSeconds < 0 || !(idleLockMinutes > 0)) {
    return { watch, lock: false };
  }
  const idle = idleSeconds >= idleLockMinutes * 60;
  if (!idle) return { watch: { firedThisIdle: false }, lock: false };
  if (watch.firedThisIdle) return { watch, lock: false };
  return { watch: { firedThisIdle: true }, lock: true };
}
