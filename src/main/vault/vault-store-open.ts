import { join } from 'node:path';
import { AuditLog, type AuditLogOptions } from '../audit/audit-log';
import { AppError } from '../ipc/app-error';
import { systemClock, type Clock } from '../ports/clock';
import { storageIoError } from '../storage/durable-write';
import { errnoCode, nodeFs, type FsPort } from '../storage/fs-port';
import { IndexState } from './index-state';
import { deriveVaultKeys, zeroize, type VaultKeys } from './keys';
import {
  emptyReport,
  ensureLayout,
  fixFolderModes,
  quarantineAll,
  removeTempFiles,
  type RecoveryReport,
} from './startup-recovery';
import { INDEX_FILE, loadState, type LoadedState } from './vault-store-load';
import { VaultLockFile } from './vault-lock-file';

export interface VaultStoreOptions {
  fs?: FsPort;
  clock?: Clock;
  /** Local user label recorded in audit events. */
  actor?: string;
  /** Stale-lock check; defaults to `process.kill(pid, 0)`. */
  isProcessAlive?: (pid: number) => boolean;
  auditSegmentBytes?: number;
}

/** Everything a VaultStore is built from: keys derived, lock held, state verified. */
export interface StoreParts {
  root: string;
  vaultId: Buffer;
  keys: VaultKeys;
  fs: FsPort;
  clock: Clock;
  auditOptions: AuditLogOptions;
  lockFile: VaultLockFile;
  state: LoadedState;
  recovery: RecoveryReport;
  /** Folders found with widened modes at open, whose files are tightened after it. */
  widened?: string[];
}

function basics(options: VaultStoreOptions) {
  const fs = options.fs ?? nodeFs;
  const clock = options.clock ?? systemClock;
  const auditOptions: AuditLogOptions = { actor: options.actor ?? 'local', clock };
  if (options.auditSegmentBytes !== undefined)
    auditOptions.segmentBytes = options.auditSegmentBytes;
  return { fs, clock, auditOptions };
}

/** Take the lock and derive keys, run `body`; on failure zero the keys and release the lock. */
async function withLockAndKeys(
  fs: FsPort,
  root: string,
  vaultKey: Buffer,
  vaultId: Buffer,
  options: VaultStoreOptions,
  body: (lockFile: VaultLockFile, keys: VaultKeys) => Promise<StoreParts>,
): Promise<StoreParts> {
  const lockFile = await VaultLockFile.acquire(fs, root, options.isProcessAlive);
  const keys = deriveVaultKeys(vaultKey, vaultId);
  try {
    return await body(lockFile, keys);
  } catch (error) {
    zeroize(keys.indexKey, keys.auditKey, keys.wrapKey);
    await lockFile.release();
    throw error instanceof AppError ? error : storageIoError(error, 'open the vault');
  }
}

/** Layout and lock for a new store; its first commit (vault.created) is the caller's. */
export async function prepareCreate(
  root: string,
  vaultKey: Buffer,
  vaultId: Buffer,
  options: VaultStoreOptions,
): Promise<StoreParts> {
  const { fs, clock, auditOptions } = basics(options);
  await ensureLayout(fs, root);
  const exists = await fs.stat(join(root, INDEX_FILE)).then(
    () => true,
    (error: unknown) =>
      errnoCode(error) === 'ENOENT'
        ? false
        : Promise.reject(storageIoError(error, 'inspect the vault')),
  );
  if (exists) throw new AppError('Conflict', 'A vault already exists in this folder.');
  return withLockAndKeys(fs, root, vaultKey, vaultId, options, async (lockFile, keys) => {
    const recovery = emptyReport();
    await removeTempFiles(fs, root, recovery);
    // Leftovers of a creation that crashed before its first index commit: nothing was ever
    // acknowledged, but keep them in quarantine rather than deleting them.
    await quarantineAll(fs, root, 'audit', clock, recovery);
    const audit = await AuditLog.open(
      fs,
      join(root, 'audit'),
      vaultId,
      keys.auditKey,
      auditOptions,
    );
    const state: LoadedState = { index: IndexState.empty(), audit };
    return {
      root,
      vaultId,
      keys,
      fs,
      clock,
      auditOptions,
      lockFile,
      state,
      recovery,
    };
  });
}

/** Lock, read and verify the index and the audit log's tail, fix folder modes. */
export async function prepareOpen(
  root: string,
  vaultKey: Buffer,
  vaultId: Buffer,
  options: VaultStoreOptions,
): Promise<StoreParts> {
  const { fs, clock, auditOptions } = basics(options);
  await fs.stat(root).catch((error: unknown) => {
    throw errnoCode(error) === 'ENOENT'
      ? new AppError('NotFound', 'There is no vault in this folder.')
      : storageIoError(error, 'open the vault');
  });
  return withLockAndKeys(fs, root, vaultKey, vaultId, options, async (lockFile, keys) => {
    const recovery = emptyReport();
    // The audit prefix, temp files and orphans are dealt with after unlock (VaultStore.open starts
    // that work; no write is accepted before it has finished).
    const state = await loadState(fs, root, vaultId, keys, auditOptions, {
      deferAuditPrefix: true,
    });
    // Before ensureLayout, which would tighten a widened folder without noticing it was widened.
    const widened = await fixFolderModes(fs, root, recovery);
    await ensureLayout(fs, root);
    return {
      root,
      vaultId,
      keys,
      fs,
      clock,
      auditOptions,
      lockFile,
      state,
      recovery,
      widened,
    };
  });
}
