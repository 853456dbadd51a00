import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../src/main/storage/fs-port';
import { exportBlob, hashBlob } from '../../../src/main/vault/blob-export';
import { chunkOffset } from '../../../src/main/vault/blob-format';
import { BlobReader } from '../../../src/main/vault/blob-reader';
import { writeBlob } from '../../../src/main/vault/blob-writer';
import { randomKey } from '../../../src/main/vault/keys';

const C = 64 * 1024;
const MIB = 1024 * 1024;
const ids = { vaultId: randomBytes(16), caseId: randomBytes(16) };
const caseKey = randomKey();
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'confidant-blob-stream-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** An FsPort that counts bytes written and can fail the n-th write. */
function countingFs(failOnWrite?: number): FsPort & { written: number } {
  let writes = 0;
  const port = {
    ...nodeFs,
    written: 0,
    async open(path: string, flags: string, mode?: number) {
      const handle = await nodeFs.open(path, flags, mode);
      return {
        write: async (
          buffer: Uint8Array,
          offset?: number,
          length?: number,
          position?: number | null,
        ) => {
          writes += 1;
          if (writes === failOnWrite)
            throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
          const result = await handle.write(buffer, offset, length, position);
          port.written += result.bytesWritten;
          return result;
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
  return port;
}

async function tmpFiles(): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

describe('streaming import keeps memory bounded (P1, CI size)', () => {
  it('encrypts 256 MiB generated on the fly with bounded lag and heap growth', async () => {
    const total = 256 * MIB;
    const fs = countingFs();
    const piece = randomBytes(MIB);
    const sourceHash = createHash('sha256');
    let produced = 0;
    let maxLag = 0;
    let maxGrowth = 0;
    const baseline = process.memoryUsage();
    const baseBytes = baseline.heapUsed + baseline.arrayBuffers;
    async function* source(): AsyncGenerator<Buffer> {
      for (let i = 0; produced < total; i += 1) {
        // Plaintext produced but not yet on disk (file bytes include header and tags, so this
        // slightly under-counts what is on disk: a conservative bound).
        maxLag = Math.max(maxLag, produced - fs.written);
        const usage = process.memoryUsage();
        maxGrowth = Math.max(maxGrowth, usage.heapUsed + usage.arrayBuffers - baseBytes);
        piece.writeUInt32BE(i, 0); // every piece differs
        sourceHash.update(piece);
        produced += piece.length;
        yield piece;
      }
    }
    const path = join(dir, 'large.cfb');
    const written = await writeBlob({ path, source: source(), caseKey, ...ids, fs });
    expect(written.size).toBe(total);
    expect(written.sha256).toBe(sourceHash.digest('hex'));
    // Structural bound: the writer never pulls more than one source piece plus one held-back
    // chunk ahead of what it has written. A buffering writer would lag by the whole 256 MiB.
    expect(maxLag).toBeLessThanOrEqual(MIB + 2 * C);
    // Generous memory bound (GC timing varies); buffering everything would be ≥ 256 MiB.
    expect(maxGrowth).toBeLessThan(64 * MIB);

    const reader = await BlobReader.open({
      path,
      caseKey,
      ...ids,
      blobId: written.blobId,
      size: total,
    });
    expect(await hashBlob(reader)).toBe(written.sha256);
    await reader.close();
    await rm(path);
  }, 60_000); // 256 MiB through AES-GCM and SHA-256 twice; generous for slow CI runners
});

describe('durable write and failures', () => {
  it('accepts a Node Readable as the source', async () => {
    const data = randomBytes(3 * C + 5);
    const sourcePath = join(dir, 'source.bin');
    await writeFile(sourcePath, data);
    const path = join(dir, 'from-stream.cfb');
    const written = await writeBlob({
      path,
      source: createReadStream(sourcePath, { highWaterMark: 10_000 }),
      caseKey,
      ...ids,
    });
    const reader = await BlobReader.open({
      path,
      caseKey,
      ...ids,
      blobId: written.blobId,
      size: data.length,
    });
    expect((await reader.readRange(0, data.length)).equals(data)).toBe(true);
    await reader.close();
  });

  it('an I/O error mid-write → StorageIOError, no temp file, no target', async () => {
    for (const failOn of [1, 2, 5]) {
      const path = join(dir, `fail-${failOn}.cfb`);
      async function* source() {
        yield randomBytes(6 * C);
      }
      await expect(
        writeBlob({ path, source: source(), caseKey, ...ids, fs: countingFs(failOn) }),
      ).rejects.toMatchObject({ code: 'StorageIOError', details: { cause: 'ENOSPC' } });
      await expect(stat(path)).rejects.toThrow();
    }
    expect(await tmpFiles()).toEqual([]);
  });

  it('a failing source or an abort leaves nothing behind', async () => {
    const path = join(dir, 'aborted.cfb');
    async function* broken() {
      yield randomBytes(2 * C);
      throw Object.assign(new Error('source vanished'), { code: 'EIO' });
    }
    await expect(writeBlob({ path, source: broken(), caseKey, ...ids })).rejects.toMatchObject({
      code: 'StorageIOError',
    });
    const controller = new AbortController();
    async function* endless() {
      for (let i = 0; ; i += 1) {
        if (i === 3) controller.abort();
        yield randomBytes(C);
      }
    }
    await expect(
      writeBlob({ path, source: endless(), caseKey, ...ids, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'Cancelled' });
    await expect(stat(path)).rejects.toThrow();
    expect(await tmpFiles()).toEqual([]);
  });
});

describe('export to a user-chosen path (G3)', () => {
  async function imported(data: Buffer) {
    const path = join(dir, `${randomBytes(6).toString('hex')}.cfb`);
    async function* one() {
      yield data;
    }
    const written = await writeBlob({ path, source: one(), caseKey, ...ids });
    const open = () =>
      BlobReader.open({ path, caseKey, ...ids, blobId: written.blobId, size: data.length });
    return { path, written, open };
  }

  it('writes the plaintext, re-checks SHA-256 = import SHA-256', async () => {
    const data = randomBytes(2 * C + 77);
    const { written, open } = await imported(data);
    const destination = join(dir, 'exported.bin');
    const reader = await open();
    const result = await exportBlob(reader, destination, written.sha256);
    await reader.close();
    expect(result).toEqual({ sha256: written.sha256, size: data.length });
    expect((await readFile(destination)).equals(data)).toBe(true);
  });

  it('a SHA-256 mismatch or a corrupt chunk deletes the partial export', async () => {
    const data = randomBytes(3 * C);
    const { path, written, open } = await imported(data);
    const destination = join(dir, 'never.bin');
    let reader = await open();
    await expect(exportBlob(reader, destination, '0'.repeat(64))).rejects.toMatchObject({
      code: 'BlobCorrupt',
      details: { reason: 'sha256' },
    });
    await reader.close();

    const bytes = await readFile(path);
    bytes[chunkOffset(2, 16) + 10] = (bytes[chunkOffset(2, 16) + 10] ?? 0) ^ 1;
    await writeFile(path, bytes);
    reader = await open();
    await expect(exportBlob(reader, destination, written.sha256)).rejects.toMatchObject({
      code: 'BlobCorrupt',
      details: { chunk: 2 },
    });
    await reader.close();
    await expect(stat(destination)).rejects.toThrow();
    expect((await readdir(dir)).filter((name) => name.includes('never.bin'))).toEqual([]);
  });
});
