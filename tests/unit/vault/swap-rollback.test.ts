import { describe, expect, it } from 'vitest';
import { SimFs } from './helpers/sim-fs';
import { codeOf, createStore, openStore, ROOT, testVault } from './helpers/vault-fixture';

describe('swap and rollback protection (B4, B5)', () => {
  it("case A's file over case B → DocSwapped", async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const a = await store.createCase({}, { who: 'A' });
    const b = await store.createCase({}, { who: 'B' });
    await store.close();
    fs.overwrite(`${ROOT}/cases/${b}.1.cfd`, fs.bytesOf(`${ROOT}/cases/${a}.1.cfd`)!);
    const s = await openStore(t);
    expect(await codeOf(s.readCase(b))).toBe('DocSwapped');
    expect((await s.readCase(a)).value).toEqual({ who: 'A' });
    await s.close();
  });

  it("another vault's index is rejected", async () => {
    const fs1 = new SimFs();
    const fs2 = new SimFs();
    const t1 = testVault(fs1);
    const t2 = testVault(fs2);
    await (await createStore(t1)).close();
    await (await createStore(t2)).close();
    fs1.overwrite(`${ROOT}/index.cfd`, fs2.bytesOf(`${ROOT}/index.cfd`)!);
    expect(await codeOf(openStore(t1))).toBe('DocSwapped');
  });

  it('an older valid case file → DocRollback', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const a = await store.createCase({}, { v: 1 });
    const v1 = fs.bytesOf(`${ROOT}/cases/${a}.1.cfd`)!;
    await store.updateCase(a, { v: 2 });
    await store.close();
    // Plant version 1's bytes under version 2's name.
    fs.overwrite(`${ROOT}/cases/${a}.2.cfd`, v1);
    const s = await openStore(t);
    expect(await codeOf(s.readCase(a))).toBe('DocRollback');
    await s.close();
  });

  it('index rolled back one commit opens (crash-like); two commits → DocRollback', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const a = await store.createCase({}, { v: 1 });
    const snapshots: Buffer[] = [fs.bytesOf(`${ROOT}/index.cfd`)!];
    await store.updateCase(a, { v: 2 });
    snapshots.push(fs.bytesOf(`${ROOT}/index.cfd`)!);
    await store.updateCase(a, { v: 3 });
    await store.close({ audit: false });
    const current = fs.bytesOf(`${ROOT}/index.cfd`)!;

    fs.overwrite(`${ROOT}/index.cfd`, snapshots[1]!);
    const s = await openStore(t);
    expect((await s.readCase(a)).value).toEqual({ v: 2 });
    await s.close({ audit: false });

    fs.overwrite(`${ROOT}/index.cfd`, snapshots[0]!);
    expect(await codeOf(openStore(t))).toBe('DocRollback');
    fs.overwrite(`${ROOT}/index.cfd`, current);
    // The one-step rollback above quarantined version 3; the index still names it.
    expect(await codeOf(openStore(t).then((x) => x.readCase(a)))).toBe('DocMissing');
  });

  it('whole-vault restore is caught against a newer checkpoint', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    await store.createCase({}, { v: 1 });
    const old = fs.crash(fs.log.length, 'keep-all');
    await store.createCase({}, { v: 2 });
    const cp = await store.checkpoint();
    await store.close();
    const restored = await openStore(t, ROOT, old);
    expect(await codeOf(restored.verifyAgainst(cp))).toBe('AuditInconsistentWithCheckpoint');
    await restored.close();
  });
});
