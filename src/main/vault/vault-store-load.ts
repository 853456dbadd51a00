import { join } from 'node:path';
import { AuditLog, checkpointInconsistent, type AuditLogOptions } from '../audit/audit-log';
import { AppError } from '../ipc/app-error';
import { storageIoError } from '../storage/durable-write';
import { errnoCode, type FsPort } from '../storage/fs-port';
import { decodeDoc, DocKind, ZERO_ID } from './doc-format';
import { parseIndex, type IndexData } from './index-format';
import type { VaultKeys } from './keys';

export const INDEX_FILE = 'index.cfd';

export interface LoadedState {
  index: IndexData;
  indexSeq: number;
  indexHash: string;
  audit: AuditLog;
}

/**
 * Read and cross-check the index and the audit log (vault.md §5, §9, §12):
 * the index decrypts under K_index with docId zero; the log verifies, is at least as long as the
 * index records and has the recorded head; the index's own commit event names this exact index;
 * and no event names an index more than one commit newer (index rolled back alone → DocRollback).
 */
export async function loadState(
  fs: FsPort,
  root: string,
  vaultId: Buffer,
  keys: VaultKeys,
  auditOptions: AuditLogOptions,
): Promise<LoadedState> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(join(root, INDEX_FILE));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') {
      throw new AppError('DocMissing', 'The vault index is missing. Restore it from a backup.');
    }
    throw storageIoError(error, 'read the vault index');
  }
  const doc = decodeDoc(bytes, {
    kind: DocKind.Index,
    vaultId,
    docId: ZERO_ID,
    key: keys.indexKey,
  });
  const index = parseIndex(doc.value);

  const audit = await AuditLog.open(
    fs,
    join(root, 'audit'),
    vaultId,
    keys.auditKey,
    auditOptions,
    index.audit.size,
  );
  const before = audit.headAt(index.audit.size - 1);
  if (!before || before.toString('hex') !== index.audit.headBefore) {
    throw checkpointInconsistent('the index names a different audit history');
  }
  const own = audit.records()[index.audit.size - 1];
  const rollback = (why: string) =>
    new AppError(
      'DocRollback',
      'The vault index is older than the audit log. Restore it; treat this as tampering.',
      { why, indexSeq: doc.seq },
    );
  if (!own || own.indexSeq !== doc.seq || own.indexHash !== doc.sha256) {
    throw rollback('commit event does not name this index');
  }
  let newest = 0;
  for (const r of audit.records()) newest = Math.max(newest, r.indexSeq);
  // One commit ahead is a crash between the audit append and the index rename (§9).
  if (newest > doc.seq + 1) throw rollback('index more than one commit behind the log');
  return { index, indexSeq: doc.seq, indexHash: doc.sha256, audit };
}
