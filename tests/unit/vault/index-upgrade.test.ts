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

/** What the fixture holds (written by the generator with the index-v2 code). */
const CASES = [
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
];
const PEOPLE = [{ id: PERSON, value: { name: 'Nguyễn Thị Minh Khai' } }];
const DOCS = [{ doc: 'a2' }, { doc: 'b' }];

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
    expect(seen.cases).toEqual(CASES);
    expect(seen.people).toEqual(PEOPLE);
    expect(seen.docs).toEqual(DOCS);
  });

  it('is rewritten in the v2 encoding by one commit after open, with nothing lost', async () => {
    const { fs, t } = await legacyVault();
    const store = await openStore(t);
    await store.settled();
    const events = (await store.auditEvents()).map((e) => e.action);
    await store.close();
    expect(events.filter((a) => a === 'index.upgraded')).toHaveLength(1);
    const after = onDisk(fs, t);
    expect(after.rootVersion).toBe(3);
    expect(after.shards).toEqual({ '1a': 2, b2: 2, c3: 2 });
    const seen = await listing(fs, t);
    expect(seen.cases).toEqual(CASES);
    expect(seen.people).toEqual(PEOPLE);
    expect(seen.docs).toEqual(DOCS);
    // Nothing left to upgrade: the next open commits nothing.
    const again = await openStore(t);
    await again.settled();
    expect((await again.auditEvents()).filter((e) => e.action === 'index.upgraded')).toHaveLength(
      1,
    );
    await again.close();
  });

  it('reads a mix of v1 and v2 shards under a v3 root (an upgrade that failed part-way)', async () => {
    const { fs, t } = await legacyVault();
    // Shard writes for b2 and c3 fail, so the upgrade commit fails and only 1a, which the user's
    // own save touches first, reaches v2.
    const failing = new Proxy(fs, {
      get(target, key: keyof SimFs) {
        if (key === 'open')
          return (path: string, flags: string, mode?: number) =>
            /\/index\/(b2|c3)\./.test(path)
              ? Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' }))
              : target.open(path, flags, mode);
        const value = target[key];
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const store = await openStore(t, ROOT, failing);
    await store.setLegalHold(A, true);
    await store.settled();
    await store.close();
    const mixed = onDisk(fs, t);
    expect(mixed.rootVersion).toBe(3);
    expect(mixed.shards).toEqual({ '1a': 2, b2: 1, c3: 1 });

    const seen = await listing(fs, t);
    expect(seen.cases).toEqual(CASES.map((c) => (c.caseId === A ? { ...c, legalHold: true } : c)));
    expect(seen.people).toEqual(PEOPLE);
    expect(seen.docs).toEqual(DOCS);
    // That open (in listing) finished the upgrade.
    expect(onDisk(fs, t).shards).toEqual({ '1a': 2, b2: 2, c3: 2 });
  });
});
