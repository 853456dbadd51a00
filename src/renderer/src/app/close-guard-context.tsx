import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useApiClient } from '@renderer/api/api-context';
import { createCloseGuard, type CloseFlush, type CloseGuard } from './close-guard';

const CloseGuardContext = createContext<CloseGuard | null>(null);

/**
 * Mounted once above the vault gate, so it answers whether the vault is locked or not: on
 * `app:before-close` it runs every registered flush, then tells main `app:ready-to-close`.
 */
export function CloseGuardProvider({ children }: { children: ReactNode }) {
  const { api, subscribe } = useApiClient();
  const [guard] = useState(createCloseGuard);
  useEffect(
    () =>
      subscribe('app:before-close', () => {
        void guard.flushAll().then(() => api['app:ready-to-close']());
      }),
    [api, subscribe, guard],
  );
  return <CloseGuardContext.Provider value={guard}>{children}</CloseGuardContext.Provider>;
}

/**
 * Registers `flush` to run before the window closes, for as long as the component is mounted; the
 * latest `flush` is the one called. Without a CloseGuardProvider (isolated tests) it does nothing.
 */
export function useCloseFlush(flush: CloseFlush): void {
  const guard = useContext(CloseGuardContext);
  const latest = useRef(flush);
  useLayoutEffect(() => {
    latest.current = flush;
  });
  useEffect(() => guard?.register(() => latest.current()), [guard]);
}
