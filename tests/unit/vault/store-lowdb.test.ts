import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { CaseDocumentAdapter, SettingsAdapter } from '../../../src/main/vault/lowdb-adapter';
import { SimFs } from './helpers/sim-fs';
import { createStore, openStore, ROOT, testVault } from './helpers/vault-fixture';

interface CaseDoc {
  title: string;
  notes: string[];
}
const overviewOf = (d: CaseDoc) => ({ title: d.title });

describe('lowdb adapter over the vault store', () => {
  it('round-trips a Low instance and every acknowledged write is on disk', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const fresh = CaseDocumentAdapter.forNewCase<CaseDoc>(store, overviewOf);
    const db = new Low<CaseDoc>(fresh, { title: 'New case', notes: [] });
    await db.read();
    expect(db.data).toEqual({ title: 'New case', notes: [] });
    await db.update((d) => d.notes.push('first'));
    // Writes issued back to back are all kept, in order (none coalesced away).
    db.data.notes.push('second');
    const w1 = db.write();
    db.data = { ...db.data, notes: [...db.data.notes, 'third'] };
    const w2 = db.write();
    await Promise.all([w1, w2]);
    const id = fresh.id!;
    expect((await store.readCase(id)).seq).toBe(3);

    const settings = new Low(new SettingsAdapter<{ theme?: string }>(store), {});
    await settings.read();
    settings.data.theme = 'dark';
    await settings.write();
    await store.close();

    const again = await openStore(t);
    const db2 = new Low<CaseDoc>(CaseDocumentAdapter.forCase(again, id, overviewOf), {
      title: 'DEFAULT',
      notes: [],
    });
    await db2.read();
    expect(db2.data).toEqual({ title: 'New case', notes: ['first', 'second', 'third'] });
    const s2 = new Low(new SettingsAdapter<{ theme?: string }>(again), {});
    await s2.read();
    expect(s2.data).toEqual({ theme: 'dark' });
    expect((await again.listCases())[0]?.overview).toEqual({ title: 'New case' });
    await again.close();
  });

  it('a missing case file is DocMissing, never defaultData', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const id = await store.createCase({ title: 'Real' }, { title: 'Real', notes: ['evidence'] });
    await store.close();
    await fs.unlink(`${ROOT}/cases/${id}.1.cfd`);
    const again = await openStore(t);
    const db = new Low<CaseDoc>(CaseDocumentAdapter.forCase(again, id, overviewOf), {
      title: 'DEFAULT',
      notes: [],
    });
    await expect(db.read()).rejects.toMatchObject({ code: 'DocMissing' });
    expect(() => CaseDocumentAdapter.forCase(again, 'f'.repeat(32), overviewOf)).toThrow();
    await again.close();
  });
});
