import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../ipc/app-error';
import { FILE_MODE, storageIoError, writeAll } from '../storage/durable-write';
import { errnoCode, type FsPort } from '../storage/fs-port';

/**
 * The single-writer `.lock` file. Holds {pid, host, token}. A lock left by a process that no longer
 * exists on this host is stale and is taken over; a live holder gives `Conflict`. PID reuse can make
 * a stale lock look live: the user then sees "open elsewhere" and can remove `.lock` by hand.
 */

export const LOCK_FILE = '.lock';

interface LockContent {
  pid: number;
  host: string;
  token: string;
}

// Locks this process holds, by vault directory: a lock naming our own pid that is not in here was
// left by an earlier, crashed incarnation (only possible in tests that simulate crashes in-process).
const heldByThisProcess = new Map<string, string>();

export function defaultIsProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

export class VaultLockFile {
  private constructor(
    private readonly fs: FsPort,
    private readonly dir: string,
    private readonly token: string,
  ) {}

  static async acquire(
    fs: FsPort,
    dir: string,
    isProcessAlive: (pid: number) => boolean = defaultIsProcessAlive,
  ): Promise<VaultLockFile> {
    const path = join(dir, LOCK_FILE);
    const content: LockContent = {
      pid: process.pid,
      host: hostname(),
      token: randomBytes(16).toString('hex'),
    };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const handle = await fs.open(path, 'wx', FILE_MODE);
        try {
          await writeAll(handle, Buffer.from(JSON.stringify(content)), 0);
          await handle.sync();
        } finally {
          await handle.close();
        }
        heldByThisProcess.set(dir, content.token);
        return new VaultLockFile(fs, dir, content.token);
      } catch (error) {
        if (errnoCode(error) !== 'EEXIST') throw storageIoError(error, 'lock the vault');
      }
      const existing = await readLock(fs, path);
      if (existing && !isStale(existing, dir, isProcessAlive)) {
        throw new AppError('Conflict', 'This vault is already open in another Confidant window.', {
          pid: existing.pid,
        });
      }
      await fs.unlink(path).catch(() => undefined);
    }
    throw new AppError('Conflict', 'Could not take the vault lock.');
  }

  async release(): Promise<void> {
    if (heldByThisProcess.get(this.dir) !== this.token) return;
    heldByThisProcess.delete(this.dir);
    const path = join(this.dir, LOCK_FILE);
    const existing = await readLock(this.fs, path);
    if (existing?.token === this.token) await this.fs.unlink(path).catch(() => undefined);
  }
}

async function readLock(fs: FsPort, path: string): Promise<LockContent | null> {
  try {
    const parsed = JSON.parse((await fs.readFile(path)).toString('utf8')) as Partial<LockContent>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host, token: String(parsed.token ?? '') };
  } catch {
    // Unreadable or half-written (crash while creating it): nobody can be relying on it.
    return null;
  }
}

function isStale(
  lock: LockContent,
  dir: string,
  isProcessAlive: (pid: number) => boolean,
): boolean {
  // Another host's lock (shared folder): never assume it is stale.
  if (lock.host !== hostname()) return false;
  if (lock.pid === process.pid) return heldByThisProcess.get(dir) !== lock.token;
  return !isProcessAlive(lock.pid);
}
