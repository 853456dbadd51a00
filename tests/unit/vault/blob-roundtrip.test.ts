import { createHash, randomBytes, randomInt } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobFileLength, createBlobHeader } from '../../../src/main/vault/blob-format';
import { BlobReader } from '../../../src/main/vault/blob-reader';
import { writeBlob } from '../../../src/main/vault/blob-writer';
import { randomKey, unwrapKey } from '../../../src/main/vault/keys';

const C = 64 * 1024;
const vaultId = randomBytes(16);
const caseId = randomBytes(16);
const caseKey = randomKey();
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'confidant-blob-rt-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function* pieces(data: Buffer): AsyncGenerator<Buffer> {
  // Uneven source pieces so chunk assembly crosses piece boundaries in every way.
  let offset = 0;
  while (offset < data.length) {
    const n = Math.min(data.length - offset, randomInt(1, 3 * C));
    yield data.subarray(offset, offset + n);
    offset += n;
  }
}

async function roundTrip(data: Buffer, chunkSizeLog2?: number) {
  const path = join(dir, `${randomBytes(8).toString('hex')}.cfb`);
  const written = await writeBlob({
    path,
    source: pieces(data),
    caseKey,
    vaultId,
    caseId,
    ...(chunkSizeLog2 ? { chunkSizeLog2 } : {}),
  });
  const reader = await BlobReader.open({
    path,
    caseKey,
    vaultId,
    caseId,
    blobId: written.blobId,
    size: written.size,
  });
  return { path, written, reader };
}

async function readAll(reader: BlobReader): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of reader.chunks()) parts.push(chunk);
  return Buffer.concat(parts);
}

const sizes = [0, 1, C - 1, C, C + 1, 2 * C, 257 * C, randomInt(8 * 1024 * 1024), randomInt(3 * C)];

describe('attachment round trip (A4)', () => {
  it.each(sizes)('size %i: identical bytes, SHA-256 and exact file length', async (size) => {
    const data = randomBytes(size);
    const { path, written, reader } = await roundTrip(data);
    try {
      expect(written.size).toBe(size);
      expect(written.sha256).toBe(createHash('sha256').update(data).digest('hex'));
      expect((await stat(path)).size).toBe(blobFileLength(size, 16));
      expect(written.fileBytes).toBe(blobFileLength(size, 16));
      expect(reader.chunkCount).toBe(Math.max(1, Math.ceil(size / C)));
      expect((await readAll(reader)).equals(data)).toBe(true);

      // Range reads with several step sizes (bounded call count per step) plus random ranges.
      for (const step of [1, 7, 4096, C - 1, C, C + 1, 1024 * 1024]) {
        const limit = Math.min(size, step * 64);
        for (let start = 0; start < limit; start += step) {
          const end = Math.min(start + step, size);
          const got = await reader.readRange(start, end);
          expect(got.equals(data.subarray(start, end))).toBe(true);
        }
        const tailStart = Math.max(0, size - step);
        expect((await reader.readRange(tailStart, size)).equals(data.subarray(tailStart))).toBe(
          true,
        );
      }
      for (let i = 0; i < 50 && size > 0; i += 1) {
        const start = randomInt(size);
        const end = Math.min(size, start + randomInt(1, 3 * C));
        expect((await reader.readRange(start, end)).equals(data.subarray(start, end))).toBe(true);
      }
      expect((await reader.readRange(size, size)).length).toBe(0);
      expect((await reader.readRange(0, size + 100)).equals(data)).toBe(true);
      await expect(reader.readRange(-1, 1)).rejects.toThrow(RangeError);
    } finally {
      await reader.close();
    }
  });

  it('accepts 1 MiB chunks and round-trips across their boundaries', async () => {
    const big = 1 << 20;
    for (const size of [0, big - 1, big + 1]) {
      const data = randomBytes(size);
      const { written, reader } = await roundTrip(data, 20);
      expect(written.chunkSizeLog2).toBe(20);
      expect(reader.chunkSize).toBe(big);
      expect((await readAll(reader)).equals(data)).toBe(true);
      await reader.close();
    }
  });

  it('refuses chunk sizes outside 2^16..2^20 when writing', async () => {
    for (const log2 of [15, 21]) {
      await expect(
        writeBlob({
          path: join(dir, 'bad.cfb'),
          source: pieces(randomBytes(10)),
          caseKey,
          vaultId,
          caseId,
          chunkSizeLog2: log2,
        }),
      ).rejects.toThrow(RangeError);
    }
  });

  it('leaves no temp file and creates the blob with mode 0600', async () => {
    const { path, reader } = await roundTrip(randomBytes(1000));
    await reader.close();
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('a closed reader refuses further reads', async () => {
    const { reader } = await roundTrip(randomBytes(10));
    await reader.close();
    await expect(reader.readChunk(0)).rejects.toMatchObject({ code: 'VaultLocked' });
  });
});

describe('nonce and key freshness (C6)', () => {
  it('10,000 headers: every DEK and every stream salt is unique', () => {
    const deks = new Set<string>();
    const salts = new Set<string>();
    const ids = { vaultId, caseId, blobId: randomBytes(16) };
    for (let i = 0; i < 10_000; i += 1) {
      const fresh = createBlobHeader(caseKey, ids);
      // The DEK stored in the header is the one that was generated.
      const dek = unwrapKey(
        caseKey,
        fresh.header.subarray(60, 120),
        Buffer.concat([Buffer.from('confidant/v1/dek'), vaultId, caseId, ids.blobId]),
      );
      expect(dek?.equals(fresh.dek)).toBe(true);
      deks.add(fresh.dek.toString('hex'));
      salts.add(fresh.streamSalt.toString('hex'));
    }
    expect(deks.size).toBe(10_000);
    expect(salts.size).toBe(10_000);
  });
});
