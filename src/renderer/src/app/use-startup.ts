import { useCallback, useEffect, useState } from 'react';
import type { VaultStatus } from '@shared/domain/vault';
import type { AppInfo, Preferences } from '@shared/ipc/contract';
import type { IpcError } from '@shared/ipc/result';
import { useApi } from '@renderer/api/api-context';

export type StartupState =
  | { status: 'loading' }
  | { status: 'failed'; error: IpcError }
  | { status: 'ready'; info: AppInfo; preferences: Preferences; vault: VaultStatus };

/** Loads what every screen needs before the first one appears: app facts, preferences, vault state. */
export function useStartup(): { state: StartupState; retry: () => void } {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<StartupState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    void Promise.all([api['app:info'](), api['preferences:get'](), api['vault:status']()]).then(
      ([info, preferences, vault]) => {
        if (!current) return;
        if (!info.ok) setState({ status: 'failed', error: info.error });
        else if (!preferences.ok) setState({ status: 'failed', error: preferences.error });
        else if (!vault.ok) setState({ status: 'failed', error: vault.error });
        else
          setState({
            status: 'ready',
            info: info.value,
            preferences: preferences.value,
            vault: vault.value,
          });
      },
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
