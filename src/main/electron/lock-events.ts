import { powerMonitor } from 'electron';
import {
  IDLE_POLL_INTERVAL_MS,
  idleStep,
  initialIdleWatch,
  systemLockEvents,
  type ShellLockReason,
} from '../shell-policy/lock-policy';

/**
 * Calls `callback('system')` on screen lock, suspend, shutdown and (macOS) user switch, and
 * `callback('idle')` once per idle stretch longer than `idleLockMinutes()` (read on every sample, so
 * a changed preference applies without restarting). Returns a function that stops watching.
 * Must run after app 'ready' (powerMonitor is unavailable before).
 */
export function onSystemLock(
  callback: (reason: ShellLockReason) => void,
  options: { idleLockMinutes: () => number; platform?: string },
): () => void {
  const emitter: NodeJS.EventEmitter = powerMonitor;
  const onSystem = (): void => callback('system');
  const events = systemLockEvents(options.platform ?? process.platform);
  for (const name of events) emitter.on(name, onSystem);

  let watch = initialIdleWatch;
  const timer = setInterval(() => {
    const step = idleStep(watch, powerMonitor.getSystemIdleTime(), options.idleLockMinutes());
    watch = step.watch;
    if (step.lock) callback('idle');
  }, IDLE_POLL_INTERVAL_MS);

  return () => {
    clearInterval(timer);
    for (const name of events) emitter.removeListener(name, onSystem);
  };
}
