import type { AuditAction } from '../audit/audit-record';
import type { UnlockedKeyslots } from '../vault/keyslots';
import type { VaultStore } from '../vault/vault-store';

/** What the case services need of an unlocked vault: its store, id (bound into blobs) and actor. */
export interface CaseStoreAccess {
  store: VaultStore;
  vaultId: Buffer;
  actor: string;
}

export interface CheckpointView {
  size: number;
  head: string;
  time: string;
}

/** An unlocked vault's data side: index, case documents, audit log. */
export interface OpenedVaultData {
  audit(action: AuditAction, details?: Record<string, unknown>): Promise<void>;
  checkpoint(): Promise<CheckpointView>;
  /** The store for the case services; absent in session tests that fake the data side. */
  cases?: CaseStoreAccess;
  /** Flush, release the single-writer lock, and zero every key this side holds. Records nothing. */
  close(): Promise<void>;
}

/**
 * Creates or opens the data side of a vault for an unlocked keyslot session. `initialise` records
 * `vault.created` and `open` records `unlock.ok` in the audit log themselves.
 */
export interface VaultDataFactory {
  initialise(dir: string, keys: UnlockedKeyslots): Promise<OpenedVaultData>;
  open(dir: string, keys: UnlockedKeyslots): Promise<OpenedVaultData>;
}
