import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/ipc/app-error';
import {
  decodeDoc,
  DocKind,
  encodeDoc,
  HEADER_BYTES,
  PAD_BLOCK,
  sha256Hex,
  ZERO_ID,
  type DecodeExpectation,
} from '../../../src/main/vault/doc-format';
import { shardDocId } from '../../../src/main/vault/index-format';
import { SimFs } from './helpers/sim-fs';
import { codeOf, createStore, openStore, ROOT, testVault } from './helpers/vault-fixture';

const vaultId = randomBytes(16);
const key = randomBytes(32);
const caseId = randomBytes(16);

function codeFor(bytes: Buffer, expect: DecodeExpectation): string {
  try {
    decodeDoc(bytes, expect);
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** The code each header byte position must produce when flipped (vault.md §5 read order). */
function expectedFlipCode(offset: number): string {
  if (offset === 6 || offset === 7) return 'UnsupportedVersion';
  if (offset >= 10 && offset < 42) return 'DocSwapped';
  return 'DocCorrupt';
}

describe.each([
  { name: 'case document', kind: DocKind.Case, docId: caseId },
  { name: 'index', kind: DocKind.Index, docId: ZERO_ID },
  { name: 'index shard', kind: DocKind.IndexShard, docId: shardDocId(0xa7) },
])('.cfd $name', ({ kind, docId }) => {
  const value = { title: 'Smith v. Jones', notes: ['é', '漢字'] };
  const file = encodeDoc({ kind, vaultId, docId, seq: 7, key, value });
  const expectation: DecodeExpectation = {
    kind,
    vaultId,
    docId,
    key,
    seq: 7,
    sha256: sha256Hex(file),
  };

  it('round-trips and pads to a 4 KiB multiple', () => {
    expect(file.length).toBe(HEADER_BYTES + PAD_BLOCK + 16);
    expect(decodeDoc(file, expectation).value).toEqual(value);
    expect(file.includes(Buffer.from('Smith'))).toBe(false);
  });

  it('rejects every single-byte flip (xor 0x01 and 0xFF) with the right code', () => {
    for (const mask of [0x01, 0xff]) {
      for (let i = 0; i < file.length; i += 1) {
        const bad = Buffer.from(file);
        bad[i]! ^= mask;
        expect(codeFor(bad, expectation), `offset ${i} mask ${mask}`).toBe(expectedFlipCode(i));
      }
    }
  });

  it('rejects every truncation and every extension by 1…64 bytes', () => {
    for (let len = 0; len < file.length; len += 1) {
      expect(codeFor(file.subarray(0, len), expectation), `length ${len}`).toBe('DocCorrupt');
    }
    for (let extra = 1; extra <= 64; extra += 1) {
      const longer = Buffer.concat([file, randomBytes(extra)]);
      expect(codeFor(longer, expectation), `+${extra}`).toBe('DocCorrupt');
    }
  });

  it('rejects a wrong key as DocCorrupt and an older version as DocRollback', () => {
    expect(codeFor(file, { ...expectation, key: randomBytes(32) })).toBe('DocCorrupt');
    const newer = encodeDoc({ kind, vaultId, docId, seq: 8, key, value });
    expect(codeFor(file, { ...expectation, seq: 8, sha256: sha256Hex(newer) })).toBe('DocRollback');
    // Same seq, different content (a re-encrypted copy): the hash still catches it.
    const twin = encodeDoc({ kind, vaultId, docId, seq: 7, key, value });
    expect(codeFor(twin, expectation)).toBe('DocRollback');
  });

  it('uses a fresh salt and nonce for every write', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const f = encodeDoc({ kind, vaultId, docId, seq: 1, key, value: i });
      seen.add(f.subarray(50, 94).toString('hex'));
    }
    expect(seen.size).toBe(200);
  });
});

describe('.cfd tampering through the store', () => {
  it('a damaged index refuses to open with a typed error; a damaged case only fails that case', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const a = await store.createCase({ title: 'A' }, { a: 1 });
    const b = await store.createCase({ title: 'B' }, { b: 1 });
    await store.close();

    const casePath = `${ROOT}/cases/${a}.1.cfd`;
    const original = fs.bytesOf(casePath)!;
    for (const i of [0, 6, 20, 45, 60, 90, 100, 3000, original.length - 1]) {
      const bad = Buffer.from(original);
      bad[i]! ^= 0xff;
      fs.overwrite(casePath, bad);
      const s = await openStore(t);
      expect(await codeOf(s.readCase(a))).toBe(expectedFlipCode(i));
      expect((await s.readCase(b)).value).toEqual({ b: 1 });
      expect(await s.listCases()).toHaveLength(2);
      await s.close();
    }
    fs.overwrite(casePath, original);

    const indexPath = `${ROOT}/index.cfd`;
    const index = fs.bytesOf(indexPath)!;
    for (const i of [0, 7, 12, 30, 45, 60, 200, index.length - 1]) {
      const bad = Buffer.from(index);
      bad[i]! ^= 0x01;
      fs.overwrite(indexPath, bad);
      expect(await codeOf(openStore(t))).toBe(expectedFlipCode(i));
    }
    fs.overwrite(indexPath, index.subarray(0, 1000));
    expect(await codeOf(openStore(t))).toBe('DocCorrupt');
  });
});
