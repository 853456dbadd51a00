import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SHARD_FILE_RE, shardOf } from '../../../src/main/vault/index-format';
import { SimFs } from './helpers/sim-fs';
import { codeOf, createStore, openStore, ROOT, testVault } from './helpers/vault-fixture';

/** Case ids are random; these helpers find files by their place in the layout. */
const hashOf = (b: Buffer | undefined) => (b ? createHash('sha256').update(b).digest('hex') : '');

function snapshot(fs: SimFs): Map<string, string> {
  return new Map(fs.allFiles().map((f) => [f, hashOf(fs.bytesOf(f))]));
}

function shardFiles(fs: SimFs): string[] {
  return fs.allFiles().filter((f) => f.startsWith(`${ROOT}/index/`));
}

function currentShardFile(fs: SimFs, caseId: string): string {
  const key = caseId.slice(0, 2);
  const versions = shardFiles(fs)
    .map((f) => SHARD_FILE_RE.exec(f.slice(`${ROOT}/index/`.length)))
    .filter((m): m is RegExpExecArray => m !== null && m[1] === key)
    .map((m) => Number(m[2]));
  return `${ROOT}/index/${key}.${Math.max(...versions)}.cfd`;
}

async function vaultWithCases(n: number) {
  const fs = new SimFs();
  const t = testVault(fs);
  const store = await createStore(t);
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) ids.push(await store.createCase({ title: `case ${i}` }, { i }));
  return { fs, t, store, ids };
}

describe('sharded index (save cost independent of vault size)', () => {
  it('a save rewrites only the case file, its shard, the root and the audit log', async () => {
    const { fs, store, ids } = await vaultWithCases(40);
    const target = ids[0]!;
    const before = snapshot(fs);
    await store.updateCase(target, { i: 'edited' });
    const after = snapshot(fs);
    const changed = [...after].filter(([f, h]) => before.get(f) !== h).map(([f]) => f);
    const shard = target.slice(0, 2);
    for (const f of changed) {
      const ok =
        f === `${ROOT}/index.cfd` ||
        f.startsWith(`${ROOT}/audit/`) ||
        f === `${ROOT}/cases/${target}.2.cfd` ||
        f.startsWith(`${ROOT}/index/${shard}.`);
      expect(ok, f).toBe(true);
    }
    // Every other shard is untouched, byte for byte.
    for (const f of shardFiles(fs).filter((f) => !f.startsWith(`${ROOT}/index/${shard}.`)))
      expect(after.get(f)).toBe(before.get(f));
    await store.close();
  });

  it('keeps the current and previous shard versions only', async () => {
    const { fs, store, ids } = await vaultWithCases(1);
    const id = ids[0]!;
    for (let n = 0; n < 5; n += 1) await store.updateCase(id, { n });
    const mine = shardFiles(fs).filter((f) => f.startsWith(`${ROOT}/index/${id.slice(0, 2)}.`));
    expect(mine).toEqual([
      `${ROOT}/index/${id.slice(0, 2)}.5.cfd`,
      `${ROOT}/index/${id.slice(0, 2)}.6.cfd`,
    ]);
    await store.close();
  });

  it('names a damaged, missing, rolled-back or moved shard with its own code', async () => {
    const { fs, t, store, ids } = await vaultWithCases(3);
    const id = ids[0]!;
    await store.updateCase(id, { v: 2 });
    await store.close({ audit: false });
    const path = currentShardFile(fs, id);
    const good = fs.bytesOf(path)!;

    const flipped = Buffer.from(good);
    flipped[200] = flipped[200]! ^ 0x01;
    fs.overwrite(path, flipped);
    expect(await codeOf(openStore(t))).toBe('DocCorrupt');

    const previous = path.replace(/\.(\d+)\.cfd$/, (_, s: string) => `.${Number(s) - 1}.cfd`);
    fs.overwrite(path, fs.bytesOf(previous)!);
    expect(await codeOf(openStore(t))).toBe('DocRollback');

    const other = ids.find((x) => shardOf(x) !== shardOf(id));
    if (other) {
      fs.overwrite(path, fs.bytesOf(currentShardFile(fs, other))!);
      expect(await codeOf(openStore(t))).toBe('DocSwapped');
    }

    fs.overwrite(path, good);
    const reopened = await openStore(t);
    expect((await reopened.readCase(id)).value).toEqual({ v: 2 });
    await reopened.close({ audit: false });
    await fs.unlink(path);
    expect(await codeOf(openStore(t))).toBe('DocMissing');
  });

  it('a v2-encoded shard: any flipped byte, truncation or extension fails open with a typed code', async () => {
    const { fs, t, store, ids } = await vaultWithCases(3);
    await store.putRecord('people', `${ids[0]!.slice(0, 2)}${'e'.repeat(30)}`, { name: '王芳' });
    await store.close({ audit: false });
    const path = currentShardFile(fs, ids[0]!);
    const good = fs.bytesOf(path)!;
    const typed = ['DocCorrupt', 'DocSwapped', 'DocRollback', 'UnsupportedVersion'];
    const variants: Buffer[] = [];
    // Every header byte, then a spread over ciphertext and tag (every byte would be ~4,000 opens).
    for (let at = 0; at < good.length; at += at < 94 ? 1 : 53) {
      const flipped = Buffer.from(good);
      flipped[at] = flipped[at]! ^ 0x01;
      variants.push(flipped);
    }
    const tagged = Buffer.from(good);
    tagged[good.length - 1] = tagged[good.length - 1]! ^ 0x80;
    variants.push(tagged);
    for (const cut of [1, 16, 4096, good.length - 94, good.length])
      variants.push(good.subarray(0, good.length - cut));
    variants.push(Buffer.concat([good, Buffer.alloc(4096)]));
    for (const bytes of variants) {
      fs.overwrite(path, bytes);
      expect(typed).toContain(await codeOf(openStore(t)));
    }
    fs.overwrite(path, good);
    const reopened = await openStore(t);
    expect((await reopened.listCases()).map((c) => c.caseId).sort()).toEqual([...ids].sort());
    await reopened.close({ audit: false });
  });

  it('stores vault-level records and refuses bad names and ids without writing', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const id = 'c0'.repeat(16);
    await store.putRecord('people', id, { name: 'Nguyễn Thị Minh Khai' });
    await store.putRecord('people', 'd1'.repeat(16), { name: '王芳' });
    const before = snapshot(fs);
    expect(await codeOf(store.putRecord('People!', id, {}))).toBe('InvalidInput');
    expect(await codeOf(store.putRecord('people', 'not-hex', {}))).toBe('InvalidInput');
    expect(await codeOf(store.deleteRecord('people', 'e2'.repeat(16)))).toBe('NotFound');
    expect(snapshot(fs)).toEqual(before);
    await store.close();

    const again = await openStore(t);
    const names = (await again.listRecords<{ name: string }>('people')).map((r) => r.value.name);
    expect(names.sort()).toEqual(['Nguyễn Thị Minh Khai', '王芳'].sort());
    await again.deleteRecord('people', id);
    expect(await again.getRecord('people', id)).toBeUndefined();
    expect(await again.listRecords('people')).toHaveLength(1);
    await again.close();
  });
});

describe('work deferred until after unlock', () => {
  it('a save straight after open waits for start-up repair, which never takes it', async () => {
    const { fs, t, store, ids } = await vaultWithCases(1);
    const id = ids[0]!;
    await store.close();
    // An orphan version above the index's seq, as a crash before the commit point leaves.
    const h = await fs.open(`${ROOT}/cases/${id}.2.cfd`, 'wx', 0o600);
    await h.write(Buffer.from('orphan'));
    const again = await openStore(t);
    await again.updateCase(id, { saved: true });
    await again.settled();
    expect(again.recovery.quarantined).toHaveLength(1);
    expect((await again.readCase(id)).value).toEqual({ saved: true });
    await again.close();
  });

  it('a tampered early audit record fails every later call, and no write lands', async () => {
    const { fs, t, store, ids } = await vaultWithCases(5);
    await store.close();
    const segment = `${ROOT}/audit/audit.1.log`;
    const log = Buffer.from(fs.bytesOf(segment)!);
    log[40] = log[40]! ^ 0x01; // inside the first record, long before the index's own event
    fs.overwrite(segment, log);

    const opened = await openStore(t);
    const before = snapshot(fs);
    expect(await codeOf(opened.updateCase(ids[0]!, { x: 1 }))).toBe('AuditChainBroken');
    await opened.settled();
    expect(await codeOf(opened.listCases())).toBe('AuditChainBroken');
    const written = [...snapshot(fs)].filter(([f, h]) => before.get(f) !== h).map(([f]) => f);
    expect(written.filter((f) => !f.startsWith(`${ROOT}/audit/`))).toEqual([]);
    await opened.close({ audit: false });
  });
});
