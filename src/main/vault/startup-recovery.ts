import { join } from 'node:path';
import type { Clock } from '../ports/clock';
import {
  DIR_MODE,
  FILE_MODE,
  TMP_SUFFIX,
  ensurePrivateDirectory,
  syncDirectory,
} from '../storage/durable-write';
import { errnoCode, platformOf, type FsPort } from '../storage/fs-port';
import { BLOB_FILE_RE, CASE_FILE_RE, type IndexData } from './index-format';

/**
 * Start-up repair (vault.md §8), run after the lock is taken and the index is verified:
 * delete `*.tmp`, move case versions above `currentSeq` and unreferenced blobs to `quarantine/`
 * (never delete them silently), finish interrupted shreds, prune old versions, fix modes.
 */

export const VAULT_DIRS = ['cases', 'blobs', 'audit', 'quarantine'] as const;
export const KEEP_VERSIONS = 3;

export interface RecoveryReport {
  removedTemp: string[];
  quarantined: string[];
  shredLeftoversRemoved: string[];
  modesFixed: string[];
}

async function list(fs: FsPort, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
}

export async function removeTempFiles(
  fs: FsPort,
  root: string,
  report: RecoveryReport,
): Promise<void> {
  for (const dir of [root, ...VAULT_DIRS.map((d) => join(root, d))]) {
    for (const name of await list(fs, dir)) {
      if (!name.endsWith(TMP_SUFFIX)) continue;
      await fs.unlink(join(dir, name));
      report.removedTemp.push(join(dir, name));
    }
  }
}

async function quarantine(
  fs: FsPort,
  root: string,
  from: string,
  name: string,
  clock: Clock,
  report: RecoveryReport,
): Promise<void> {
  const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
  const target = join(root, 'quarantine', `${stamp}-${name}`);
  await fs.rename(join(from, name), target);
  report.quarantined.push(target);
}

export async function reconcileFiles(
  fs: FsPort,
  root: string,
  index: IndexData,
  clock: Clock,
  report: RecoveryReport,
): Promise<void> {
  const shredded = new Set(index.shredded);
  const casesDir = join(root, 'cases');
  let changed = false;
  for (const name of await list(fs, casesDir)) {
    const m = CASE_FILE_RE.exec(name);
    if (!m) continue;
    const [, caseId = '', seqText = ''] = m;
    const seq = Number(seqText);
    const entry = index.cases[caseId];
    if (!entry && shredded.has(caseId)) {
      // The shred was committed; only the deletion was interrupted.
      await fs.unlink(join(casesDir, name));
      report.shredLeftoversRemoved.push(name);
    } else if (!entry || seq > entry.currentSeq) {
      await quarantine(fs, root, casesDir, name, clock, report);
    } else if (seq <= entry.currentSeq - KEEP_VERSIONS) {
      await fs.unlink(join(casesDir, name));
    } else continue;
    changed = true;
  }
  if (changed) await syncDirectory(fs, casesDir);

  const referenced = new Set(Object.values(index.cases).flatMap((c) => c.blobIds));
  const shreddedBlobs = new Set(index.shreddedBlobs);
  const blobsDir = join(root, 'blobs');
  changed = false;
  for (const name of await list(fs, blobsDir)) {
    const m = BLOB_FILE_RE.exec(name);
    if (!m || referenced.has(m[1] ?? '')) continue;
    if (shreddedBlobs.has(m[1] ?? '')) {
      await fs.unlink(join(blobsDir, name));
      report.shredLeftoversRemoved.push(name);
    } else {
      await quarantine(fs, root, blobsDir, name, clock, report);
    }
    changed = true;
  }
  if (changed) await syncDirectory(fs, blobsDir);
  if (report.quarantined.length > 0) await syncDirectory(fs, join(root, 'quarantine'));
}

/** Move every file of `sub` (e.g. the audit segments of a creation that never committed) aside. */
export async function quarantineAll(
  fs: FsPort,
  root: string,
  sub: string,
  clock: Clock,
  report: RecoveryReport,
): Promise<void> {
  const dir = join(root, sub);
  const names = await list(fs, dir);
  for (const name of names) await quarantine(fs, root, dir, name, clock, report);
  if (names.length > 0) {
    await syncDirectory(fs, dir);
    await syncDirectory(fs, join(root, 'quarantine'));
  }
}

/** POSIX: every file 0600, every directory 0700 (a copy or restore may have widened them). */
export async function fixModes(fs: FsPort, root: string, report: RecoveryReport): Promise<void> {
  if (platformOf(fs) === 'win32') return;
  const visit = async (path: string): Promise<void> => {
    const st = await fs.stat(path);
    const want = st.isDirectory() ? DIR_MODE : FILE_MODE;
    if ((st.mode & 0o777) !== want) {
      await fs.chmod(path, want);
      report.modesFixed.push(path);
    }
    if (st.isDirectory()) for (const name of await list(fs, path)) await visit(join(path, name));
  };
  await visit(root);
}

export async function ensureLayout(fs: FsPort, root: string): Promise<void> {
  await ensurePrivateDirectory(root, fs);
  for (const d of VAULT_DIRS) await ensurePrivateDirectory(join(root, d), fs);
}

export function emptyReport(): RecoveryReport {
  return { removedTemp: [], quarantined: [], shredLeftoversRemoved: [], modesFixed: [] };
}
