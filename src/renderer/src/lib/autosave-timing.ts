import { useEffect } from 'react';

/**
 * What the case and interview autosaves share once a save has been attempted: how long to wait
 * before retrying a failed one, and saving what is unsaved when the view or the window goes.
 */

/** 2 s, 4 s, 8 s… up to 30 s between automatic retries of a failed save. */
export function retryDelay(failures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(1, failures));
}

/** Leaving the view (unmount) or the window (beforeunload): send what is unsaved. */
export function useSaveOnLeave(send: () => Promise<void>): void {
  useEffect(() => {
    const onUnload = () => void send();
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      void send();
    };
  }, [send]);
}
