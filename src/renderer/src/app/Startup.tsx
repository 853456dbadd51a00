import { VaultGate } from '@renderer/features/vault/VaultGate';
import { AppDataProvider } from './app-data-context';
import { StartupScreen } from './StartupScreen';
import { useStartup } from './use-startup';

/** Loads app facts, preferences and the vault's state, then hands over to the vault gate. */
export function Startup() {
  const { state, retry } = useStartup();
  if (state.status === 'loading') return <StartupScreen onRetry={retry} />;
  if (state.status === 'failed') return <StartupScreen error={state.error} onRetry={retry} />;
  return (
    <AppDataProvider info={state.info} initialPreferences={state.preferences}>
      <VaultGate initialStatus={state.vault} />
    </AppDataProvider>
  );
}
