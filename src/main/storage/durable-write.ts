import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../ipc/app-error';
import { nodeFs, type FsPort } from './fs-port';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_RETRY_BUDGET_MS = 2000;

function ioError(cause: unknown, what: string): AppError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
  return new AppError('StorageIOError', `Could not ${what} (${code}). The previous version is intact.`, {
    cause: code,
  });
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
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !RENAME_RETRY_CODES.has(code)) throw error;
      if (Date.now() - started > RENAME_RETRY_BUDGET_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 200);
    }
  }
}

/** fsync a directory so a rename inside it survives power loss (POSIX only; Windows refuses). */
export async function syncDirectory(fs: FsPort, dir: string): Promise<void> {
  if (process.platform === 'win32') return;
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
 */
export async function writeFileDurably(
  target: string,
  bytes: Uint8Array,
  fs: FsPort = nodeFs,
): Promise<void> {
  const dir = dirname(target);
  const tmp = join(dir, `${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await fs.open(tmp, 'wx', FILE_MODE);
    created = true;
    try {
      await handle.write(bytes, 0, bytes.length, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, tmp, target);
    created = false;
    await syncDirectory(fs, dir);
  } catch (error) {
    if (created) await fs.unlink(tmp).catch(() => undefined);
    if (error instanceof AppError) throw error;
    throw ioError(error, `save ${basename(target)}`);
  }
}

/** Create a directory (and parents) with owner-only access. */
export async function ensurePrivateDirectory(dir: string, fs: FsPort = nodeFs): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true, mode: DIR_MODE });
    await fs.chmod(dir, DIR_MODE);
  } catch (error) {
    throw ioError(error, `create folder ${basename(dir)}`);
  }
}
