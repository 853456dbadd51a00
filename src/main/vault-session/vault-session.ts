import { timingSafeEqual } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { VaultStatus } from '../../shared/domain/vault';
import { AppError } from '../ipc/app-error';
import type { EventBus } from '../ipc/event-bus';
import type { Clock } from '../ports/clock';
import type { Dialogs } from '../ports/dialogs';
import { ensurePrivateDirectory, writeFileDurably } from '../storage/durable-write';
import type { KdfRunner } from '../vault/kdf';
import type { KdfPolicy } from '../vault/kdf-policy';
import {
  KEYSLOT_FILE_NAME,
  changePassphrase,
  closeKeyslots,
  createKeyslots,
  parseKeyslots,
  readKeyslotFile,
  rotateRecoveryKey,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  writeKeyslotFile,
  type Argon2Settings,
  type UnlockedKeyslots,
} from '../vault/keyslots';
import { parseRecoveryKey } from '../vault/recovery-key';
import { runCryptoSelfTest } from '../vault/self-test';
import type { RecentVaults } from '../vault-registry/recent-vaults';
import { IdleTimer, realTimers, type TimerPort } from './idle-timer';
import { SerialQueue } from './serial-queue';
import type { CheckpointView, OpenedVaultData, VaultDataFactory } from './vault-data';

export interface EmergencyKitInput {
  vaultName: string;
  vaultPath: string;
  vaultId: string;
  createdAt: Date;
  recoveryKey: string;
}

export interface VaultSessionDeps {
  registry: RecentVaults;
  dialogs: Dialogs;
  clock: Clock;
  events: EventBus;
  kdf: { runner: KdfRunner; policy?: KdfPolicy };
  /** Argon2id parameters for a new vault: calibrated on this machine in production. */
  argon2ForNewVault: () => Promise<Argon2Settings>;
  data: VaultDataFactory;
  idleMinutes: () => number;
  renderEmergencyKit: (input: EmergencyKitInput) => Promise<Buffer>;
  timers?: TimerPort;
}

interface CurrentVault {
  path: string;
  name: string;
  id: string;
}

interface Unlocked {
  keys: UnlockedKeyslots;
  data: OpenedVaultData;
}

/** 'quit': the window is closing; queued writes are flushed and the keys zeroed first. */
export type LockReason = 'user' | 'idle' | 'system' | 'quit';

const notOpen = () => new AppError('NotFound', 'No vault is open. Choose or create one first.');
const locked = () => new AppError('VaultLocked', 'The vault is locked. Unlock it to continue.');

/**
 * The one vault this window works with: which is open, whether it is unlocked, and the keys while it
 * is. Every state change runs through one queue, so a double-clicked Unlock cannot run two KDFs or
 * race a lock. Keys never leave this object except into the data side.
 */
export class VaultSession {
  private current: CurrentVault | null = null;
  private unlocked: Unlocked | null = null;
  /** Shown once at creation; held only until the user proves they kept it (or the vault locks). */
  private pendingRecoveryKey: string | null = null;
  private failedUnlocks = 0;
  private selfTested = false;
  private readonly queue = new SerialQueue();
  private readonly idle: IdleTimer;

  constructor(private readonly deps: VaultSessionDeps) {
    this.idle = new IdleTimer(
      deps.idleMinutes,
      () => void this.lock('idle'),
      deps.timers ?? realTimers,
    );
  }

  status(): VaultStatus {
    return {
      state: this.current === null ? 'closed' : this.unlocked ? 'unlocked' : 'locked',
      vault: this.current ? { ...this.current } : null,
      recent: this.deps.registry.list(),
      recoveryKeyPending: this.pendingRecoveryKey !== null,
    };
  }

  get isUnlocked(): boolean {
    return this.unlocked !== null;
  }

  /** The data side of the unlocked vault, for the case services. */
  requireData(): OpenedVaultData {
    if (!this.current) throw notOpen();
    if (!this.unlocked) throw locked();
    return this.unlocked.data;
  }

  create(input: {
    name: string;
    passphrase: string;
  }): Promise<{ status: VaultStatus; recoveryKey: string }> {
    return this.queue.run(async () => {
      await this.ensureSelfTest();
      const parent = await this.deps.dialogs.chooseDirectory({
        title: 'Choose where to keep the new vault',
        create: true,
      });
      if (parent === null) throw new AppError('Cancelled', 'No folder was chosen.');
      const dir = resolve(parent, input.name);
      await assertEmptyOrMissing(dir);
      await this.closeCurrent('user');
      await ensurePrivateDirectory(dir);
      const created = await createKeyslots(
        input.passphrase,
        await this.deps.argon2ForNewVault(),
        this.deps.kdf,
      );
      try {
        await writeKeyslotFile(join(dir, KEYSLOT_FILE_NAME), created.session.file);
        const data = await this.deps.data.initialise(dir, created.session);
        this.unlocked = { keys: created.session, data };
      } catch (error) {
        closeKeyslots(created.session);
        throw error;
      }
      this.current = {
        path: dir,
        name: input.name,
        id: created.session.vaultId.toString('base64url'),
      };
      this.pendingRecoveryKey = created.recoveryKey;
      await this.deps.registry.touch(dir, input.name, this.deps.clock.now());
      // The idle lock starts once the recovery key is confirmed: locking before that would lose it.
      this.changed();
      return { status: this.status(), recoveryKey: created.recoveryKey };
    });
  }

  confirmRecoveryKey(input: { recoveryKey: string }): Promise<VaultStatus> {
    return this.queue.run(async () => {
      const expected = this.pendingRecoveryKey;
      if (expected === null)
        throw new AppError('Conflict', 'There is no new recovery key to confirm.');
      let typed: Buffer;
      try {
        typed = parseRecoveryKey(input.recoveryKey);
      } catch (error) {
        if (error instanceof AppError)
          throw new AppError('WrongRecoveryKey', error.message, error.details);
        throw error;
      }
      const wanted = parseRecoveryKey(expected);
      if (!timingSafeEqual(typed, wanted)) {
        throw new AppError(
          'WrongRecoveryKey',
          'That is not the recovery key shown for this vault.',
        );
      }
      this.pendingRecoveryKey = null;
      this.idle.start();
      this.changed();
      return this.status();
    });
  }

  saveEmergencyKit(): Promise<{ saved: boolean }> {
    return this.queue.run(async () => {
      const recoveryKey = this.pendingRecoveryKey;
      const vault = this.current;
      if (recoveryKey === null || vault === null) {
        throw new AppError(
          'Conflict',
          'The emergency kit can only be saved right after creating a vault.',
        );
      }
      const path = await this.deps.dialogs.chooseSavePath({
        title: 'Save the emergency kit',
        defaultName: `${vault.name} emergency kit.pdf`,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (path === null) return { saved: false };
      const pdf = await this.deps.renderEmergencyKit({
        vaultName: vault.name,
        vaultPath: vault.path,
        vaultId: vault.id,
        createdAt: this.deps.clock.now(),
        recoveryKey,
      });
      // The one plaintext file Confidant writes on purpose: the user chose the place to print it from.
      await writeFileDurably(path, pdf);
      return { saved: true };
    });
  }

  open(input: { path?: string | undefined }): Promise<VaultStatus> {
    return this.queue.run(async () => {
      let dir: string;
      if (input.path !== undefined) {
        const known = this.deps.registry.find(input.path);
        if (!known)
          throw new AppError('NotFound', 'That vault is not in the list of recent vaults.');
        dir = known.path;
      } else {
        const chosen = await this.deps.dialogs.chooseDirectory({ title: 'Open a vault folder' });
        if (chosen === null) throw new AppError('Cancelled', 'No folder was chosen.');
        dir = resolve(chosen);
      }
      const file = parseKeyslots(await readKeyslotFile(join(dir, KEYSLOT_FILE_NAME)));
      await this.closeCurrent('user');
      const name = this.deps.registry.find(dir)?.name ?? basename(dir);
      this.current = { path: dir, name, id: file.vaultId.toString('base64url') };
      this.failedUnlocks = 0;
      await this.deps.registry.touch(dir, name, this.deps.clock.now());
      this.changed();
      return this.status();
    });
  }

  unlock(input: { passphrase: string }): Promise<VaultStatus> {
    return this.queue.run(async () => {
      const vault = this.requireCurrent();
      if (this.unlocked) return this.status();
      await this.ensureSelfTest();
      const bytes = await readKeyslotFile(join(vault.path, KEYSLOT_FILE_NAME));
      let keys: UnlockedKeyslots;
      try {
        keys = await unlockWithPassphrase(bytes, input.passphrase, this.deps.kdf);
      } catch (error) {
        // Without keys nothing can be written to the encrypted log now; the count goes into the next
        // successful unlock's record instead.
        if (error instanceof AppError && error.code === 'WrongPassphrase') this.failedUnlocks += 1;
        throw error;
      }
      await this.enter(vault, keys);
      return this.status();
    });
  }

  recover(input: { recoveryKey: string; newPassphrase: string }): Promise<VaultStatus> {
    return this.queue.run(async () => {
      const vault = this.requireCurrent();
      await this.ensureSelfTest();
      await this.closeUnlocked('user');
      const bytes = await readKeyslotFile(join(vault.path, KEYSLOT_FILE_NAME));
      const viaRecovery = unlockWithRecoveryKey(bytes, input.recoveryKey);
      const keys = await changePassphrase(viaRecovery, input.newPassphrase, this.deps.kdf);
      await writeKeyslotFile(join(vault.path, KEYSLOT_FILE_NAME), keys.file);
      await this.enter(vault, keys);
      await this.requireData().audit('passphrase.changed', { via: 'recovery-key' });
      return this.status();
    });
  }

  changePassphrase(input: { current: string; next: string }): Promise<VaultStatus> {
    return this.queue.run(async () => {
      const vault = this.requireCurrent();
      const open = this.unlocked;
      if (!open) throw locked();
      // Prove the current passphrase (one KDF run) rather than trusting an unlocked window.
      const bytes = await readKeyslotFile(join(vault.path, KEYSLOT_FILE_NAME));
      const verified = await unlockWithPassphrase(bytes, input.current, this.deps.kdf);
      const next = await changePassphrase(verified, input.next, this.deps.kdf);
      await writeKeyslotFile(join(vault.path, KEYSLOT_FILE_NAME), next.file);
      closeKeyslots(open.keys);
      this.unlocked = { keys: next, data: open.data };
      await open.data.audit('passphrase.changed', { via: 'passphrase' });
      this.changed();
      return this.status();
    });
  }

  /**
   * Replace the recovery key (the old one stops working), after proving the passphrase. The new key
   * goes through the same show-once, save-kit, confirm flow as at creation.
   */
  rotateRecoveryKey(input: {
    passphrase: string;
  }): Promise<{ status: VaultStatus; recoveryKey: string }> {
    return this.queue.run(async () => {
      const vault = this.requireCurrent();
      const open = this.unlocked;
      if (!open) throw locked();
      const bytes = await readKeyslotFile(join(vault.path, KEYSLOT_FILE_NAME));
      const verified = await unlockWithPassphrase(bytes, input.passphrase, this.deps.kdf);
      const next = rotateRecoveryKey(verified);
      await writeKeyslotFile(join(vault.path, KEYSLOT_FILE_NAME), next.session.file);
      closeKeyslots(open.keys);
      this.unlocked = { keys: next.session, data: open.data };
      await open.data.audit('recovery.rotated');
      this.pendingRecoveryKey = next.recoveryKey;
      // As at creation: no idle lock until the user confirms they kept the new key.
      this.idle.stop();
      this.changed();
      return { status: this.status(), recoveryKey: next.recoveryKey };
    });
  }

  lock(reason: LockReason): Promise<VaultStatus> {
    return this.queue.run(async () => {
      await this.closeUnlocked(reason);
      return this.status();
    });
  }

  close(): Promise<VaultStatus> {
    return this.queue.run(async () => {
      await this.closeCurrent('user');
      return this.status();
    });
  }

  rename(input: { name: string }): Promise<VaultStatus> {
    return this.queue.run(async () => {
      const vault = this.requireCurrent();
      await this.deps.registry.rename(vault.path, input.name);
      vault.name = input.name;
      this.changed();
      return this.status();
    });
  }

  forget(input: { path: string }): Promise<VaultStatus> {
    return this.queue.run(async () => {
      if (this.current && this.current.path === resolve(input.path)) {
        throw new AppError('Conflict', 'Close this vault before removing it from the list.');
      }
      await this.deps.registry.forget(input.path);
      this.changed();
      return this.status();
    });
  }

  checkpoint(): Promise<CheckpointView> {
    return this.requireData().checkpoint();
  }

  /** In-app or system activity: postpones the idle lock. */
  activity(): void {
    if (this.unlocked && this.pendingRecoveryKey === null) this.idle.poke();
  }

  private requireCurrent(): CurrentVault {
    if (!this.current) throw notOpen();
    return this.current;
  }

  private async ensureSelfTest(): Promise<void> {
    if (this.selfTested) return;
    await runCryptoSelfTest(this.deps.kdf.runner);
    this.selfTested = true;
  }

  private async enter(vault: CurrentVault, keys: UnlockedKeyslots): Promise<void> {
    let data: OpenedVaultData;
    try {
      data = await this.deps.data.open(vault.path, keys);
    } catch (error) {
      closeKeyslots(keys);
      throw error;
    }
    this.unlocked = { keys, data };
    const failed = this.failedUnlocks;
    this.failedUnlocks = 0;
    // Failed attempts could not be logged without keys; record them now, after the unlock.ok.
    if (failed > 0) await data.audit('unlock.fail', { attempts: failed, loggedAtNextUnlock: true });
    if (this.pendingRecoveryKey === null) this.idle.start();
    await this.deps.registry.touch(vault.path, vault.name, this.deps.clock.now());
    this.changed();
  }

  private async closeUnlocked(reason: LockReason): Promise<void> {
    const open = this.unlocked;
    this.idle.stop();
    this.pendingRecoveryKey = null;
    if (!open) return;
    this.unlocked = null;
    try {
      await open.data.audit('lock', { reason });
    } finally {
      await open.data.close();
      closeKeyslots(open.keys);
    }
    this.deps.events.emit('vault:locked', { reason });
    this.changed();
  }

  private async closeCurrent(reason: LockReason): Promise<void> {
    await this.closeUnlocked(reason);
    if (this.current) {
      this.current = null;
      this.changed();
    }
  }

  private changed(): void {
    this.deps.events.emit('vault:status-changed', this.status());
  }
}

async function assertEmptyOrMissing(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new AppError(
      'StorageIOError',
      `Cannot use that folder (${(error as NodeJS.ErrnoException).code}).`,
    );
  }
  if (entries.length > 0) {
    throw new AppError(
      'Conflict',
      `A folder named "${basename(dir)}" already exists there and is not empty.`,
    );
  }
}
