import { useCallback, useEffect, useMemo, useReducer, useRef, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '@shared/domain/vault';
import { useApiClient } from '@renderer/api/api-context';
import { usePreferences } from '@renderer/app/app-data-context';
import { AppCommandProvider } from '@renderer/app/app-commands';
import { AppFrame } from '@renderer/app/AppFrame';
import type { ScreenId } from '@renderer/app/navigation';
import { useDocumentPreferences } from '@renderer/app/use-document-preferences';
import { BusyStatus } from './BusyStatus';
import { CreateVault } from './CreateVault';
import { RecoverScreen } from './RecoverScreen';
import { RecoveryKeyScreen } from './RecoveryKeyScreen';
import { forgetRememberedScreen, rememberScreen } from './resume-screen';
import { UnlockScreen } from './UnlockScreen';
import { useActivityPing } from './use-activity-ping';
import { VaultCard } from './VaultCard';
import { gateReducer, initialGateState, type GateState } from './vault-gate-state';
import { VaultPicker } from './VaultPicker';
import { VaultSessionContext, type VaultSession } from './vault-session-context';

function ReloadingScreen() {
  const { t } = useTranslation();
  return (
    <VaultCard title={t('vault.locked.title')}>
      <BusyStatus label={t('vault.locked.clearing')} />
    </VaultCard>
  );
}

function renderRoute(state: GateState): ReactNode {
  switch (state.route) {
    case 'picker':
      return <VaultPicker />;
    case 'create':
      return <CreateVault />;
    case 'unlock':
      return <UnlockScreen />;
    case 'recover':
      return <RecoverScreen />;
    case 'recovery-key':
      return <RecoveryKeyScreen recoveryKey={state.recoveryKey} />;
    case 'app':
      return (
        <AppCommandProvider>
          <AppFrame />
        </AppCommandProvider>
      );
    case 'reloading':
      return <ReloadingScreen />;
  }
}

/**
 * Shows the frame only while the vault is unlocked; otherwise the picker, unlock, recovery or
 * recovery-key step. When the vault locks with case data on screen, the window reloads so nothing
 * of it stays in the renderer's memory, and the frame reopens on the same screen after unlocking.
 */
export function VaultGate({ initialStatus }: { initialStatus: VaultStatus }) {
  const { api, subscribe } = useApiClient();
  const { preferences } = usePreferences();
  const [state, dispatch] = useReducer(gateReducer, initialStatus, initialGateState);
  const screenRef = useRef<ScreenId | null>(null);
  const reloadRequested = useRef(false);

  useDocumentPreferences(preferences);
  useActivityPing(state.route === 'app');

  useEffect(
    () => subscribe('vault:status-changed', (status) => dispatch({ type: 'status', status })),
    [subscribe],
  );
  useEffect(() => subscribe('vault:locked', () => dispatch({ type: 'locked' })), [subscribe]);

  useEffect(() => {
    if (state.route === 'picker') forgetRememberedScreen();
    if (state.route !== 'reloading' || reloadRequested.current) return;
    reloadRequested.current = true;
    if (screenRef.current) rememberScreen(screenRef.current);
    window.location.reload();
  }, [state.route]);

  const applyStatus = useCallback(
    (status: VaultStatus) => dispatch({ type: 'status', status }),
    [],
  );

  const session = useMemo<VaultSession>(
    () => ({
      status: state.status,
      applyStatus,
      created: (status, recoveryKey) => dispatch({ type: 'created', status, recoveryKey }),
      show: (route) => dispatch({ type: 'show', route }),
      lock: async () => {
        const result = await api['vault:lock']();
        if (result.ok) applyStatus(result.value);
        return result;
      },
      switchVault: async () => {
        const result = await api['vault:close']();
        if (result.ok) applyStatus(result.value);
        return result;
      },
      reportScreen: (screen) => {
        screenRef.current = screen;
      },
    }),
    [api, applyStatus, state.status],
  );

  return (
    <I18nProvider locale={preferences.locale}>
      <VaultSessionContext.Provider value={session}>
        {renderRoute(state)}
      </VaultSessionContext.Provider>
    </I18nProvider>
  );
}
