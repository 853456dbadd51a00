import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  type ReactNode,
} from 'react';
import type { AppInfo, Preferences } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/result';
import { useApiClient } from '@renderer/api/api-context';
import {
  effectivePreferences,
  initialPreferencesState,
  preferencesReducer,
  type PreferencesState,
} from './preferences-state';

export interface PreferencesApi {
  /** Confirmed preferences with in-flight changes applied, so the UI reacts at once. */
  preferences: Preferences;
  errors: PreferencesState['errors'];
  update(patch: Partial<Preferences>): Promise<Result<Preferences>>;
}

interface AppData {
  info: AppInfo;
  preferences: PreferencesApi;
}

const AppDataContext = createContext<AppData | null>(null);

export function AppDataProvider({
  info,
  initialPreferences,
  children,
}: {
  info: AppInfo;
  initialPreferences: Preferences;
  children: ReactNode;
}) {
  const { api, subscribe } = useApiClient();
  const [state, dispatch] = useReducer(
    preferencesReducer,
    initialPreferences,
    initialPreferencesState,
  );

  // Main announces every change, including ones made from another window or the menu.
  useEffect(
    () => subscribe('preferences:changed', (value) => dispatch({ type: 'changed', value })),
    [subscribe],
  );

  const update = useCallback(
    async (patch: Partial<Preferences>) => {
      dispatch({ type: 'update-started', patch });
      const result = await api['preferences:update'](patch);
      if (result.ok) dispatch({ type: 'update-succeeded', patch, value: result.value });
      else dispatch({ type: 'update-failed', patch, error: result.error });
      return result;
    },
    [api],
  );

  const value = useMemo<AppData>(
    () => ({
      info,
      preferences: { preferences: effectivePreferences(state), errors: state.errors, update },
    }),
    [info, state, update],
  );

  return <AppDataContext.Provider value={value}>{children}</AppDataContext.Provider>;
}

function useAppData(): AppData {
  const data = useContext(AppDataContext);
  if (!data) throw new Error('App data is read inside <AppDataProvider> only.');
  return data;
}

export function useAppInfo(): AppInfo {
  return useAppData().info;
}

export function usePreferences(): PreferencesApi {
  return useAppData().preferences;
}
