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
import {
  BLOB_FILE_RE,
  CASE_FILE_RE,
  INDEX_DIR,
  SHARD_FILE_RE,
  SHARD_VERSIONS_KEPT,
  shardsWithoutPrevious,
} from './index-format';
import type { IndexState } from './index-state';

/**
 * Start-up repair (vault.md §8), run after the lock is taken and the index is verified:
 * delete `*.tmp`, move case versions above `currentSeq` and unreferenced blobs to `quarantine/`
 * (never delete them silently), finish interrupted shreds, prune old versions, fix modes.
 */

export const VAULT_DIRS = ['cases', INDEX_DIR, 'blobs', 'audit', 'quarantine'] as const;
export const KEEP_VERSIONS = 3;

export interface RecoveryReport {
  removedTemp: string[];
  quarantined: string[];
  shredLeftoversRemoved: string[];
  /** Index shard versions the root does not name: older ones, or written by a commit that crashed. */
  staleShardsRemoved: string[];
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

/** The names in the vault folder and each sub-folder, read in parallel (absent folders: none). */
export type VaultListing = Map<string, string[]>;

export async function listVault(fs: FsPort, root: string): Promise<VaultListing> {
  const dirs = [root, ...VAULT_DIRS.map((d) => join(root, d))];
  const listings = await Promise.all(dirs.map((dir) => list(fs, dir)));
  return new Map(dirs.map((dir, i) => [dir, listings[i]!]));
}

/** Delete `*.tmp` everywhere; `listing` (from listVault) is updated to match. */
export async function removeTempFiles(
  fs: FsPort,
  root: string,
  report: RecoveryReport,
  listing?: VaultListing,
): Promise<void> {
  const names = listing ?? (await listVault(fs, root));
  for (const [dir, entries] of names) {
    const kept: string[] = [];
    for (const name of entries) {
      if (!name.endsWith(TMP_SUFFIX)) {
        kept.push(name);
        continue;
      }
      await fs.unlink(join(dir, name));
      report.removedTemp.push(join(dir, name));
    }
    names.set(dir, kept);
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

/**
 * Shard files other than the current and previous versions the root names are either superseded
 * (pruning was cut short) or from a commit that never reached its root rename: neither holds acknowledged data, and the
 * entries in them are derived from case files, which are quarantined rather than deleted.
 */
async function removeStaleShards(
  fs: FsPort,
  root: string,
  state: IndexState,
  report: RecoveryReport,
  listing: VaultListing,
): Promise<void> {
  const dir = join(root, INDEX_DIR);
  const noPrevious = shardsWithoutPrevious(state.root.shredded);
  let changed = false;
  for (const name of listing.get(dir) ?? []) {
    const m = SHARD_FILE_RE.exec(name);
    if (!m) continue;
    const ref = state.root.shards[m[1] ?? ''];
    const seq = Number(m[2]);
    const kept = noPrevious.has(Number.parseInt(m[1] ?? '', 16)) ? 1 : SHARD_VERSIONS_KEPT;
    if (ref && seq <= ref.seq && seq > ref.seq - kept) continue;
    await fs.unlink(join(dir, name));
    report.staleShardsRemoved.push(name);
    changed = true;
  }
  if (changed) await syncDirectory(fs, dir);
}

export async function reconcileFiles(
  fs: FsPort,
  root: string,
  state: IndexState,
  clock: Clock,
  report: RecoveryReport,
  listing?: VaultListing,
): Promise<void> {
  const names = listing ?? (await listVault(fs, root));
  await removeStaleShards(fs, root, state, report, names);
  const shredded = new Set(state.root.shredded);
  const casesDir = join(root, 'cases');
  let changed = false;
  for (const name of names.get(casesDir) ?? []) {
    const m = CASE_FILE_RE.exec(name);
    if (!m) continue;
    const [, caseId = '', seqText = ''] = m;
    const seq = Number(seqText);
    const entry = state.caseEntry(caseId);
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

  const referenced = new Set<string>();
  for (const [, entry] of state.caseEntries()) for (const id of entry.blobIds) referenced.add(id);
  const shreddedBlobs = new Set(state.root.shreddedBlobs);
  const blobsDir = join(root, 'blobs');
  changed = false;
  for (const name of names.get(blobsDir) ?? []) {
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

/**
 * POSIX: the vault folder and its sub-folders 0700 and the files directly in the vault folder 0600
 * (a copy or restore may have widened them). This runs before the vault opens: with every folder
 * 0700 no other user can reach any file inside, whatever its own mode. Returns the sub-folders
 * that were widened, whose files `fixFileModes` then tightens too.
 */
export async function fixFolderModes(
  fs: FsPort,
  root: string,
  report: RecoveryReport,
): Promise<string[]> {
  if (platformOf(fs) === 'win32') return [];
  await fixMode(fs, root, report);
  const widened: string[] = [];
  for (const name of await list(fs, root)) {
    const before = report.modesFixed.length;
    const isDir = await fixMode(fs, join(root, name), report);
    if (isDir && report.modesFixed.length > before) widened.push(join(root, name));
  }
  return widened;
}

/**
 * POSIX: every file and folder below `folders` 0600 / 0700. Only folders found widened are swept:
 * a file inside a folder that stayed 0700 was never reachable by anyone else, and a sweep of a
 * 10,000-case vault is ~20,000 `stat` calls. It runs after unlock, beside the user's work: it only
 * tightens modes, tolerates files that a concurrent commit renames or prunes, and changes no
 * content. `vault verify` still reports every loose mode anywhere.
 */
export async function fixFileModes(
  fs: FsPort,
  folders: readonly string[],
  report: RecoveryReport,
): Promise<void> {
  if (platformOf(fs) === 'win32') return;
  const visit = async (path: string): Promise<void> => {
    const isDir = await fixMode(fs, path, report);
    if (isDir) for (const name of await list(fs, path)) await visit(join(path, name));
  };
  for (const folder of folders) await visit(folder);
}

/** Tighten one path's mode; returns whether it is a directory (false when it has gone). */
async function fixMode(fs: FsPort, path: string, report: RecoveryReport): Promise<boolean> {
  let st;
  try {
    st = await fs.stat(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
  const want = st.isDirectory() ? DIR_MODE : FILE_MODE;
  if ((st.mode & 0o777) !== want) {
    try {
      await fs.chmod(path, want);
      report.modesFixed.push(path);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
    }
  }
  return st.isDirectory();
}

export async function ensureLayout(fs: FsPort, root: string): Promise<void> {
  await ensurePrivateDirectory(root, fs);
  for (const d of VAULT_DIRS) await ensurePrivateDirectory(join(root, d), fs);
}

export function emptyReport(): RecoveryReport {
  return {
    removedTemp: [],
    quarantined: [],
    shredLeftoversRemoved: [],
    staleShardsRemoved: [],
    modesFixed: [],
  };
}
