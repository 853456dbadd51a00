import { join } from 'node:path';
import { AuditLog, checkpointInconsistent, type AuditLogOptions } from '../audit/audit-log';
import { AppError } from '../ipc/app-error';
import { storageIoError } from '../storage/durable-write';
import { errnoCode, type FsPort } from '../storage/fs-port';
import { decodeDoc, DocKind, ZERO_ID } from './doc-format';
import {
  INDEX_DIR,
  parseRootIndex,
  shardDocId,
  shardFileName,
  type RootIndex,
  type ShardRef,
} from './index-format';
import { IndexState, type ShardState } from './index-state';
import { decodeShard, shardEncodingOf } from './shard-codec';
import type { VaultKeys } from './keys';

export const INDEX_FILE = 'index.cfd';

export interface LoadedState {
  index: IndexState;
  audit: AuditLog;
}

async function readIndexFile(fs: FsPort, path: string, what: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') {
      throw new AppError('DocMissing', `The vault ${what} is missing. Restore it from a backup.`, {
        file: path,
      });
    }
    throw storageIoError(error, `read the vault ${what}`);
  }
}

/** Read and verify one shard the root names: DocMissing, DocCorrupt, DocSwapped, DocRollback. */
async function loadShard(
  fs: FsPort,
  root: string,
  vaultId: Buffer,
  keys: VaultKeys,
  shard: number,
  ref: ShardRef,
  allowV2: boolean,
): Promise<ShardState> {
  const path = join(root, INDEX_DIR, shardFileName(shard, ref.seq));
  const bytes = await readIndexFile(fs, path, 'index shard');
  const doc = decodeDoc(bytes, {
    kind: DocKind.IndexShard,
    vaultId,
    docId: shardDocId(shard),
    key: keys.indexKey,
    seq: ref.seq,
    sha256: ref.sha256,
  });
  const data = decodeShard(doc.value, shard, allowV2);
  return { seq: ref.seq, sha256: ref.sha256, data, encoding: shardEncodingOf(doc.value) };
}

async function loadRoot(fs: FsPort, root: string, vaultId: Buffer, keys: VaultKeys) {
  const bytes = await readIndexFile(fs, join(root, INDEX_FILE), 'index');
  const doc = decodeDoc(bytes, {
    kind: DocKind.Index,
    vaultId,
    docId: ZERO_ID,
    key: keys.indexKey,
  });
  return { rootIndex: parseRootIndex(doc.value), seq: doc.seq, sha256: doc.sha256 };
}

async function loadShards(
  fs: FsPort,
  root: string,
  vaultId: Buffer,
  keys: VaultKeys,
  rootIndex: RootIndex,
): Promise<Map<number, ShardState>> {
  const entries = Object.entries(rootIndex.shards).map(
    ([key, ref]) => [Number.parseInt(key, 16), ref] as const,
  );
  // Only a root of version 3 or later can name a shard in the v2 encoding.
  const allowV2 = rootIndex.v >= 3;
  // In parallel: reading 256 small files one after another would dominate unlock.
  const loaded = await Promise.all(
    entries.map(([shard, ref]) => loadShard(fs, root, vaultId, keys, shard, ref, allowV2)),
  );
  const shards = new Map<number, ShardState>();
  entries.forEach(([shard], i) => shards.set(shard, loaded[i]!));
  return shards;
}

/** Root and every shard it names, verified against the root's seqs and hashes. */
export async function loadIndex(
  fs: FsPort,
  root: string,
  vaultId: Buffer,
  keys: VaultKeys,
): Promise<IndexState> {
  const { rootIndex, seq, sha256 } = await loadRoot(fs, root, vaultId, keys);
  const shards = await loadShards(fs, root, vaultId, keys, rootIndex);
  return IndexState.fromDisk(rootIndex, seq, sha256, shards);
}

/**
 * Read and cross-check the index and the audit log (vault.md §5, §9, §12):
 * the index decrypts under K_index with docId zero and every shard matches the root's record; the
 * log is at least as long as the index records and has the recorded head; the index's own commit
 * event names this exact root; and no event names an index more than one commit newer (index
 * rolled back alone → DocRollback).
 */
export async function loadState(
  fs: FsPort,
  root: string,
  vaultId: Buffer,
  keys: VaultKeys,
  auditOptions: AuditLogOptions,
  options: { deferAuditPrefix?: boolean } = {},
): Promise<LoadedState> {
  // The root is checked against the log before its shards are read, so a rolled-back root is
  // reported as DocRollback rather than as the shard versions it names having been pruned.
  const { rootIndex, seq, sha256 } = await loadRoot(fs, root, vaultId, keys);
  const size = rootIndex.audit.size;
  const audit = await AuditLog.open(
    fs,
    join(root, 'audit'),
    vaultId,
    keys.auditKey,
    auditOptions,
    size,
    options.deferAuditPrefix ? Buffer.from(rootIndex.audit.headBefore, 'hex') : undefined,
  );
  // The hash chain up to the root's own event must reach the head the (authenticated) root
  // records: this binds every earlier record without decrypting it. Only on a mismatch is the
  // whole log authenticated, so the error can name the first broken seq. When deferred, the head
  // is the root's own value here and AuditLog.checkPrefix makes this comparison after unlock.
  const before = audit.headAt(size - 1);
  if (!before || before.toString('hex') !== rootIndex.audit.headBefore) {
    await audit.locateBreak();
    throw checkpointInconsistent('the index names a different audit history');
  }
  const own = size > 0 ? audit.record(size - 1) : undefined;
  const rollback = (why: string) =>
    new AppError(
      'DocRollback',
      'The vault index is older than the audit log. Restore it; treat this as tampering.',
      { why, indexSeq: seq },
    );
  if (!own || own.indexSeq !== seq || own.indexHash !== sha256) {
    throw rollback('commit event does not name this index');
  }
  // Events before the root's own were appended before it was committed, so only the tail (its
  // own event and any later ones, each authenticated here) can name a newer index.
  let newest = 0;
  for (let i = Math.max(size - 1, 0); i < audit.size; i += 1)
    newest = Math.max(newest, audit.record(i).indexSeq);
  // One commit ahead is a crash between the audit append and the index rename (§9).
  if (newest > seq + 1) throw rollback('index more than one commit behind the log');
  const shards = await loadShards(fs, root, vaultId, keys, rootIndex);
  return { index: IndexState.fromDisk(rootIndex, seq, sha256, shards), audit };
}
