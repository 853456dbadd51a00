import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppendInput, AuditCheckpoint, AuditLogOptions } from '../audit/audit-log';
import type { AuditAction, AuditRecord } from '../audit/audit-record';
import { AppError } from '../ipc/app-error';
import type { Clock } from '../ports/clock';
import { storageIoError, writeFileDurably } from '../storage/durable-write';
import type { FsPort } from '../storage/fs-port';
import { DocKind, encodeDoc, sha256Hex, ZERO_ID } from './doc-format';
import { caseFileName, type CaseEntry, type IndexData } from './index-format';
import { randomKey, unwrapCaseKey, wrapCaseKey, zeroize, type VaultKeys } from './keys';
import { decodeCase, encodeCase, readCaseFile } from './vault-store-cases';
import { deleteCaseFiles, type DeletionCertificate } from './shred';
import { KEEP_VERSIONS, type RecoveryReport } from './startup-recovery';
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
      await store.commit(() => undefined, { action: 'vault.created' });
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
    const store = new VaultStore(await prepareOpen(root, vaultKey, vaultId, options));
    try {
      await store.recordEvent('unlock.ok');
      return store;
    } catch (error) {
      await store.abandon();
      throw error;
    }
  }

  // ── cases ──────────────────────────────────────────────────────────────────────────────────

  listCases(): Promise<CaseSummary[]> {
    return this.run(async () =>
      Object.entries(this.state.index.cases).map(([caseId, e]) => caseSummary(caseId, e)),
    );
  }

  hasCase(caseId: string): boolean {
    return caseId in this.state.index.cases;
  }

  async createCase(
    overview: Overview,
    doc: unknown,
    options: { legalHold?: boolean } = {},
  ): Promise<string> {
    return this.run(async () => {
      const caseId = randomBytes(16).toString('hex');
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
        await this.commit((next) => void (next.cases[caseId] = entry), {
          action: 'case.created',
          caseId,
          caseKey: ck,
          details: { overview },
        });
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

  async updateCase(
    caseId: string,
    doc: unknown,
    changes: { overview?: Overview; blobIds?: string[] } = {},
  ): Promise<number> {
    return this.run(async () => {
      const entry = this.entry(caseId);
      const seq = entry.currentSeq + 1;
      const ck = this.caseKey(caseId, entry);
      try {
        const bytes = encodeCase(this.vaultId, caseId, seq, ck, doc);
        // Copy-on-write: a new file per version; the current one is never touched.
        await this.writeFile(join('cases', caseFileName(caseId, seq)), bytes);
        const now = this.clock.now().toISOString();
        await this.commit(
          (next) => {
            const e = next.cases[caseId]!;
            e.currentSeq = seq;
            e.sha256 = sha256Hex(bytes);
            e.updatedAt = now;
            if (changes.overview) e.overview = structuredClone(changes.overview);
            if (changes.blobIds) e.blobIds = [...changes.blobIds];
          },
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

  async setLegalHold(caseId: string, hold: boolean): Promise<void> {
    return this.run(async () => {
      this.entry(caseId);
      await this.commit((next) => void (next.cases[caseId]!.legalHold = hold), {
        action: hold ? 'legalhold.set' : 'legalhold.released',
        caseId,
      });
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
        (next) => {
          delete next.cases[caseId];
          next.shredded.push(caseId);
          next.shreddedBlobs.push(...entry.blobIds);
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
    return this.run(async () => structuredClone(this.state.index.settings) as T);
  }

  setSettings(settings: Record<string, unknown>): Promise<void> {
    return this.run(() =>
      this.commit((next) => void (next.settings = structuredClone(settings)), {
        action: 'settings.updated',
      }),
    );
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
      const { index, indexSeq, audit } = this.state;
      const keyOf = (caseId: string) => {
        const entry = Object.hasOwn(index.cases, caseId) ? index.cases[caseId] : undefined;
        return entry ? this.caseKey(caseId, entry) : undefined;
      };
      return auditEventViews(audit.records(), indexSeq, this.vaultId, keyOf, (k) => zeroize(k));
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

  /** Wait for queued writes, log `lock`, release the lock file and zero the keys. */
  async close(options: { audit?: boolean } = {}): Promise<void> {
    if (this.closed) return;
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
    const entry = Object.hasOwn(this.state.index.cases, caseId)
      ? this.state.index.cases[caseId]
      : undefined;
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
        indexSeq: this.state.indexSeq,
        indexHash: this.state.indexHash,
      });
    } catch (error) {
      this.stale = true;
      throw error;
    }
  }

  /** §8 steps 2–3: audit event naming the new index, then the index itself (the commit point). */
  private async commit(
    mutate: (next: IndexData) => void,
    event: Omit<AppendInput, 'indexSeq' | 'indexHash' | 'commit'>,
  ): Promise<void> {
    const { audit } = this.state;
    const next = structuredClone(this.state.index);
    mutate(next);
    next.audit = { size: audit.size + 1, headBefore: audit.head.toString('hex') };
    const seq = this.state.indexSeq + 1;
    const bytes = encodeDoc({
      kind: DocKind.Index,
      vaultId: this.vaultId,
      docId: ZERO_ID,
      seq,
      key: this.keys.indexKey,
      value: next,
    });
    const hash = sha256Hex(bytes);
    try {
      await audit.append({ ...event, indexSeq: seq, indexHash: hash, commit: true });
      await writeFileDurably(join(this.root, INDEX_FILE), bytes, this.fs);
    } catch (error) {
      this.stale = true;
      throw error instanceof AppError ? error : storageIoError(error, 'save the vault index');
    }
    this.state = { index: next, indexSeq: seq, indexHash: hash, audit };
  }
}
