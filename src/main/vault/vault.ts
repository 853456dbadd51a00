import { join } from 'node:path';
import { readLog } from '../audit/audit-log';
import { AppError } from '../ipc/app-error';
import { ensurePrivateDirectory } from '../storage/durable-write';
import { errnoCode, nodeFs } from '../storage/fs-port';
import { deriveVaultKeys, zeroize } from './keys';
import {
  changePassphrase,
  closeKeyslots,
  createKeyslots,
  KEYSLOT_FILE_NAME,
  readKeyslotFile,
  rotateRecoveryKey,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  writeKeyslotFile,
  type Argon2Settings,
  type KdfDeps,
  type UnlockedKeyslots,
} from './keyslots';
import { INDEX_FILE } from './vault-store-load';
import { VaultStore, type VaultStoreOptions } from './vault-store';

/**
 * The top-level vault API: create, unlock (passphrase or recovery key), change credentials, lock.
 * Composes the keyslot file (vault.json, owned by the key module) with the document store.
 */

export type VaultDeps = KdfDeps & VaultStoreOptions;

export class Vault {
  private constructor(
    readonly dir: string,
    /** Cases, settings and the audit log of the unlocked vault. */
    readonly store: VaultStore,
    private session: UnlockedKeyslots,
    private readonly deps: VaultDeps,
  ) {}

  get vaultId(): string {
    return this.session.vaultId.toString('base64url');
  }

  /** A new vault in `dir` (created 0700). Show `recoveryKey` once, then drop it. */
  static async create(
    dir: string,
    passphrase: string,
    settings: Argon2Settings,
    deps: VaultDeps,
  ): Promise<{ vault: Vault; recoveryKey: string }> {
    const fs = deps.fs ?? nodeFs;
    await ensurePrivateDirectory(dir, fs);
    const slotPath = join(dir, KEYSLOT_FILE_NAME);
    const exists = await fs.stat(slotPath).then(
      () => true,
      (error: unknown) => errnoCode(error) !== 'ENOENT',
    );
    if (exists) throw new AppError('Conflict', 'A vault already exists in this folder.');
    const { session, recoveryKey } = await createKeyslots(passphrase, settings, deps);
    try {
      // Keyslots first: a crash before the store's first commit leaves a vault that unlock
      // finishes creating (see finishCreation), never an index nobody can unwrap.
      await writeKeyslotFile(slotPath, session.file, fs);
      const store = await VaultStore.create(dir, session.vaultKey, session.vaultId, deps);
      return { vault: new Vault(dir, store, session, deps), recoveryKey };
    } catch (error) {
      closeKeyslots(session);
      throw error;
    }
  }

  static async unlock(dir: string, passphrase: string, deps: VaultDeps): Promise<Vault> {
    const bytes = await readKeyslotFile(join(dir, KEYSLOT_FILE_NAME), deps.fs ?? nodeFs);
    return Vault.openStore(dir, await unlockWithPassphrase(bytes, passphrase, deps), deps);
  }

  static async unlockWithRecoveryKey(
    dir: string,
    recoveryKey: string,
    deps: VaultDeps,
  ): Promise<Vault> {
    const bytes = await readKeyslotFile(join(dir, KEYSLOT_FILE_NAME), deps.fs ?? nodeFs);
    return Vault.openStore(dir, unlockWithRecoveryKey(bytes, recoveryKey), deps);
  }

  private static async openStore(
    dir: string,
    session: UnlockedKeyslots,
    deps: VaultDeps,
  ): Promise<Vault> {
    try {
      return new Vault(dir, await openVaultStore(dir, session, deps), session, deps);
    } catch (error) {
      closeKeyslots(session);
      throw error;
    }
  }

  /** New passphrase: only vault.json changes (O(1)); logged as passphrase.changed. */
  async changePassphrase(newPassphrase: string, settings?: Argon2Settings): Promise<void> {
    const next = await changePassphrase(this.session, newPassphrase, {
      ...this.deps,
      ...(settings ? { settings } : {}),
    });
    await writeKeyslotFile(join(this.dir, KEYSLOT_FILE_NAME), next.file, this.deps.fs ?? nodeFs);
    this.session = next;
    await this.store.recordEvent('passphrase.changed');
  }

  /** New recovery key; the old one stops working. Show the returned key once. */
  async rotateRecoveryKey(): Promise<string> {
    const next = rotateRecoveryKey(this.session);
    await writeKeyslotFile(
      join(this.dir, KEYSLOT_FILE_NAME),
      next.session.file,
      this.deps.fs ?? nodeFs,
    );
    this.session = next.session;
    await this.store.recordEvent('recovery.rotated');
    return next.recoveryKey;
  }

  /** Finish queued writes, log `lock`, release the lock file and zero every key. */
  async lock(): Promise<void> {
    try {
      await this.store.close();
    } finally {
      closeKeyslots(this.session);
    }
  }
}

/**
 * Open the store of an unlocked vault. A creation that crashed after vault.json but before the first
 * index commit is finished here; any other missing index (a deleted one) stays DocMissing.
 */
export async function openVaultStore(
  dir: string,
  session: UnlockedKeyslots,
  options: VaultStoreOptions,
): Promise<VaultStore> {
  try {
    return await VaultStore.open(dir, session.vaultKey, session.vaultId, options);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'DocMissing')) throw error;
    if (!(await creationNeverCommitted(dir, session.vaultKey, session.vaultId, options))) {
      throw error;
    }
    return VaultStore.create(dir, session.vaultKey, session.vaultId, options);
  }
}

/**
 * True when the index is missing because creation crashed before its first commit: no index, no
 * case files, and an audit log holding nothing but (at most) the uncommitted `vault.created`.
 * Anything else is a deleted index and stays DocMissing.
 */
export async function creationNeverCommitted(
  dir: string,
  vaultKey: Buffer,
  vaultId: Buffer,
  options: VaultStoreOptions = {},
): Promise<boolean> {
  const fs = options.fs ?? nodeFs;
  const exists = (path: string) =>
    fs.stat(path).then(
      () => true,
      () => false,
    );
  if (await exists(join(dir, INDEX_FILE))) return false;
  const cases = await fs.readdir(join(dir, 'cases')).catch(() => []);
  if (cases.some((name) => name.endsWith('.cfd'))) return false;
  const keys = deriveVaultKeys(vaultKey, vaultId);
  try {
    // Read-only: nothing on disk changes unless creation is then finished.
    const log = await readLog(fs, join(dir, 'audit'), vaultId, keys.auditKey);
    return (
      !log.broken &&
      log.records.length <= 1 &&
      log.records.every((r) => r.action === 'vault.created')
    );
  } catch {
    return false;
  } finally {
    zeroize(keys.indexKey, keys.auditKey, keys.wrapKey);
  }
}
