import { join } from 'node:path';
import type { AuditCheckpoint } from '../audit/audit-log';
import { syncDirectory } from '../storage/durable-write';
import { errnoCode, type FsPort } from '../storage/fs-port';
import { CASE_FILE_RE } from './index-format';

/** Handed to the user after a crypto-shred (vault.md §3): what was destroyed, when, and the log state. */
export interface DeletionCertificate {
  caseId: string;
  time: string;
  checkpoint: AuditCheckpoint;
}

/**
 * Delete every version of a shredded case and its blobs. Runs after the index commit that removed
 * CK, so a crash here leaves only unreadable ciphertext, which start-up finishes deleting (the index
 * keeps the shredded ids). Deletion is not secure erasure on SSDs; the key removal is what counts.
 */
export async function deleteCaseFiles(
  fs: FsPort,
  root: string,
  caseId: string,
  blobIds: readonly string[],
): Promise<void> {
  const casesDir = join(root, 'cases');
  const names = await fs.readdir(casesDir).catch(() => [] as string[]);
  for (const name of names) {
    if (CASE_FILE_RE.exec(name)?.[1] === caseId) await unlinkIfPresent(fs, join(casesDir, name));
  }
  await syncDirectory(fs, casesDir).catch(() => undefined);
  for (const blobId of blobIds) await unlinkIfPresent(fs, join(root, 'blobs', `${blobId}.cfb`));
  if (blobIds.length > 0) await syncDirectory(fs, join(root, 'blobs')).catch(() => undefined);
}

async function unlinkIfPresent(fs: FsPort, path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (error) {
    // Leftovers are retried at start-up; the shred itself (key removal) is already committed.
    if (errnoCode(error) !== 'ENOENT') return;
  }
}
