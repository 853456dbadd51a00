import { join } from 'node:path';
import { AppError } from '../ipc/app-error';
import type { Clock } from '../ports/clock';
import { appendDurably, storageIoError } from '../storage/durable-write';
import { errnoCode, type FsPort } from '../storage/fs-port';
import {
  chainBroken,
  initialHead,
  MAX_RECORD_BYTES,
  nextHead,
  openRecord,
  sealDetails,
  sealRecord,
  type AuditAction,
  type AuditRecord,
} from './audit-record';

/**
 * The append-only, encrypted, hash-chained audit log in `audit/audit.<n>.log` segments (vault.md
 * §12). Appends are serialised by the caller (the store's write queue).
 */

export interface AuditCheckpoint {
  /** base64url of the 16-byte vault id. */
  vaultId: string;
  size: number;
  /** Hex head_size. */
  head: string;
  time: string;
}

export interface AppendInput {
  action: AuditAction;
  caseId?: string;
  blobId?: string;
  /** Names, filenames… Sealed under `caseKey` when given, else stored inside the K_audit record. */
  details?: Record<string, unknown>;
  caseKey?: Buffer;
  indexSeq: number;
  indexHash: string;
  /** True when this event is written as part of an index commit (§8 step 2). */
  commit?: boolean;
}

interface Segment {
  n: number;
  path: string;
  length: number;
}

export interface ParsedLog {
  /** Sealed record bodies (nonce ‖ ciphertext ‖ tag); bodies[i] is seq i + 1. */
  bodies: Buffer[];
  /** Decrypted records, filled lazily: records[i] is seq i + 1 once it has been opened. */
  records: (AuditRecord | undefined)[];
  /** heads[i] = head_i; heads[0] = head_0. */
  heads: Buffer[];
  segments: Segment[];
  /** An incomplete final record (a crash mid-append): where the valid bytes end. */
  torn: { path: string; validLength: number } | null;
  /** The first framing problem (bad length, missing or empty segment); the scan stops there. */
  broken: { seq: number; why: string } | null;
}

const SEGMENT_RE = /^audit\.(\d+)\.log$/;
export const DEFAULT_SEGMENT_BYTES = 8 * 1024 * 1024;

export function segmentPath(dir: string, n: number): string {
  return join(dir, `audit.${n}.log`);
}

/**
 * Read every segment, split it into records and compute the hash chain — without decrypting.
 * Hashing is enough to bind every record to a head that an authenticated document records (the
 * index's `audit.headBefore`, a checkpoint): SHA-256 cannot be steered to the same head by a
 * modified, deleted, reordered or inserted record. Tags are checked by `openAt` / `readLog`.
 */
export async function scanLog(
  fs: FsPort,
  dir: string,
  vaultId: Buffer,
  seed?: { at: number; head: Buffer },
): Promise<ParsedLog> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') names = [];
    else throw storageIoError(error, 'read the audit log');
  }
  const numbers = names
    .map((name) => SEGMENT_RE.exec(name))
    .filter((m): m is RegExpExecArray => m !== null && String(Number(m[1])) === m[1])
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);

  const log: ParsedLog = {
    bodies: [],
    records: [],
    heads: [initialHead(vaultId)],
    segments: [],
    torn: null,
    broken: null,
  };
  const stop = (why: string) => {
    log.broken = { seq: log.bodies.length + 1, why };
    return log;
  };
  for (const [i, n] of numbers.entries()) {
    // A missing segment is a deletion of every record it held.
    if (n !== i + 1) return stop('missing segment');
    const path = segmentPath(dir, n);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(path);
    } catch (error) {
      throw storageIoError(error, 'read the audit log');
    }
    const last = i === numbers.length - 1;
    let offset = 0;
    while (offset < bytes.length) {
      const length = bytes.length - offset >= 4 ? bytes.readUInt32BE(offset) : -1;
      if (length > MAX_RECORD_BYTES) return stop('record length out of range');
      if (length < 0 || offset + 4 + length > bytes.length) {
        // Only the very end of the newest segment may be incomplete (power cut mid-append).
        if (!last) return stop('truncated record');
        log.torn = { path, validLength: offset };
        break;
      }
      const body = bytes.subarray(offset + 4, offset + 4 + length);
      const at = log.bodies.length;
      log.bodies.push(body);
      // With a seed, records before it are not hashed here: AuditLog.checkPrefix does that later.
      if (seed && at === seed.at) log.heads[at] = seed.head;
      if (!seed || at >= seed.at) log.heads[at + 1] = nextHead(log.heads[at]!, body);
      offset += 4 + length;
    }
    if (offset === 0 && !last) return stop('empty segment');
    log.segments.push({
      n,
      path,
      length: log.torn?.path === path ? log.torn.validLength : bytes.length,
    });
  }
  return log;
}

/** Decrypt and authenticate record `i` (seq i + 1) once; AuditChainBroken(seq) if it fails. */
export function openAt(log: ParsedLog, auditKey: Buffer, vaultId: Buffer, i: number): AuditRecord {
  const cached = log.records[i];
  if (cached) return cached;
  const body = log.bodies[i];
  if (!body) throw new RangeError(`no audit record at ${i}`);
  const record = openRecord(auditKey, vaultId, i + 1, log.heads[i]!, body);
  log.records[i] = record;
  return record;
}

/**
 * Read every segment and authenticate every record, in order (`vault verify`, `verify()`).
 * Throws AuditChainBroken at the first bad seq, whether the damage is in a tag or in the framing.
 */
export async function readLog(
  fs: FsPort,
  dir: string,
  vaultId: Buffer,
  auditKey: Buffer,
): Promise<Omit<ParsedLog, 'records'> & { records: AuditRecord[] }> {
  const log = await scanLog(fs, dir, vaultId);
  for (let i = 0; i < log.bodies.length; i += 1) openAt(log, auditKey, vaultId, i);
  if (log.broken) throw chainBroken(log.broken.seq, log.broken.why);
  return log as Omit<ParsedLog, 'records'> & { records: AuditRecord[] };
}

export function checkpointInconsistent(
  message: string,
  details?: Record<string, unknown>,
): AppError {
  return new AppError(
    'AuditInconsistentWithCheckpoint',
    `The audit log does not extend the recorded checkpoint (${message}). A rollback or rewrite is suspected.`,
    details,
  );
}

/** Does `log` extend `cp`? Throws AuditInconsistentWithCheckpoint when it does not. */
export function assertExtends(log: ParsedLog, vaultId: Buffer, cp: AuditCheckpoint): void {
  if (cp.vaultId !== vaultId.toString('base64url')) throw checkpointInconsistent('other vault');
  const head = log.heads[cp.size];
  if (head === undefined) {
    throw checkpointInconsistent('log shorter than checkpoint', {
      size: log.records.length,
      checkpointSize: cp.size,
    });
  }
  if (head.toString('hex') !== cp.head)
    throw checkpointInconsistent('head differs', { size: cp.size });
}

export interface AuditLogOptions {
  actor: string;
  clock: Clock;
  segmentBytes?: number;
}

export class AuditLog {
  private poisoned = false;
  /** Set while the records before `at` are not yet hashed and compared with `expected`. */
  private prefix: { at: number; expected: Buffer } | null = null;

  private constructor(
    private readonly fs: FsPort,
    private readonly dir: string,
    private readonly vaultId: Buffer,
    private readonly auditKey: Buffer,
    private readonly options: AuditLogOptions,
    private state: ParsedLog,
  ) {}

  /**
   * Open and verify the log. A torn final record is cut off only when it lies beyond
   * `committedSize` (the size the index recorded), i.e. it was never acknowledged.
   *
   * `headBefore` (head_(committedSize − 1), from the authenticated index) defers the hashing of
   * every record before it: the log opens at the cost of reading it, later records chain from that
   * head, and `checkPrefix` must then prove the earlier records reach it.
   */
  static async open(
    fs: FsPort,
    dir: string,
    vaultId: Buffer,
    auditKey: Buffer,
    options: AuditLogOptions,
    committedSize = 0,
    headBefore?: Buffer,
  ): Promise<AuditLog> {
    const seed =
      headBefore && committedSize >= 2 ? { at: committedSize - 1, head: headBefore } : undefined;
    const state = await scanLog(fs, dir, vaultId, seed);
    // A framing break: read it again in full so the error names the first affected seq.
    if (state.broken) await readLog(fs, dir, vaultId, auditKey);
    if (state.bodies.length < committedSize) {
      throw checkpointInconsistent('log shorter than the index records', {
        size: state.bodies.length,
        indexSize: committedSize,
      });
    }
    if (state.torn) {
      try {
        await fs.truncate(state.torn.path, state.torn.validLength);
        const h = await fs.open(state.torn.path, 'r+');
        await h.sync().finally(() => h.close());
      } catch (error) {
        throw storageIoError(error, 'repair the audit log');
      }
      state.torn = null;
    }
    const log = new AuditLog(fs, dir, vaultId, auditKey, options, state);
    if (seed) log.prefix = { at: seed.at, expected: seed.head };
    return log;
  }

  /** True until `checkPrefix` (or an access that needs it) has bound the early records. */
  get prefixPending(): boolean {
    return this.prefix !== null;
  }

  /**
   * Hash the records before the seeded head and compare: AuditChainBroken(seq) at the first bad
   * record, or AuditInconsistentWithCheckpoint when every record authenticates but the history is
   * another one. Yields to the event loop between batches so the window stays responsive.
   */
  async checkPrefix(): Promise<void> {
    const pending = this.prefix;
    if (!pending) return;
    let head = this.state.heads[0]!;
    const computed: Buffer[] = [];
    for (let i = 0; i < pending.at; i += 1) {
      head = nextHead(head, this.state.bodies[i]!);
      computed.push(head);
      if (i % 2048 === 2047) await new Promise((resolve) => setImmediate(resolve));
    }
    if (this.prefix !== pending) return;
    if (!head.equals(pending.expected)) {
      await this.locateBreak();
      throw checkpointInconsistent('the index names a different audit history');
    }
    computed.forEach((h, i) => (this.state.heads[i + 1] = h));
    this.prefix = null;
  }

  /** The synchronous form, for an early record needed before the background check finished. */
  private requirePrefix(): void {
    const pending = this.prefix;
    if (!pending) return;
    let head = this.state.heads[0]!;
    for (let i = 0; i < pending.at; i += 1) {
      head = nextHead(head, this.state.bodies[i]!);
      this.state.heads[i + 1] = head;
    }
    if (!head.equals(pending.expected)) {
      throw checkpointInconsistent('the index names a different audit history');
    }
    this.prefix = null;
  }

  get size(): number {
    return this.state.bodies.length;
  }

  get head(): Buffer {
    return this.state.heads[this.state.heads.length - 1]!;
  }

  headAt(size: number): Buffer | undefined {
    if (this.prefix && size < this.prefix.at) this.requirePrefix();
    return this.state.heads[size];
  }

  /** Record `i` (seq i + 1), decrypted and authenticated on first use. */
  record(i: number): AuditRecord {
    if (this.prefix && i < this.prefix.at) this.requirePrefix();
    return openAt(this.state, this.auditKey, this.vaultId, i);
  }

  /** Every record, decrypting (and so authenticating) those not opened yet. */
  records(): readonly AuditRecord[] {
    this.requirePrefix();
    for (let i = 0; i < this.size; i += 1) this.record(i);
    return this.state.records as AuditRecord[];
  }

  /** Recompute the whole chain from disk to name the first broken seq (after a head mismatch). */
  async locateBreak(): Promise<void> {
    await readLog(this.fs, this.dir, this.vaultId, this.auditKey);
  }

  /** Append one event durably; resolves after fsync. */
  async append(input: AppendInput): Promise<AuditRecord> {
    if (this.poisoned) {
      throw new AppError(
        'StorageIOError',
        'The audit log could not be repaired after an I/O error. Reopen the vault.',
        {
          cause: 'EIO',
        },
      );
    }
    const seq = this.size + 1;
    const record: AuditRecord = {
      seq,
      time: this.options.clock.now().toISOString(),
      actor: this.options.actor,
      action: input.action,
      indexSeq: input.indexSeq,
      indexHash: input.indexHash,
    };
    if (input.caseId !== undefined) record.caseId = input.caseId;
    if (input.blobId !== undefined) record.blobId = input.blobId;
    if (input.commit) record.commit = true;
    if (input.details) {
      record.details =
        input.caseKey && input.caseId
          ? sealDetails(input.caseKey, this.vaultId, input.caseId, seq, input.details)
          : { plain: input.details };
    }
    const { frame, body } = sealRecord(this.auditKey, this.vaultId, this.head, record);

    let segment = this.state.segments[this.state.segments.length - 1];
    const limit = this.options.segmentBytes ?? DEFAULT_SEGMENT_BYTES;
    if (!segment || (segment.length > 0 && segment.length + frame.length > limit)) {
      const n = (segment?.n ?? 0) + 1;
      segment = { n, path: segmentPath(this.dir, n), length: 0 };
      this.state.segments.push(segment);
    }
    try {
      await appendDurably(segment.path, frame, segment.length, this.fs);
    } catch (error) {
      if (segment.length === 0) this.state.segments.pop();
      if (error instanceof AppError && error.details?.['tornTail']) this.poisoned = true;
      throw error;
    }
    segment.length += frame.length;
    this.state.records[this.state.bodies.length] = record;
    this.state.bodies.push(body);
    this.state.heads.push(nextHead(this.head, body));
    return record;
  }

  checkpoint(): AuditCheckpoint {
    return {
      vaultId: this.vaultId.toString('base64url'),
      size: this.size,
      head: this.head.toString('hex'),
      time: this.options.clock.now().toISOString(),
    };
  }

  /** Re-read every segment from disk and recompute the chain. Throws AuditChainBroken(seq). */
  async verify(): Promise<{ size: number; head: string }> {
    const log = await readLog(this.fs, this.dir, this.vaultId, this.auditKey);
    if (log.torn) throw chainBroken(log.records.length + 1, 'truncated record');
    const head = log.heads[log.heads.length - 1]!;
    return { size: log.records.length, head: head.toString('hex') };
  }

  /** Verify the chain on disk and check it extends an externally kept checkpoint. */
  async verifyAgainst(cp: AuditCheckpoint): Promise<void> {
    const log = await readLog(this.fs, this.dir, this.vaultId, this.auditKey);
    if (log.torn) throw chainBroken(log.records.length + 1, 'truncated record');
    assertExtends(log, this.vaultId, cp);
  }
}
