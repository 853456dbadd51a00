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
  records: AuditRecord[];
  /** heads[i] = head_i; heads[0] = head_0. */
  heads: Buffer[];
  segments: Segment[];
  /** An incomplete final record (a crash mid-append): where the valid bytes end. */
  torn: { path: string; validLength: number } | null;
}

const SEGMENT_RE = /^audit\.(\d+)\.log$/;
export const DEFAULT_SEGMENT_BYTES = 8 * 1024 * 1024;

export function segmentPath(dir: string, n: number): string {
  return join(dir, `audit.${n}.log`);
}

/** Read and verify every segment. Throws AuditChainBroken at the first bad seq. */
export async function readLog(
  fs: FsPort,
  dir: string,
  vaultId: Buffer,
  auditKey: Buffer,
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

  const records: AuditRecord[] = [];
  const heads: Buffer[] = [initialHead(vaultId)];
  const segments: Segment[] = [];
  let torn: ParsedLog['torn'] = null;
  for (const [i, n] of numbers.entries()) {
    // A missing segment is a deletion of every record it held.
    if (n !== i + 1) throw chainBroken(records.length + 1, 'missing segment');
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
      const seq = records.length + 1;
      const length = bytes.length - offset >= 4 ? bytes.readUInt32BE(offset) : -1;
      if (length > MAX_RECORD_BYTES) throw chainBroken(seq, 'record length out of range');
      if (length < 0 || offset + 4 + length > bytes.length) {
        // Only the very end of the newest segment may be incomplete (power cut mid-append).
        if (!last) throw chainBroken(seq, 'truncated record');
        torn = { path, validLength: offset };
        break;
      }
      const body = bytes.subarray(offset + 4, offset + 4 + length);
      const prev = heads[heads.length - 1]!;
      records.push(openRecord(auditKey, vaultId, seq, prev, body));
      heads.push(nextHead(prev, body));
      offset += 4 + length;
    }
    if (offset === 0 && !last) throw chainBroken(records.length + 1, 'empty segment');
    segments.push({ n, path, length: torn?.path === path ? torn.validLength : bytes.length });
  }
  return { records, heads, segments, torn };
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
   */
  static async open(
    fs: FsPort,
    dir: string,
    vaultId: Buffer,
    auditKey: Buffer,
    options: AuditLogOptions,
    committedSize = 0,
  ): Promise<AuditLog> {
    const state = await readLog(fs, dir, vaultId, auditKey);
    if (state.records.length < committedSize) {
      throw checkpointInconsistent('log shorter than the index records', {
        size: state.records.length,
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
    return new AuditLog(fs, dir, vaultId, auditKey, options, state);
  }

  get size(): number {
    return this.state.records.length;
  }

  get head(): Buffer {
    return this.state.heads[this.state.heads.length - 1]!;
  }

  headAt(size: number): Buffer | undefined {
    return this.state.heads[size];
  }

  records(): readonly AuditRecord[] {
    return this.state.records;
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
    this.state.records.push(record);
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
