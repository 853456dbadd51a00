import { describe, expect, it } from 'vitest';
import { SimFs } from './helpers/sim-fs';
import { codeOf, createStore, openStore, ROOT, testVault } from './helpers/vault-fixture';

describe('VaultStore', () => {
  it('creates, writes, reopens and reads cases and settings', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const a = await store.createCase({ title: 'A' }, { notes: ['one'] });
    const b = await store.createCase({ title: 'B' }, { notes: [] });
    expect(
      await store.updateCase(a, { notes: ['one', 'two'] }, { overview: { title: 'A2' } }),
    ).toBe(2);
    await store.setSettings({ theme: 'dark' });
    await store.close();

    const again = await openStore(t);
    expect((await again.readCase(a)).value).toEqual({ notes: ['one', 'two'] });
    expect((await again.readCase(b)).value).toEqual({ notes: [] });
    expect(await again.getSettings()).toEqual({ theme: 'dark' });
    const list = await again.listCases();
    expect(list.map((c) => c.overview['title']).sort()).toEqual(['A2', 'B']);
    expect(await again.verifyAudit()).toMatchObject({ size: expect.any(Number) });
    await again.close();
  });

  it('keeps only the last three versions of a case', async () => {
    const fs = new SimFs();
    const store = await createStore(testVault(fs));
    const id = await store.createCase({}, { n: 0 });
    for (let n = 1; n <= 6; n += 1) await store.updateCase(id, { n });
    const versions = fs.allFiles().filter((f) => f.startsWith(`${ROOT}/cases/${id}`));
    expect(versions).toEqual([5, 6, 7].map((s) => `${ROOT}/cases/${id}.${s}.cfd`));
    await store.close();
  });

  it('refuses a second writer and takes over a stale lock', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    expect(await codeOf(openStore(t))).toBe('Conflict');
    await store.close();
    const again = await openStore(t);
    await again.close();
  });

  it('reports a missing case file as DocMissing while other cases still open', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const a = await store.createCase({ title: 'A' }, { a: 1 });
    const b = await store.createCase({ title: 'B' }, { b: 1 });
    await store.close();
    await fs.unlink(`${ROOT}/cases/${a}.1.cfd`);
    const again = await openStore(t);
    expect((await again.listCases()).length).toBe(2);
    expect(await codeOf(again.readCase(a))).toBe('DocMissing');
    expect((await again.readCase(b)).value).toEqual({ b: 1 });
    expect(await codeOf(again.readCase('0'.repeat(32)))).toBe('NotFound');
    await again.close();
  });

  it('quarantines case versions above currentSeq and unreferenced blobs, removes temp files', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const a = await store.createCase({}, { a: 1 });
    await store.close();
    const bytes = fs.bytesOf(`${ROOT}/cases/${a}.1.cfd`)!;
    const h = await fs.open(`${ROOT}/cases/${a}.2.cfd`, 'wx', 0o600);
    await h.write(bytes);
    const blob = await fs.open(`${ROOT}/blobs/${'ab'.repeat(16)}.cfb`, 'wx', 0o600);
    await blob.write(Buffer.from('x'));
    await (await fs.open(`${ROOT}/index.cfd.123.tmp`, 'wx', 0o600)).write(Buffer.from('junk'));
    const again = await openStore(t);
    // Start-up repair runs after open resolves, before any write.
    await again.settled();
    expect(again.recovery.quarantined).toHaveLength(2);
    expect(again.recovery.removedTemp).toHaveLength(1);
    expect(fs.allFiles().filter((f) => f.includes('/quarantine/'))).toHaveLength(2);
    expect((await again.readCase(a)).value).toEqual({ a: 1 });
    await again.close();
  });
});
