import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../ipc/app-error';
import { FILE_MODE, syncDirectory, writeAll } from '../storage/durable-write';
import { nodeFs, type FileHandlePort, type FsPort } from '../storage/fs-port';
import {
  BLOB_DEFAULT_CHUNK_LOG2,
  BLOB_HEADER_BYTES,
  BLOB_ID_BYTES,
  createBlobHeader,
  sealChunk,
  type BlobStreamKeys,
} from './blob-format';
import { zeroize } from './keys';

/**
 * Streaming import of an attachment: source → (SHA-256 of plaintext + chunked encryption) in one pass
 * → exclusive 0600 temp file → fsync → rename → directory fsync (vault.md §7, §8).
 *
 * Memory stays at about two chunks whatever the size: one plaintext chunk being filled and its sealed
 * copy being written. The source is pulled with `for await`, and we await each write before pulling
 * again, so a Node Readable source is paused by backpressure instead of buffering ahead.
 */

export interface WriteBlobOptions {
  /** Final path of the .cfb (the caller owns the storage layout). */
  path: string;
  /** Plaintext, e.g. fs.createReadStream(source) or any async iterable of byte chunks. */
  source: AsyncIterable<Uint8Array>;
  caseKey: Buffer;
  vaultId: Buffer;
  caseId: Buffer;
  /** A fresh random id is generated when omitted. */
  blobId?: Buffer;
  /** 16 (64 KiB, default) … 20 (1 MiB, for large media). */
  chunkSizeLog2?: number;
  fs?: FsPort;
  signal?: AbortSignal;
}

export interface WrittenBlob {
  blobId: Buffer;
  /** plaintext bytes */
  size: number;
  /** hex SHA-256 of the plaintext, for the case document and the custody log */
  sha256: string;
  chunkSizeLog2: number;
  /** bytes of the .cfb file */
  fileBytes: number;
}

class ChunkSink {
  private index = 0;
  private position = BLOB_HEADER_BYTES;

  constructor(
    private readonly handle: FileHandlePort,
    private readonly keys: BlobStreamKeys,
  ) {}

  async write(plaintext: Uint8Array, last: boolean): Promise<void> {
    const sealed = sealChunk(this.keys, this.index, last, plaintext);
    await writeAll(this.handle, sealed, this.position);
    this.position += sealed.length;
    this.index += 1;
  }

  get fileBytes(): number {
    return this.position;
  }
}

function ioError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const cause = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
  return new AppError('StorageIOError', `Could not save the attachment (${cause}).`, { cause });
}

/** Encrypt `source` into a new .cfb at `path`. Resolves only after the file is durable. */
export async function writeBlob(options: WriteBlobOptions): Promise<WrittenBlob> {
  const fs = options.fs ?? nodeFs;
  const blobId = options.blobId ?? randomBytes(BLOB_ID_BYTES);
  const ids = { vaultId: options.vaultId, caseId: options.caseId, blobId };
  const fresh = createBlobHeader(
    options.caseKey,
    ids,
    options.chunkSizeLog2 ?? BLOB_DEFAULT_CHUNK_LOG2,
  );
  zeroize(fresh.dek);
  const chunkSize = 2 ** fresh.chunkSizeLog2;
  const dir = dirname(options.path);
  const tmp = join(dir, `${basename(options.path)}.${randomBytes(6).toString('hex')}.tmp`);
  const hash = createHash('sha256');
  let handle: FileHandlePort | undefined;
  let created = false;
  // One reusable chunk buffer: a full chunk is held back until we know whether more data follows,
  // because only then do we know if it is the final chunk (its nonce carries the flag).
  const pending = Buffer.alloc(chunkSize);
  let filled = 0;
  let size = 0;
  try {
    handle = await fs.open(tmp, 'wx', FILE_MODE);
    created = true;
    await writeAll(handle, fresh.header, 0);
    const sink = new ChunkSink(handle, fresh);
    for await (const piece of options.source) {
      if (options.signal?.aborted) throw new AppError('Cancelled', 'The import was cancelled.');
      const bytes = piece instanceof Uint8Array ? piece : Buffer.from(piece as ArrayBuffer);
      hash.update(bytes);
      size += bytes.length;
      let offset = 0;
      while (offset < bytes.length) {
        if (filled === chunkSize) {
          await sink.write(pending, false);
          filled = 0;
        }
        const take = Math.min(chunkSize - filled, bytes.length - offset);
        pending.set(bytes.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
      }
    }
    if (options.signal?.aborted) throw new AppError('Cancelled', 'The import was cancelled.');
    // Final chunk: 1..C bytes, or the single empty chunk of an empty attachment.
    await sink.write(pending.subarray(0, filled), true);
    await handle.sync();
    const fileBytes = sink.fileBytes;
    await handle.close();
    handle = undefined;
    await fs.rename(tmp, options.path);
    created = false;
    await syncDirectory(fs, dir);
    return {
      blobId,
      size,
      sha256: hash.digest('hex'),
      chunkSizeLog2: fresh.chunkSizeLog2,
      fileBytes,
    };
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    if (created) await fs.unlink(tmp).catch(() => undefined);
    throw ioError(error);
  } finally {
    zeroize(fresh.payloadKey, pending);
  }
}
