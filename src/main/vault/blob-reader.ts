import * as fsp from 'node:fs/promises';
import { AppError } from '../ipc/app-error';
import {
  BLOB_HEADER_BYTES,
  blobFileLength,
  chunkCount,
  chunkOffset,
  openBlobHeader,
  openChunk,
  type BlobIds,
  type BlobStreamKeys,
} from './blob-format';
import { GCM_TAG_BYTES, zeroize } from './keys';

/**
 * Authenticated reading of a .cfb attachment (vault.md §7 reader rules):
 *  1. header first: DEK unwrap + headerMAC → BlobHeaderCorrupt;
 *  2. file length vs the plaintext size recorded in the case document → BlobTruncated /
 *     BlobTrailingData;
 *  3. per chunk, plaintext is released only after its GCM tag verified (aeadOpen buffers the output
 *     of decipher.update() until final() succeeded). A failing chunk → BlobCorrupt with its index.
 * Nothing decrypted is ever written to disk here.
 */

/** Positional read access, injectable for tests (FsPort offers no positional read). */
export interface BlobFileHandle {
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesRead: number }>;
  stat(): Promise<{ size: number }>;
  close(): Promise<void>;
}

export interface BlobReadFs {
  open(path: string): Promise<BlobFileHandle>;
}

export const nodeBlobReadFs: BlobReadFs = { open: (path) => fsp.open(path, 'r') };

export interface OpenBlobOptions extends BlobIds {
  path: string;
  caseKey: Buffer;
  /** Plaintext size recorded in the (authenticated) case document. */
  size: number;
  readFs?: BlobReadFs;
}

function ioError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const cause = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
  return new AppError('StorageIOError', `Could not read the attachment (${cause}).`, { cause });
}

/** readRange() buffers its result; larger reads must stream so memory stays bounded. */
export const MAX_RANGE_BYTES = 64 * 1024 * 1024;

export class BlobReader {
  readonly chunkSize: number;
  readonly chunkCount: number;
  private closed = false;

  private constructor(
    private readonly handle: BlobFileHandle,
    private readonly keys: BlobStreamKeys,
    readonly size: number,
  ) {
    this.chunkSize = 2 ** keys.chunkSizeLog2;
    this.chunkCount = chunkCount(size, keys.chunkSizeLog2);
  }

  /** Open and verify the header and the file length. The handle stays open until close(). */
  static async open(options: OpenBlobOptions): Promise<BlobReader> {
    if (!Number.isSafeInteger(options.size) || options.size < 0) {
      throw new RangeError('size must be a non-negative integer');
    }
    let handle: BlobFileHandle;
    try {
      handle = await (options.readFs ?? nodeBlobReadFs).open(options.path);
    } catch (error) {
      throw ioError(error);
    }
    try {
      const fileSize = (await handle.stat()).size;
      if (fileSize < BLOB_HEADER_BYTES) {
        throw new AppError('BlobTruncated', 'The attachment file ends inside its header.', {
          fileSize,
        });
      }
      const header = Buffer.alloc(BLOB_HEADER_BYTES);
      await readExactly(handle, header, 0);
      const keys = openBlobHeader(header, options.caseKey, options);
      const expected = blobFileLength(options.size, keys.chunkSizeLog2);
      if (fileSize !== expected) {
        zeroize(keys.payloadKey);
        const code = fileSize < expected ? 'BlobTruncated' : 'BlobTrailingData';
        throw new AppError(code, 'The attachment file has the wrong length.', {
          fileSize,
          expected,
        });
      }
      return new BlobReader(handle, keys, options.size);
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw ioError(error);
    }
  }

  private chunkLength(index: number): number {
    if (index < this.chunkCount - 1) return this.chunkSize;
    return this.size - index * this.chunkSize;
  }

  /** Verified plaintext of chunk `index`. */
  async readChunk(index: number): Promise<Buffer> {
    if (this.closed) throw new AppError('VaultLocked', 'The attachment was closed.');
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.chunkCount) {
      throw new RangeError('chunk index out of range');
    }
    const sealed = Buffer.alloc(this.chunkLength(index) + GCM_TAG_BYTES);
    await readExactly(this.handle, sealed, chunkOffset(index, this.keys.chunkSizeLog2));
    const last = index === this.chunkCount - 1;
    const plaintext = openChunk(this.keys, index, last, sealed);
    if (plaintext) return plaintext;
    // Distinguish the stream-structure attacks from plain damage (vault.md §7).
    const other = openChunk(this.keys, index, !last, sealed);
    if (other) {
      zeroize(other);
      if (last) {
        throw new AppError('BlobTruncated', 'The attachment ends before its final chunk.', {
          chunk: index,
        });
      }
      throw new AppError('BlobTrailingData', 'The attachment has data after a final chunk.', {
        chunk: index,
      });
    }
    throw new AppError('BlobCorrupt', `Attachment chunk ${index} failed authentication.`, {
      chunk: index,
      verifiedBytes: index * this.chunkSize,
    });
  }

  /**
   * Bytes [start, end) of the plaintext, decrypting and verifying only the chunks that overlap the
   * range (HTTP Range requests for media). end is exclusive and clamped to the size.
   */
  async readRange(start: number, end: number): Promise<Buffer> {
    const stop = Math.min(end, this.size);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || start > stop) {
      throw new RangeError('invalid range');
    }
    if (stop - start > MAX_RANGE_BYTES) {
      throw new RangeError('range too large: stream with chunks() instead');
    }
    if (start === stop) return Buffer.alloc(0);
    const first = Math.floor(start / this.chunkSize);
    const lastChunk = Math.floor((stop - 1) / this.chunkSize);
    const out = Buffer.alloc(stop - start);
    let written = 0;
    for (let index = first; index <= lastChunk; index += 1) {
      const plain = await this.readChunk(index);
      const base = index * this.chunkSize;
      const from = Math.max(start - base, 0);
      const to = Math.min(stop - base, plain.length);
      written += plain.copy(out, written, from, to);
      zeroize(plain);
    }
    return out;
  }

  /**
   * All verified chunks in order. On failure the consumer has received exactly the verified
   * prefix (error details carry the chunk index) and must discard partial output.
   */
  async *chunks(): AsyncGenerator<Buffer> {
    for (let index = 0; index < this.chunkCount; index += 1) yield await this.readChunk(index);
  }

  /** Close the file and zero the payload key (call on lock). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    zeroize(this.keys.payloadKey);
    await this.handle.close().catch(() => undefined);
  }
}

async function readExactly(
  handle: BlobFileHandle,
  buffer: Buffer,
  position: number,
): Promise<void> {
  let done = 0;
  while (done < buffer.length) {
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(buffer, done, buffer.length - done, position + done));
    } catch (error) {
      throw ioError(error);
    }
    if (bytesRead === 0) {
      // The file shrank after the length check (concurrent truncation).
      throw new AppError('BlobTruncated', 'The attachment file ended early.', {
        position: position + done,
      });
    }
    done += bytesRead;
  }
}
