import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../ipc/app-error';
import { errnoCode, nodeFs, platformOf, type FileHandlePort, type FsPort } from './fs-port';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;
export const TMP_SUFFIX = '.tmp';

const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_RETRY_BUDGET_MS = 2000;

/** Wrap an fs failure in the typed error the UI shows ("free space or retry; previous version intact"). */
export function storageIoError(cause: unknown, what: string): AppError {
  if (cause instanceof AppError) return cause;
  const code = errnoCode(cause) ?? 'EUNKNOWN';
  return new AppError(
    'StorageIOError',
    `Could not ${what} (${code}). The previous version is intact.`,
    {
      cause: code,
    },
  );
}

async function renameWithRetry(fs: FsPort, from: string, to: string): Promise<void> {
  // Windows: antivirus and indexers briefly hold files open; retry with backoff for about 2 s.
  const started = Date.now();
  let delay = 10;
  for (;;) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errnoCode(error) ?? '';
      if (platformOf(fs) !== 'win32' || !RENAME_RETRY_CODES.has(code)) throw error;
      if (Date.now() - started + delay > RENAME_RETRY_BUDGET_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 200);
    }
  }
}

/** Write every byte: a file handle may accept fewer bytes than asked for. */
export async function writeAll(
  handle: FileHandlePort,
  bytes: Uint8Array,
  position: number | null,
): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(
      bytes,
      done,
      bytes.length - done,
      position === null ? null : position + done,
    );
    if (bytesWritten <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    done += bytesWritten;
  }
}

/** fsync a directory so a rename inside it survives power loss (POSIX only; Windows refuses). */
export async function syncDirectory(fs: FsPort, dir: string): Promise<void> {
  if (platformOf(fs) === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replace `target` with `bytes` so that after a crash or power cut the file holds either the old or
 * the new content, never a mix: exclusive 0600 temp file → write → fsync → rename → fsync(dir).
 * Any failure is a StorageIOError; the temp file is removed when possible (start-up removes leftovers).
 * A failure of the final directory fsync is reported too, although the rename has happened: the
 * caller must then treat the on-disk state as uncertain and re-read it.
 */
export async function writeFileDurably(
  target: string,
  bytes: Uint8Array,
  fs: FsPort = nodeFs,
): Promise<void> {
  const dir = dirname(target);
  const tmp = join(dir, `${basename(target)}.${randomBytes(6).toString('hex')}${TMP_SUFFIX}`);
  let created = false;
  try {
    const handle = await fs.open(tmp, 'wx', FILE_MODE);
    created = true;
    try {
      await writeAll(handle, bytes, 0);
      await handle.sync();
    } finally {
      await handle.close().catch(() => undefined);
    }
    await renameWithRetry(fs, tmp, target);
    created = false;
    await syncDirectory(fs, dir);
  } catch (error) {
    if (created) await fs.unlink(tmp).catch(() => undefined);
    throw storageIoError(error, `save ${basename(target)}`);
  }
}

/**
 * Append `bytes` to `path` and fsync. On failure the file is cut back to `knownLength` so a torn
 * record never sits in front of later appends; if even that fails the caller must stop appending.
 */
export async function appendDurably(
  path: string,
  bytes: Uint8Array,
  knownLength: number,
  fs: FsPort = nodeFs,
): Promise<void> {
  let handle: FileHandlePort | undefined;
  let created = false;
  try {
    try {
      handle = await fs.open(path, 'r+');
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT' || knownLength !== 0) throw error;
      handle = await fs.open(path, 'wx', FILE_MODE);
      created = true;
    }
    try {
      await writeAll(handle, bytes, knownLength);
      await handle.sync();
    } finally {
      await handle.close().catch(() => undefined);
    }
    // A new segment's directory entry must be durable too, or power loss could drop the whole file.
    if (created) await syncDirectory(fs, dirname(path));
  } catch (error) {
    const rollback = async (): Promise<void> => {
      await fs.truncate(path, knownLength);
      const h = await fs.open(path, 'r+');
      try {
        await h.sync();
      } finally {
        await h.close().catch(() => undefined);
      }
    };
    const rolledBack = handle
      ? await rollback().then(
          () => true,
          () => false,
        )
      : true;
    const appErr = storageIoError(error, `append to ${basename(path)}`);
    if (!rolledBack) appErr.details!['tornTail'] = true;
    throw appErr;
  }
}

/** Create a directory (and parents) with owner-only access. */
export async function ensurePrivateDirectory(dir: string, fs: FsPort = nodeFs): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
    if (platformOf(fs) !== 'win32') await fs.chmod(dir, DIR_MODE);
  } catch (error) {
    throw storageIoError(error, `create folder ${basename(dir)}`);
  }
}
