import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDoc, DocKind, ZERO_ID } from '../../../src/main/vault/doc-format';
import { shardDocId } from '../../../src/main/vault/index-format';
import { deriveVaultKeys } from '../../../src/main/vault/keys';
import { SimFs } from './helpers/sim-fs';
import { openStore, ROOT, testVault, type TestVault } from './helpers/vault-fixture';

/**
 * A vault written by the index-version-2 code (root v2, shards in the v1 encoding), generated
 * once with that code and kept as bytes: the only honest way to test that this build reads a vault
 * an earlier build wrote, and moves it to the new encoding without losing anything.
 */
interface Fixture {
  vaultKey: string;
  vaultId: string;
  files: Record<string, string>;
}
const fixture = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'index-v2-vault.json'), 'utf8'),
) as Fixture;

const A = '1a'.repeat(16);
const B = 'b2'.repeat(16);
const PERSON = 'c3'.repeat(16);

async function legacyVault(): Promise<{ fs: SimFs; t: TestVault }> {
  const fs = new SimFs();
  for (const [path, base64] of Object.entries(fixture.files)) {
    await fs.mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const handle = await fs.open(path, 'wx', 0o600);
    await handle.write(Buffer.from(base64, 'base64'));
    await handle.sync();
    await handle.close();
  }
  const t = testVault(fs);
  t.vaultKey = Buffer.from(fixture.vaultKey, 'hex');
  t.vaultId = Buffer.from(fixture.vaultId, 'hex');
  return { fs, t };
}

/** The decrypted JSON of the root and of each current shard, to see which encoding is on disk. */
function onDisk(fs: SimFs, t: TestVault) {
  const keys = deriveVaultKeys(t.vaultKey, t.vaultId);
  const root = decodeDoc<{ v: number; shards: Record<string, { seq: number }> }>(
    fs.bytesOf(`${ROOT}/index.cfd`)!,
    { kind: DocKind.Index, vaultId: t.vaultId, docId: ZERO_ID, key: keys.indexKey },
  ).value;
  const shards: Record<string, number> = {};
  for (const [key, ref] of Object.entries(root.shards)) {
    const doc = decodeDoc<{ v: number }>(fs.bytesOf(`${ROOT}/index/${key}.${ref.seq}.cfd`)!, {
      kind: DocKind.IndexShard,
      vaultId: t.vaultId,
      docId: shardDocId(Number.parseInt(key, 16)),
      key: keys.indexKey,
    });
    shards[key] = doc.value.v;
  }
  return { rootVersion: root.v, shards, rootShards: root.shards };
}

async function listing(fs: SimFs, t: TestVault) {
  const store = await openStore(t);
  const cases = (await store.listCases()).map((c) => ({
    caseId: c.caseId,
    overview: c.overview,
    legalHold: c.legalHold,
    blobIds: c.blobIds,
    currentSeq: c.currentSeq,
  }));
  const people = await store.listRecords('people');
  const docs = [(await store.readCase(A)).value, (await store.readCase(B)).value];
  await store.close();
  return { cases: cases.sort((x, y) => x.caseId.localeCompare(y.caseId)), people, docs, fs };
}

describe('a vault written with index version 2 (v1 shards)', () => {
  it('opens as it was written: overviews, holds, blobs, records and case files', async () => {
    const { fs, t } = await legacyVault();
    expect(onDisk(fs, t).rootVersion).toBe(2);
    const seen = await listing(fs, t);
    expect(seen.cases).toEqual([
      {
        caseId: A,
        overview: { id: A, title: 'Quấy rối — Kho vận (sửa)' },
        legalHold: false,
        blobIds: ['d4'.repeat(16)],
        currentSeq: 2,
      },
      {
        caseId: B,
        overview: { id: B, title: '王伟 grievance' },
        legalHold: true,
        blobIds: [],
        currentSeq: 1,
      },
    ]);
    expect(seen.people).toEqual([{ id: PERSON, value: { name: 'Nguyễn Thị Minh Khai' } }]);
    expect(seen.docs).toEqual([{ doc: 'a2' }, { doc: 'b' }]);
  });

  it('moves shard by shard: a commit rewrites the shards it touches as v2 and the root as 3', async () => {
    const { fs, t } = await legacyVault();
    const before = await listing(fs, t);
    expect(onDisk(fs, t).shards).toEqual({ '1a': 1, b2: 1, c3: 1 });

    const store = await openStore(t);
    await store.setLegalHold(A, true);
    await store.close();
    const after = onDisk(fs, t);
    expect(after.rootVersion).toBe(3);
    expect(after.shards).toEqual({ '1a': 2, b2: 1, c3: 1 });

    // Mixed encodings under a version-3 root read back to the same vault.
    const mixed = await listing(fs, t);
    expect(mixed.cases).toEqual(
      before.cases.map((c) => (c.caseId === A ? { ...c, legalHold: true } : c)),
    );
    expect(mixed.people).toEqual(before.people);
    expect(mixed.docs).toEqual(before.docs);
  });
});
