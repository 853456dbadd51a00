import { useEffect } from 'react';
import { useApi } from '@renderer/api/api-context';

/** main's idle lock needs to hear about activity, but no more often than this. */
export const ACTIVITY_PING_INTERVAL_MS = 30_000;

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const;

export function shouldPing(lastPing: number | null, now: number): boolean {
  return lastPing === null || now - lastPing >= ACTIVITY_PING_INTERVAL_MS;
}

/** While `enabled`, tells main (app:activity) that someone is using the window. */
export function useActivityPing(enabled: boolean): void {
  const api = useApi();
  useEffect(() => {
    if (!enabled) return;
    let lastPing: number | null = null;
    const onActivity = () => {
      const now = Date.now();
      if (!shouldPing(lastPing, now)) return;
      lastPing = now;
      void api['app:activity']();
    };
    const options = { capture: true, passive: true };
    for (const name of activityEvents) window.addEventListener(name, onActivity, options);
    return () => {
      for (const name of activityEvents) window.removeEventListener(name, onActivity, options);
    };
  }, [api, enabled]);
}
