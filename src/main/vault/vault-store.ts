import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppendInput, AuditCheckpoint, AuditLogOptions } from '../audit/audit-log';
import type { AuditAction, AuditRecord } from '../audit/audit-record';
import { AppError } from '../ipc/app-error';
import type { Clock } from '../ports/clock';
import { storageIoError, syncDirectory, writeFileDurably } from '../storage/durable-write';
import type { FsPort } from '../storage/fs-port';
import { sha256Hex } from './doc-format';
import {
  caseFileName,
  collectionNameSchema,
  INDEX_DIR,
  SHARD_VERSIONS_KEPT,
  shardFileName,
  shardsWithoutPrevious,
  type CaseEntry,
} from './index-format';
import type { CommitPlan, IndexChange } from './index-state';
import { randomKey, unwrapCaseKey, wrapCaseKey, zeroize, type VaultKeys } from './keys';
import { decodeCase, encodeCase, readCaseFile } from './vault-store-cases';
import { deleteCaseFiles, type DeletionCertificate } from './shred';
import {
  fixFileModes,
  KEEP_VERSIONS,
  listVault,
  reconcileFiles,
  removeTempFiles,
  type RecoveryReport,
} from './startup-recovery';
import { INDEX_FILE, loadState, type LoadedState } from './vault-store-load';
import {
  prepareCreate,
  prepareOpen,
  type StoreParts,
  type VaultStoreOptions,
} from './vault-store-open';
import {
  auditEventViews,
  caseSummary,
  type AuditEventView,
  type CaseSummary,
  type Overview,
} from './vault-store-views';
import type { VaultLockFile } from './vault-lock-file';
import { WriteQueue } from './write-queue';

export type { AuditEventView, CaseSummary, Overview, VaultStoreOptions };

/**
 * The encrypted document store of one unlocked vault (vault.md §5, §8, §12). Every mutation runs
 * through one queue and follows the commit protocol: case file → audit event → index (the commit
 * point, only then resolve) → prune. After any failed commit the on-disk state is re-read before the
 * next operation, so memory never runs ahead of (or behind) what a restart would see.
 */
export class VaultStore {
  private readonly queue = new WriteQueue();
  /** Repair work started by `open` that runs after it resolves; awaited by `close`. */
  private maintenance: Promise<void> = Promise.resolve();
  private writesReady: Promise<void> = Promise.resolve();
  /** An integrity failure found after open (AuditChainBroken…): thrown by every later call. */
  private failure: Error | null = null;
  private stale = false;
  private closed = false;

  private readonly root: string;
  private readonly vaultId: Buffer;
  private readonly keys: VaultKeys;
  private readonly fs: FsPort;
  private readonly clock: Clock;
  private readonly auditOptions: AuditLogOptions;
  private readonly lockFile: VaultLockFile;
  private state: LoadedState;
  /** What start-up repair did (temp files removed, files quarantined, modes fixed). */
  readonly recovery: RecoveryReport;

  private constructor(parts: StoreParts) {
    this.root = parts.root;
    this.vaultId = parts.vaultId;
    this.keys = parts.keys;
    this.fs = parts.fs;
    this.clock = parts.clock;
    this.auditOptions = parts.auditOptions;
    this.lockFile = parts.lockFile;
    this.state = parts.state;
    this.recovery = parts.recovery;
  }

  /** Create a new, empty vault store in `root` (which may already hold vault.json). */
  static async create(
    root: string,
    vaultKey: Buffer,
    vaultId: Buffer,
    options: VaultStoreOptions = {},
  ): Promise<VaultStore> {
    const store = new VaultStore(await prepareCreate(root, vaultKey, vaultId, options));
    try {
      await store.commit({}, { action: 'vault.created' });
      return store;
    } catch (error) {
      await store.abandon();
      throw error;
    }
  }

  /** Open an existing vault store with an already-unwrapped vault key: lock, verify, repair. */
  static async open(
    root: string,
    vaultKey: Buffer,
    vaultId: Buffer,
    options: VaultStoreOptions = {},
  ): Promise<VaultStore> {
    const parts = await prepareOpen(root, vaultKey, vaultId, options);
    const store = new VaultStore(parts);
    try {
      await store.recordEvent('unlock.ok');
      store.startMaintenance(parts.widened ?? []);
      return store;
    } catch (error) {
      await store.abandon();
      throw error;
    }
  }

  // ── cases ──────────────────────────────────────────────────────────────────────────────────

  listCases(): Promise<CaseSummary[]> {
    return this.run(async () =>
      Array.from(this.state.index.caseEntries(), ([caseId, e]) => caseSummary(caseId, e)),
    );
  }

  /** One case's summary; NotFound when the vault has no such case. */
  caseSummary(caseId: string): Promise<CaseSummary> {
    return this.run(async () => caseSummary(caseId, this.entry(caseId)));
  }

  hasCase(caseId: string): boolean {
    return this.state.index.caseEntry(caseId) !== undefined;
  }

  /**
   * `caseId` lets the caller put the id inside the document it writes (default: random here);
   * `settings` replaces the vault settings in the same commit, so a number allocated from a
   * high-water mark kept there is consumed exactly when the case exists.
   */
  async createCase(
    overview: Overview,
    doc: unknown,
    options: { legalHold?: boolean; caseId?: string; settings?: Record<string, unknown> } = {},
  ): Promise<string> {
    return this.run(async () => {
      const caseId = options.caseId ?? randomBytes(16).toString('hex');
      checkId(caseId);
      if (this.state.index.caseEntry(caseId) !== undefined)
        throw new AppError('Conflict', 'A case with this id already exists.', { caseId });
      const ck = randomKey();
      try {
        const bytes = encodeCase(this.vaultId, caseId, 1, ck, doc);
        await this.writeFile(join('cases', caseFileName(caseId, 1)), bytes);
        const now = this.clock.now().toISOString();
        const entry: CaseEntry = {
          wrappedKey: wrapCaseKey(
            this.keys.wrapKey,
            this.vaultId,
            Buffer.from(caseId, 'hex'),
            ck,
          ).toString('base64'),
          currentSeq: 1,
          sha256: sha256Hex(bytes),
          overview: structuredClone(overview),
          legalHold: options.legalHold ?? false,
          blobIds: [],
          createdAt: now,
          updatedAt: now,
        };
        await this.commit(
          {
            cases: { [caseId]: entry },
            ...(options.settings ? { settings: options.settings } : {}),
          },
          {
            action: 'case.created',
            caseId,
            caseKey: ck,
            details: { overview },
          },
        );
        return caseId;
      } finally {
        zeroize(ck);
      }
    });
  }

  /** Decrypt the current version of a case. DocMissing / DocSwapped / DocCorrupt / DocRollback. */
  async readCase<T = unknown>(caseId: string): Promise<{ value: T; seq: number }> {
    return this.run(async () => {
      const entry = this.entry(caseId);
      const bytes = await readCaseFile(this.fs, this.root, caseId, entry.currentSeq);
      const ck = this.caseKey(caseId, entry);
      try {
        return decodeCase<T>(bytes, this.vaultId, caseId, entry, ck);
      } finally {
        zeroize(ck);
      }
    });
  }

  /**
   * `expectedSeq` makes the write conditional inside the store's queue: when the case moved past
   * it, `Conflict` and nothing is written (optimistic concurrency for `cases:update`).
   */
  async updateCase(
    caseId: string,
    doc: unknown,
    changes: { overview?: Overview; blobIds?: string[]; expectedSeq?: number } = {},
  ): Promise<number> {
    return this.run(async () => {
      const entry = this.entry(caseId);
      if (changes.expectedSeq !== undefined && changes.expectedSeq !== entry.currentSeq) {
        throw new AppError('Conflict', 'The case was changed since it was opened.', {
          caseId,
          expectedSeq: changes.expectedSeq,
          currentSeq: entry.currentSeq,
        });
      }
      const seq = entry.currentSeq + 1;
      const ck = this.caseKey(caseId, entry);
      try {
        const bytes = encodeCase(this.vaultId, caseId, seq, ck, doc);
        // Copy-on-write: a new file per version; the current one is never touched.
        await this.writeFile(join('cases', caseFileName(caseId, seq)), bytes);
        const now = this.clock.now().toISOString();
        const next: CaseEntry = {
          ...entry,
          currentSeq: seq,
          sha256: sha256Hex(bytes),
          updatedAt: now,
          ...(changes.overview ? { overview: changes.overview } : {}),
          ...(changes.blobIds ? { blobIds: [...changes.blobIds] } : {}),
        };
        await this.commit(
          { cases: { [caseId]: next } },
          {
            action: 'case.updated',
            caseId,
            caseKey: ck,
            details: { seq, ...(changes.overview ? { overview: changes.overview } : {}) },
          },
        );
      } finally {
        zeroize(ck);
      }
      // Best effort: a failed prune leaves an extra old version that start-up prunes later.
      const old = seq - KEEP_VERSIONS;
      if (old >= 1)
        await this.fs
          .unlink(join(this.root, 'cases', caseFileName(caseId, old)))
          .catch(() => undefined);
      return seq;
    });
  }

  /**
   * Replace only the index overview (e.g. a party was renamed): the case file and its seq are
   * untouched, so an editor holding that seq does not get a spurious Conflict.
   */
  async updateOverview(caseId: string, overview: Overview): Promise<void> {
    return this.run(async () => {
      const entry = this.entry(caseId);
      const ck = this.caseKey(caseId, entry);
      try {
        await this.commit(
          { cases: { [caseId]: { ...entry, overview: structuredClone(overview) } } },
          {
            action: 'case.updated',
            caseId,
            caseKey: ck,
            details: { seq: entry.currentSeq, overviewOnly: true, overview },
          },
        );
      } finally {
        zeroize(ck);
      }
    });
  }

  async setLegalHold(caseId: string, hold: boolean): Promise<void> {
    return this.run(async () => {
      const entry = this.entry(caseId);
      await this.commit(
        { cases: { [caseId]: { ...entry, legalHold: hold } } },
        {
          action: hold ? 'legalhold.set' : 'legalhold.released',
          caseId,
        },
      );
    });
  }

  /** Crypto-shred (vault.md §3): refused under legal hold; returns a deletion certificate. */
  async shredCase(caseId: string): Promise<DeletionCertificate> {
    return this.run(async () => {
      const entry = this.entry(caseId);
      if (entry.legalHold) {
        throw new AppError('Conflict', 'This case is under legal hold and cannot be shredded.', {
          caseId,
        });
      }
      // The commit removes CK and the entry; the event is appended before the index per §8.
      await this.commit(
        {
          cases: { [caseId]: null },
          shredded: { cases: [caseId], blobs: [...entry.blobIds] },
        },
        { action: 'case.shredded', caseId },
      );
      await deleteCaseFiles(this.fs, this.root, caseId, entry.blobIds);
      return {
        caseId,
        time: this.clock.now().toISOString(),
        checkpoint: this.state.audit.checkpoint(),
      };
    });
  }

  // ── settings ──────────────────────────────────────────────────────────────────────────────

  getSettings<T extends Record<string, unknown> = Record<string, unknown>>(): Promise<T> {
    return this.run(async () => structuredClone(this.state.index.root.settings) as T);
  }

  setSettings(settings: Record<string, unknown>): Promise<void> {
    return this.run(() =>
      this.commit(
        { settings },
        {
          action: 'settings.updated',
        },
      ),
    );
  }

  // ── vault-level records (people directory, templates…) ─────────────────────────────────

  /** Every record of a collection (copies), e.g. the people directory. */
  listRecords<T = unknown>(collection: string): Promise<{ id: string; value: T }[]> {
    return this.run(async () =>
      this.state.index
        .records(checkCollection(collection))
        .map(([id, value]) => ({ id, value: structuredClone(value) as T })),
    );
  }

  getRecord<T = unknown>(collection: string, id: string): Promise<T | undefined> {
    return this.run(async () => {
      const value = this.state.index.record(checkCollection(collection), checkId(id));
      return value === undefined ? undefined : (structuredClone(value) as T);
    });
  }

  /** Create or replace one record; one commit (the shard holding `id` and the root). */
  putRecord(collection: string, id: string, value: unknown): Promise<void> {
    return this.run(() =>
      this.commit(
        { records: [{ collection: checkCollection(collection), id: checkId(id), value }] },
        { action: 'record.updated', details: { collection, id } },
      ),
    );
  }

  deleteRecord(collection: string, id: string): Promise<void> {
    return this.run(async () => {
      if (this.state.index.record(checkCollection(collection), checkId(id)) === undefined)
        throw new AppError('NotFound', 'No such record in this vault.', { collection, id });
      await this.commit(
        { records: [{ collection, id, value: null }] },
        { action: 'record.deleted', details: { collection, id } },
      );
    });
  }

  // ── audit ─────────────────────────────────────────────────────────────────────────────────

  /** Append a plain (non-commit) event, e.g. case.viewed or evidence.exported. */
  recordEvent(
    action: AuditAction,
    event: { caseId?: string; blobId?: string; details?: Record<string, unknown> } = {},
  ): Promise<AuditRecord> {
    return this.run(async () => {
      // Case details must be sealed under that case's key so a shred makes them unreadable; never
      // fall back to storing them under K_audit alone.
      const entry = event.caseId ? this.entry(event.caseId) : undefined;
      const caseKey = entry && event.caseId ? this.caseKey(event.caseId, entry) : undefined;
      try {
        return await this.appendAudit({ ...event, action, ...(caseKey ? { caseKey } : {}) });
      } finally {
        zeroize(caseKey);
      }
    });
  }

  checkpoint(): Promise<AuditCheckpoint> {
    return this.run(async () => this.state.audit.checkpoint());
  }

  verifyAudit(): Promise<{ size: number; head: string }> {
    return this.run(() => this.state.audit.verify());
  }

  verifyAgainst(checkpoint: AuditCheckpoint): Promise<void> {
    return this.run(() => this.state.audit.verifyAgainst(checkpoint));
  }

  /** Every event, with details decrypted where the case key still exists (null after a shred). */
  auditEvents(): Promise<AuditEventView[]> {
    return this.run(async () => {
      const { index, audit } = this.state;
      const keyOf = (caseId: string) => {
        const entry = index.caseEntry(caseId);
        return entry ? this.caseKey(caseId, entry) : undefined;
      };
      return auditEventViews(audit.records(), index.rootSeq, this.vaultId, keyOf, (k) =>
        zeroize(k),
      );
    });
  }

  // ── blobs (for the attachment module) ────────────────────────────────────────────────────

  blobPath(blobId: string): string {
    return join(this.root, 'blobs', `${blobId}.cfb`);
  }

  /** A copy of CK for the attachment code; the caller zeroizes it. */
  unwrapCaseKey(caseId: string): Buffer {
    return this.caseKey(caseId, this.entry(caseId));
  }

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────

  /**
   * Work begun at open that the first case list need not wait for (vault.md §8 start-up repair):
   * hashing the audit records before the index's own event; deleting temp files and moving
   * orphans to quarantine; tightening file modes in widened folders. No file is written by the
   * store (or by attachments, through `ready`) before the first two have finished, and a failure
   * of either is sticky: every later call throws it.
   */
  private startMaintenance(widened: readonly string[]): void {
    const sticky = (error: unknown) => {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
    };
    const audit = this.state.audit.checkPrefix().catch(sticky);
    const repair = (async () => {
      const listing = await listVault(this.fs, this.root);
      await removeTempFiles(this.fs, this.root, this.recovery, listing);
      await reconcileFiles(
        this.fs,
        this.root,
        this.state.index,
        this.clock,
        this.recovery,
        listing,
      );
    })().catch((error: unknown) =>
      sticky(error instanceof AppError ? error : storageIoError(error, 'repair the vault')),
    );
    this.writesReady = Promise.all([audit, repair]).then(() => undefined);
    const modes = fixFileModes(this.fs, widened, this.recovery).catch(() => undefined);
    const upgrade = this.writesReady.then(() => this.upgradeShards());
    this.maintenance = Promise.all([upgrade, modes]).then(() => undefined);
  }

  /**
   * A vault written by an earlier build has shards in the v1 encoding, which unlock parses more
   * slowly (vault-format.md, "Index shard"). Once writing may start, one commit rewrites them all
   * as v2, through the queue like any other commit. Best effort: after a failure the shards stay
   * readable as they are and the next open tries again.
   */
  private async upgradeShards(): Promise<void> {
    if (this.failure || this.closed) return;
    const legacy = this.state.index.legacyShards();
    if (legacy.length === 0) return;
    await this.run(async () => {
      const rewrite = this.state.index.legacyShards();
      if (rewrite.length > 0)
        await this.commit(
          { rewrite },
          { action: 'index.upgraded', details: { shards: rewrite.length } },
        );
    }).catch(() => undefined);
  }

  /** Resolves when writing may start; throws the integrity or repair failure found after open. */
  async ready(): Promise<void> {
    await this.writesReady;
    if (this.failure) throw this.failure;
  }

  /** Resolves when all the background work begun at open has finished. */
  settled(): Promise<void> {
    return this.maintenance;
  }

  /** Wait for queued writes, log `lock`, release the lock file and zero the keys. */
  async close(options: { audit?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    await this.maintenance;
    await this.queue.idle();
    try {
      if (options.audit !== false) await this.recordEvent('lock').catch(() => undefined);
      await this.queue.idle();
    } finally {
      this.closed = true;
      zeroize(this.keys.indexKey, this.keys.auditKey, this.keys.wrapKey);
      await this.lockFile.release();
    }
  }

  /** Give up a store that failed to finish opening: zero keys, release the lock. */
  private async abandon(): Promise<void> {
    this.closed = true;
    zeroize(this.keys.indexKey, this.keys.auditKey, this.keys.wrapKey);
    await this.lockFile.release();
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────

  private run<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      if (this.closed) throw new AppError('VaultLocked', 'The vault is locked.');
      if (this.failure) throw this.failure;
      if (this.stale) {
        this.state = await loadState(
          this.fs,
          this.root,
          this.vaultId,
          this.keys,
          this.auditOptions,
        );
        this.stale = false;
      }
      return task();
    });
  }

  private entry(caseId: string): CaseEntry {
    const entry = this.state.index.caseEntry(caseId);
    if (!entry) throw new AppError('NotFound', 'No such case in this vault.', { caseId });
    return entry;
  }

  private caseKey(caseId: string, entry: CaseEntry): Buffer {
    return unwrapCaseKey(
      this.keys.wrapKey,
      this.vaultId,
      Buffer.from(caseId, 'hex'),
      Buffer.from(entry.wrappedKey, 'base64'),
    );
  }

  private async writeFile(relative: string, bytes: Buffer): Promise<void> {
    await this.ready();
    try {
      await writeFileDurably(join(this.root, relative), bytes, this.fs);
    } catch (error) {
      this.stale = true;
      throw error;
    }
  }

  private async appendAudit(
    input: Omit<AppendInput, 'indexSeq' | 'indexHash'>,
  ): Promise<AuditRecord> {
    try {
      return await this.state.audit.append({
        ...input,
        indexSeq: this.state.index.rootSeq,
        indexHash: this.state.index.rootHash,
      });
    } catch (error) {
      this.stale = true;
      throw error;
    }
  }

  /**
   * §8 steps 2–3: the touched index shards (new versions, copy-on-write), the audit event naming the
   * new root, then the root itself — the commit point. Old shard versions are pruned afterwards.
   */
  private async commit(
    change: IndexChange,
    event: Omit<AppendInput, 'indexSeq' | 'indexHash' | 'commit'>,
  ): Promise<void> {
    // Never build on a log whose early records are not yet proven to match the index.
    await this.ready();
    const { audit, index } = this.state;
    const plan = index.plan(
      change,
      { size: audit.size + 1, headBefore: audit.head.toString('hex') },
      { vaultId: this.vaultId, indexKey: this.keys.indexKey },
    );
    try {
      for (const w of plan.shardWrites) {
        if (w.next && w.bytes)
          await writeFileDurably(
            join(this.root, INDEX_DIR, shardFileName(w.shard, w.next.seq)),
            w.bytes,
            this.fs,
          );
      }
      await audit.append({
        ...event,
        indexSeq: plan.rootSeq,
        indexHash: plan.rootHash,
        commit: true,
      });
      await writeFileDurably(join(this.root, INDEX_FILE), plan.rootBytes, this.fs);
    } catch (error) {
      this.stale = true;
      throw error instanceof AppError ? error : storageIoError(error, 'save the vault index');
    }
    this.state = { index: index.apply(plan), audit };
    await this.pruneShards(plan);
  }

  /**
   * The previous shard version stays (a root restored one commit back still opens); the one
   * before it goes. A shard that ever held a shredded case keeps no previous version: it would
   * still hold the wrapped CK, which opens the audit details sealed under it. Its removal is
   * durable before a shred resolves; other pruning is best effort and start-up removes the rest.
   */
  private async pruneShards(plan: CommitPlan): Promise<void> {
    const noPrevious = shardsWithoutPrevious(plan.root.shredded);
    const dir = join(this.root, INDEX_DIR);
    let removedSecret = false;
    for (const w of plan.shardWrites) {
      // A dropped shard (emptied by a shred) is treated as one whose previous version is gone.
      const strict = w.next === null || noPrevious.has(w.shard);
      const top = w.next?.seq ?? (w.previousSeq ?? 0) + 1;
      for (const old of strict
        ? [top - 1, top - SHARD_VERSIONS_KEPT]
        : [top - SHARD_VERSIONS_KEPT]) {
        if (old < 1) continue;
        const gone = await this.fs.unlink(join(dir, shardFileName(w.shard, old))).then(
          () => true,
          () => false,
        );
        removedSecret ||= gone && strict;
      }
    }
    if (removedSecret) await syncDirectory(this.fs, dir).catch(() => undefined);
  }
}

function checkCollection(collection: string): string {
  if (!collectionNameSchema.safeParse(collection).success)
    throw new AppError('InvalidInput', 'Unknown record collection name.', { collection });
  return collection;
}

function checkId(id: string): string {
  if (!/^[0-9a-f]{32}$/.test(id))
    throw new AppError('InvalidInput', 'A record id is 32 lowercase hex characters.', { id });
  return id;
}
