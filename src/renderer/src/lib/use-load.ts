import { useCallback, useEffect, useState } from 'react';
import type { IpcError, Result } from '@shared/ipc/result';

export type Load<T> =
  { state: 'loading' } | { state: 'failed'; error: IpcError } | { state: 'ready'; value: T };

/**
 * Runs `fetch` on mount and whenever it changes (memoise it on its inputs); `reload` runs it again.
 * A late answer for an older request is dropped, so typing fast never shows stale results.
 */
export function useLoad<T>(fetch: () => Promise<Result<T>>): {
  load: Load<T>;
  reload: () => void;
  /** The last value shown, kept while a reload is in flight (no flashing back to "Loading"). */
  last: T | null;
} {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const [last, setLast] = useState<T | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void fetch().then((result) => {
      if (!current) return;
      if (result.ok) {
        setLoad({ state: 'ready', value: result.value });
        setLast(result.value);
      } else setLoad({ state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [fetch, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, reload, last };
}
