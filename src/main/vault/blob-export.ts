import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../ipc/app-error';
import { FILE_MODE, syncDirectory, writeAll } from '../storage/durable-write';
import { nodeFs, type FileHandlePort, type FsPort } from '../storage/fs-port';
import type { BlobReader } from './blob-reader';
import { zeroize } from './keys';

/**
 * Export = the one place plaintext reaches disk, and only at a path the user chose (vault.md §7).
 * Decrypts chunk by chunk into a temp file beside the destination, re-checks the plaintext SHA-256
 * recorded at import, and only then renames into place; any failure deletes the partial output.
 * The caller logs the `evidence.exported` custody event.
 */
export async function exportBlob(
  reader: BlobReader,
  destination: string,
  expectedSha256: string,
  fs: FsPort = nodeFs,
): Promise<{ sha256: string; size: number }> {
  if (!/^[0-9a-f]{64}$/.test(expectedSha256)) throw new RangeError('expected SHA-256 as hex');
  const dir = dirname(destination);
  const tmp = join(dir, `.${basename(destination)}.${randomBytes(6).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  let handle: FileHandlePort | undefined;
  let created = false;
  let position = 0;
  try {
    handle = await fs.open(tmp, 'wx', FILE_MODE);
    created = true;
    for await (const chunk of reader.chunks()) {
      hash.update(chunk);
      await writeAll(handle, chunk, position);
      position += chunk.length;
      zeroize(chunk);
    }
    const digest = hash.digest();
    if (!timingSafeEqual(digest, Buffer.from(expectedSha256, 'hex'))) {
      throw new AppError('BlobCorrupt', 'The attachment does not match its recorded SHA-256.', {
        reason: 'sha256',
      });
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, destination);
    created = false;
    await syncDirectory(fs, dir);
    return { sha256: digest.toString('hex'), size: position };
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await fs.unlink(tmp).catch(() => undefined);
    if (error instanceof AppError) throw error;
    const cause = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
    throw new AppError('StorageIOError', `Could not export the attachment (${cause}).`, { cause });
  }
}

/** Stream the whole blob through its tags and return the plaintext SHA-256 (integrity check). */
export async function hashBlob(reader: BlobReader): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of reader.chunks()) {
    hash.update(chunk);
    zeroize(chunk);
  }
  return hash.digest('hex');
}
