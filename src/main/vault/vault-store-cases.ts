import { join } from 'node:path';
import { AppError } from '../ipc/app-error';
import { storageIoError } from '../storage/durable-write';
import { errnoCode, type FsPort } from '../storage/fs-port';
import { decodeDoc, DocKind, encodeDoc } from './doc-format';
import { caseFileName, type CaseEntry } from './index-format';

/** Case-document file helpers for the store: encrypt a version, read and verify the current one. */

export function encodeCase(
  vaultId: Buffer,
  caseId: string,
  seq: number,
  caseKey: Buffer,
  value: unknown,
): Buffer {
  const docId = Buffer.from(caseId, 'hex');
  return encodeDoc({ kind: DocKind.Case, vaultId, docId, seq, key: caseKey, value });
}

export function decodeCase<T>(
  bytes: Buffer,
  vaultId: Buffer,
  caseId: string,
  entry: CaseEntry,
  caseKey: Buffer,
): { value: T; seq: number } {
  const doc = decodeDoc<T>(bytes, {
    kind: DocKind.Case,
    vaultId,
    docId: Buffer.from(caseId, 'hex'),
    key: caseKey,
    seq: entry.currentSeq,
    sha256: entry.sha256,
  });
  return { value: doc.value, seq: doc.seq };
}

/** The bytes of one case version; an absent file the index lists is DocMissing, never empty data. */
export async function readCaseFile(
  fs: FsPort,
  root: string,
  caseId: string,
  seq: number,
): Promise<Buffer> {
  try {
    return await fs.readFile(join(root, 'cases', caseFileName(caseId, seq)));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') {
      throw new AppError(
        'DocMissing',
        'The case file the index lists is missing. Restore it; never open blank.',
        { caseId, seq },
      );
    }
    throw storageIoError(error, 'read the case');
  }
}
