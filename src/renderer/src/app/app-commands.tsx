import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  type ReactNode,
} from 'react';
import type { AppCommand, EventPayload, Subscribe } from '@shared/ipc/contract';
import { ApiProvider, useApiClient, type ApiClient } from '@renderer/api/api-context';
import { useAppInfo } from './app-data-context';

type CommandListener = (payload: EventPayload<'app:command'>) => void;

/** The same shortcuts as the Electron menu (main's menu-template.ts), for pages without it. */
const shortcutKeys: Readonly<Record<string, AppCommand>> = {
  k: 'command-palette',
  f: 'search',
  n: 'new-case',
  l: 'lock',
};

/** Ctrl+K / F / N / L (Cmd on macOS) → the app command the menu would send; otherwise null. */
export function shortcutCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): AppCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  return shortcutKeys[event.key.toLowerCase()] ?? null;
}

const DispatchContext = createContext<((command: AppCommand) => void) | null>(null);

/** Runs an app command as if the menu had sent it (palette: New case, Lock vault). */
export function useDispatchAppCommand(): (command: AppCommand) => void {
  const dispatch = useContext(DispatchContext);
  if (!dispatch) throw new Error('useDispatchAppCommand() needs an <AppCommandProvider> above it.');
  return dispatch;
}

/**
 * Lets the page raise app commands. Subscribers to `app:command` below this provider hear main's
 * menu events and the page's own commands alike, so a feature listens in one place.
 *
 * Shortcuts: in Electron the menu's accelerators already send Ctrl/Cmd+K, F, N and L as
 * `app:command`, so the page ignores those keys there (handling both would run each twice). In the
 * browser harness there is no menu, and the page turns the keys into the same commands.
 */
export function AppCommandProvider({ children }: { children: ReactNode }) {
  const outer = useApiClient();
  const { runtime } = useAppInfo();
  const local = useRef(new Set<CommandListener>());

  const dispatch = useCallback((command: AppCommand) => {
    for (const listener of [...local.current]) listener({ command });
  }, []);

  // One subscription to main's menu events, fanned out with the page's own commands.
  useEffect(
    () => outer.subscribe('app:command', ({ command }) => dispatch(command)),
    [outer, dispatch],
  );

  const client = useMemo<ApiClient>(() => {
    const subscribe = ((event, listener) => {
      if (event !== 'app:command') return outer.subscribe(event, listener);
      const own = listener as CommandListener;
      local.current.add(own);
      return () => {
        local.current.delete(own);
      };
    }) as Subscribe;
    return { api: outer.api, subscribe };
  }, [outer]);

  useEffect(() => {
    if (runtime === 'electron') return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutCommand(event);
      if (!command || event.defaultPrevented) return;
      event.preventDefault();
      dispatch(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runtime, dispatch]);

  return (
    <ApiProvider client={client}>
      <DispatchContext.Provider value={dispatch}>{children}</DispatchContext.Provider>
    </ApiProvider>
  );
}

/** Calls `onCommand` whenever `command` arrives, from the menu or from the page. */
export function useAppCommand(command: AppCommand, onCommand: () => void): void {
  const { subscribe } = useApiClient();
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  });
  useEffect(
    () =>
      subscribe('app:command', (payload) => {
        if (payload.command === command) latest.current();
      }),
    [subscribe, command],
  );
}
