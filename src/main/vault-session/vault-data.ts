import type { AuditAction } from '../audit/audit-record';
import type { UnlockedKeyslots } from '../vault/keyslots';

export interface CheckpointView {
  size: number;
  head: string;
  time: string;
}

/** An unlocked vault's data side: index, case documents, audit log. */
export interface OpenedVaultData {
  audit(action: AuditAction, details?: Record<string, unknown>): Promise<void>;
  checkpoint(): Promise<CheckpointView>;
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
