import { createContext, useContext } from 'react';
import type { VaultStatus } from '@shared/domain/vault';
import type { Result } from '@shared/ipc/result';
import type { ScreenId } from '@renderer/app/navigation';

export interface VaultSession {
  status: VaultStatus;
  /** Take a status main returned (the gate re-routes from it). */
  applyStatus(status: VaultStatus): void;
  /** vault:create answered: show the recovery key step. */
  created(status: VaultStatus, recoveryKey: string): void;
  /** Move between the steps that fit the current state (picker ↔ create, unlock ↔ recover). */
  show(route: 'picker' | 'create' | 'unlock' | 'recover'): void;
  lock(): Promise<Result<VaultStatus>>;
  /** vault:close: back to the vault picker. */
  switchVault(): Promise<Result<VaultStatus>>;
  /** The frame says which screen is showing, to reopen it after a lock. */
  reportScreen(screen: ScreenId): void;
}

export const VaultSessionContext = createContext<VaultSession | null>(null);

export function useVaultSession(): VaultSession {
  const session = useContext(VaultSessionContext);
  if (!session) throw new Error('useVaultSession() needs the <VaultGate> above it.');
  return session;
}
