import { randomBytes, randomInt } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/ipc/app-error';
import {
  BLOB_HEADER_BYTES,
  chunkNonce,
  chunkOffset,
  openBlobHeader,
  sealChunk,
  type BlobIds,
} from '../../../src/main/vault/blob-format';
import { BlobReader, type BlobReadFs } from '../../../src/main/vault/blob-reader';
import { writeBlob } from '../../../src/main/vault/blob-writer';
import { randomKey } from '../../../src/main/vault/keys';

const C = 64 * 1024;
const SEALED = C + 16;
const caseKey = randomKey();
const base = { vaultId: randomBytes(16), caseId: randomBytes(16) };
let ids: BlobIds;
let plain: Buffer;
let file: Buffer;
let dir = '';

/** Reads the attachment from memory so thousands of tampered variants stay fast. */
function memoryFs(bytes: Buffer): BlobReadFs {
  return {
    open: async () => ({
      read: async (buffer, offset, length, position) => {
        const n = Math.max(0, Math.min(length, bytes.length - position));
        bytes.copy(buffer, offset, position, position + n);
        return { bytesRead: n };
      },
      stat: async () => ({ size: bytes.length }),
      close: async () => undefined,
    }),
  };
}

interface Outcome {
  code: string;
  details?: Record<string, unknown>;
  released: Buffer;
}

/** Open and stream everything, collecting what the reader released before failing. */
async function attempt(
  bytes: Buffer,
  overrides: Partial<BlobIds & { caseKey: Buffer; size: number }> = {},
): Promise<Outcome> {
  const released: Buffer[] = [];
  try {
    const reader = await BlobReader.open({
      path: 'memory',
      caseKey,
      ...ids,
      size: plain.length,
      readFs: memoryFs(bytes),
      ...overrides,
    });
    try {
      for await (const chunk of reader.chunks()) released.push(chunk);
    } finally {
      await reader.close();
    }
    return { code: 'ok', released: Buffer.concat(released) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, details: error.details, released: Buffer.concat(released) };
  }
}

function keys() {
  return openBlobHeader(file.subarray(0, BLOB_HEADER_BYTES), caseKey, ids);
}

function chunkAt(bytes: Buffer, index: number, length = SEALED): Buffer {
  const start = chunkOffset(index, 16);
  return Buffer.from(bytes.subarray(start, start + length));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'confidant-blob-tamper-'));
  plain = randomBytes(4 * C + 1000); // 5 chunks, the last one short
  const path = join(dir, 'a.cfb');
  async function* one() {
    yield plain;
  }
  const written = await writeBlob({ path, source: one(), caseKey, ...base });
  ids = { ...base, blobId: written.blobId };
  file = await readFile(path);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('attachment tampering (B3, B4)', () => {
  it('the untouched file reads back', async () => {
    const outcome = await attempt(file);
    expect(outcome.code).toBe('ok');
    expect(outcome.released.equals(plain)).toBe(true);
  });

  it('every header byte flip → BlobHeaderCorrupt (version/alg bytes → UnsupportedVersion), nothing released', async () => {
    for (let i = 0; i < BLOB_HEADER_BYTES; i += 1) {
      for (const mask of [0x01, 0xff]) {
        const damaged = Buffer.from(file);
        damaged[i] = (damaged[i] ?? 0) ^ mask;
        const outcome = await attempt(damaged);
        expect(outcome.code, `byte ${i}`).toBe(
          i === 7 || i === 8 ? 'UnsupportedVersion' : 'BlobHeaderCorrupt',
        );
        expect(outcome.released.length).toBe(0);
      }
    }
  });

  it('10,000 random payload flips → BlobCorrupt(i) releasing exactly the verified prefix', async () => {
    const damaged = Buffer.from(file);
    for (let trial = 0; trial < 10_000; trial += 1) {
      const pos = randomInt(BLOB_HEADER_BYTES, file.length);
      const mask = randomInt(1, 256);
      damaged[pos] = (damaged[pos] ?? 0) ^ mask;
      const outcome = await attempt(damaged);
      damaged[pos] = (damaged[pos] ?? 0) ^ mask;
      const index = Math.floor((pos - BLOB_HEADER_BYTES) / SEALED);
      expect(outcome.code).toBe('BlobCorrupt');
      expect(outcome.details).toMatchObject({ chunk: index, verifiedBytes: index * C });
      expect(outcome.released.equals(plain.subarray(0, index * C))).toBe(true);
    }
  }, 60_000); // CPU-bound (~2 GB of GCM); generous for slow CI runners

  it('truncation at every chunk boundary ±1 (and inside the header) → BlobTruncated', async () => {
    const lengths = new Set<number>([0, 1, 100, BLOB_HEADER_BYTES - 1, file.length - 1]);
    for (let k = 0; k <= 5; k += 1) {
      for (const delta of [-1, 0, 1]) lengths.add(BLOB_HEADER_BYTES + k * SEALED + delta);
    }
    for (const length of lengths) {
      if (length >= file.length) continue;
      const outcome = await attempt(file.subarray(0, length));
      expect(outcome.code, `length ${length}`).toBe('BlobTruncated');
      expect(outcome.released.length).toBe(0);
    }
  });

  it('appended bytes or an appended valid chunk → BlobTrailingData', async () => {
    for (const extra of [randomBytes(1), randomBytes(16), randomBytes(SEALED)]) {
      expect((await attempt(Buffer.concat([file, extra]))).code).toBe('BlobTrailingData');
    }
    const k = keys();
    for (const last of [true, false]) {
      const appended = sealChunk(k, 5, last, randomBytes(100));
      expect((await attempt(Buffer.concat([file, appended]))).code).toBe('BlobTrailingData');
    }
  });

  it('swapped, duplicated, dropped and inserted chunks are rejected with the right class', async () => {
    const c1 = chunkAt(file, 1);
    const c2 = chunkAt(file, 2);
    const swapped = Buffer.from(file);
    c2.copy(swapped, chunkOffset(1, 16));
    c1.copy(swapped, chunkOffset(2, 16));
    let outcome = await attempt(swapped);
    expect(outcome).toMatchObject({ code: 'BlobCorrupt', details: { chunk: 1 } });
    expect(outcome.released.equals(plain.subarray(0, C))).toBe(true);

    const duplicated = Buffer.from(file);
    c1.copy(duplicated, chunkOffset(2, 16));
    outcome = await attempt(duplicated);
    expect(outcome).toMatchObject({ code: 'BlobCorrupt', details: { chunk: 2 } });
    expect(outcome.released.equals(plain.subarray(0, 2 * C))).toBe(true);

    const dropped = Buffer.concat([
      file.subarray(0, chunkOffset(2, 16)),
      file.subarray(chunkOffset(3, 16)),
    ]);
    expect((await attempt(dropped)).code).toBe('BlobTruncated');

    const inserted = Buffer.concat([
      file.subarray(0, chunkOffset(2, 16)),
      c1,
      file.subarray(chunkOffset(2, 16)),
    ]);
    expect((await attempt(inserted)).code).toBe('BlobTrailingData');
  });

  it('a middle chunk re-sealed as final → BlobTrailingData after the verified prefix', async () => {
    const forged = Buffer.from(file);
    sealChunk(keys(), 2, true, plain.subarray(2 * C, 3 * C)).copy(forged, chunkOffset(2, 16));
    const outcome = await attempt(forged);
    expect(outcome).toMatchObject({ code: 'BlobTrailingData', details: { chunk: 2 } });
    expect(outcome.released.equals(plain.subarray(0, 2 * C))).toBe(true);
  });

  it('a last chunk sealed as non-final → BlobTruncated', async () => {
    const forged = Buffer.from(file);
    sealChunk(keys(), 4, false, plain.subarray(4 * C)).copy(forged, chunkOffset(4, 16));
    const outcome = await attempt(forged);
    expect(outcome).toMatchObject({ code: 'BlobTruncated', details: { chunk: 4 } });
    expect(outcome.released.equals(plain.subarray(0, 4 * C))).toBe(true);
  });

  it('a stream cut at a chunk boundary whose recorded size matches the cut → BlobTruncated', async () => {
    const cut = file.subarray(0, chunkOffset(2, 16));
    const outcome = await attempt(cut, { size: 2 * C });
    expect(outcome.code).toBe('BlobTruncated');
    expect(outcome.released.equals(plain.subarray(0, C))).toBe(true);
  });

  it('an empty extra final chunk after full chunks → rejected', async () => {
    const forged = Buffer.concat([
      file.subarray(0, chunkOffset(4, 16)),
      sealChunk(keys(), 4, false, plain.subarray(4 * C)),
      sealChunk(keys(), 5, true, Buffer.alloc(0)),
    ]);
    expect((await attempt(forged)).code).toBe('BlobTrailingData');
  });

  it('a blob moved to another case, vault or id, or opened with another case key → BlobHeaderCorrupt', async () => {
    for (const overrides of [
      { caseId: randomBytes(16) },
      { vaultId: randomBytes(16) },
      { blobId: randomBytes(16) },
      { caseKey: randomKey() },
    ]) {
      const outcome = await attempt(file, overrides);
      expect(outcome.code).toBe('BlobHeaderCorrupt');
      expect(outcome.released.length).toBe(0);
    }
    // Even with the header rewritten to claim the other case, the DEK does not unwrap.
    const otherCase = randomBytes(16);
    const relabelled = Buffer.from(file);
    otherCase.copy(relabelled, 28);
    expect((await attempt(relabelled, { caseId: otherCase })).code).toBe('BlobHeaderCorrupt');
  });

  it('2,000 random or half-valid headers → only typed errors, nothing released', async () => {
    const allowed = ['BlobHeaderCorrupt', 'UnsupportedVersion', 'BlobTruncated'];
    for (let i = 0; i < 2000; i += 1) {
      const forged = Buffer.from(file.subarray(0, 4 * 1024));
      // Keep a prefix of the real header (so parsing gets past early checks), randomise the rest.
      const keep = randomInt(0, BLOB_HEADER_BYTES);
      randomBytes(BLOB_HEADER_BYTES - keep).copy(forged, keep);
      const outcome = await attempt(forged.subarray(0, randomInt(0, forged.length)));
      expect(allowed).toContain(outcome.code);
      expect(outcome.released.length).toBe(0);
    }
  });

  it('chunk size fields outside 16..20 are rejected; the counter cannot overflow', async () => {
    for (const log2 of [0, 15, 21, 255]) {
      const forged = Buffer.from(file);
      forged[9] = log2;
      expect((await attempt(forged)).code).toBe('BlobHeaderCorrupt');
    }
    expect(() => chunkNonce(2 ** 48, false)).toThrow(
      expect.objectContaining({ code: 'BlobCorrupt' }),
    );
    expect(chunkNonce(2 ** 48 - 1, true).toString('hex')).toBe('0000000000ffffffffffff01');
    expect(chunkNonce(1, false).toString('hex')).toBe('000000000000000000000100');
  });
});
