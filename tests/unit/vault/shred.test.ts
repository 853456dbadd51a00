import { describe, expect, it } from 'vitest';
import { decodeDoc, DocKind } from '../../../src/main/vault/doc-format';
import { shardDocId } from '../../../src/main/vault/index-format';
import { deriveVaultKeys } from '../../../src/main/vault/keys';
import { SimFs } from './helpers/sim-fs';
import { codeOf, createStore, openStore, ROOT, testVault } from './helpers/vault-fixture';

describe('crypto-shred (C5)', () => {
  it('removes key, files and blobs; old copies no longer decrypt; chain verifies; certificate issued', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const keep = await store.createCase({ title: 'Keep' }, { k: 1 });
    const id = await store.createCase({ title: 'Secret name' }, { s: 1 });
    const blobId = 'cd'.repeat(16);
    await (await fs.open(store.blobPath(blobId), 'wx', 0o600)).write(Buffer.from('blob bytes'));
    await store.updateCase(id, { s: 2 }, { blobIds: [blobId] });
    await store.recordEvent('case.viewed', { caseId: id, details: { filename: 'interview.mp4' } });
    const oldCopy = fs.bytesOf(`${ROOT}/cases/${id}.2.cfd`)!;

    expect(
      (await store.auditEvents()).some((e) => e.openDetails?.['filename'] === 'interview.mp4'),
    ).toBe(true);
    const cert = await store.shredCase(id);
    expect(cert.caseId).toBe(id);
    expect(cert.checkpoint.size).toBeGreaterThan(0);
    expect(fs.allFiles().filter((f) => f.includes(id) || f.includes(blobId))).toEqual([]);
    // No index shard version left on disk, current or previous, still holds the entry (and so
    // the wrapped CK, which would reopen the audit details sealed under it).
    const indexKey = deriveVaultKeys(t.vaultKey, t.vaultId).indexKey;
    const shardFiles = fs.allFiles().filter((f) => f.startsWith(`${ROOT}/index/`));
    expect(shardFiles.length).toBeGreaterThan(0);
    for (const f of shardFiles) {
      const n = Number.parseInt(f.slice(`${ROOT}/index/`.length, `${ROOT}/index/`.length + 2), 16);
      const doc = decodeDoc(fs.bytesOf(f)!, {
        kind: DocKind.IndexShard,
        vaultId: t.vaultId,
        docId: shardDocId(n),
        key: indexKey,
      });
      expect(JSON.stringify(doc.value)).not.toContain(id);
    }
    expect(await codeOf(store.readCase(id))).toBe('NotFound');

    const events = await store.auditEvents();
    expect(events.at(-1)?.action).toBe('case.shredded');
    // Details sealed under the destroyed CK are now unreadable; the chain still verifies.
    expect(
      events.filter((e) => e.caseId === id && e.details).every((e) => e.openDetails === null),
    ).toBe(true);
    await store.verifyAudit();
    await store.verifyAgainst(cert.checkpoint);
    await store.close();

    // The kept copy of the case file does not decrypt with any key the vault still holds.
    const keys = deriveVaultKeys(t.vaultKey, t.vaultId);
    const again = await openStore(t);
    const ckKeep = again.unwrapCaseKey(keep);
    for (const key of [keys.indexKey, keys.auditKey, keys.wrapKey, ckKeep]) {
      expect(() =>
        decodeDoc(oldCopy, {
          kind: DocKind.Case,
          vaultId: t.vaultId,
          docId: Buffer.from(id, 'hex'),
          key,
        }),
      ).toThrow(expect.objectContaining({ code: 'DocCorrupt' }));
    }
    expect((await again.readCase(keep)).value).toEqual({ k: 1 });
    await again.close();
  });

  it('is refused under legal hold', async () => {
    const fs = new SimFs();
    const store = await createStore(testVault(fs));
    const id = await store.createCase({}, { s: 1 }, { legalHold: true });
    expect(await codeOf(store.shredCase(id))).toBe('Conflict');
    expect((await store.readCase(id)).value).toEqual({ s: 1 });
    await store.setLegalHold(id, false);
    await store.shredCase(id);
    await store.close();
  });

  it('finishes deleting leftovers of a shred interrupted after its commit', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const id = await store.createCase({}, { s: 1 });
    const path = `${ROOT}/cases/${id}.1.cfd`;
    const bytes = fs.bytesOf(path)!;
    await store.shredCase(id);
    await store.close();
    await (await fs.open(path, 'wx', 0o600)).write(bytes);
    const again = await openStore(t);
    // Start-up repair runs after open resolves, before any write.
    await again.settled();
    expect(again.recovery.shredLeftoversRemoved).toEqual([`${id}.1.cfd`]);
    expect(again.recovery.quarantined).toEqual([]);
    expect(fs.bytesOf(path)).toBeUndefined();
    await again.close();
  });
});
