import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/ipc/app-error';
import { CRASH_MODES, SimFs } from './helpers/sim-fs';
import { createStore, openStore, testVault } from './helpers/vault-fixture';

interface Model {
  cases: Map<string, unknown>;
  settings: Record<string, unknown>;
}

type Step = (model: Model) => void;

/**
 * D3: run a few commits on the simulated fs, then for every prefix of its op log and every kind of
 * power cut, open the vault and check it is consistent and holds every acknowledged commit.
 */
describe('simulated power loss (D3)', () => {
  it('every prefix × crash mode opens consistent with no acknowledged commit lost', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const acks: Array<{ at: number; step: Step }> = [];
    const pending: Step[] = [];
    const ack = (step: Step) => acks.push({ at: fs.log.length, step });

    const store = await createStore(t);
    ack(() => undefined);
    const a = await store.createCase({ t: 'A' }, { n: 0 });
    ack((m) => m.cases.set(a, { n: 0 }));
    const b = await store.createCase({ t: 'B' }, { b: 'x' });
    ack((m) => m.cases.set(b, { b: 'x' }));
    for (let n = 1; n <= 4; n += 1) {
      await store.updateCase(a, { n });
      ack((m) => m.cases.set(a, { n }));
    }
    await store.setSettings({ theme: 'dark' });
    ack((m) => (m.settings = { theme: 'dark' }));
    await store.updateCase(b, { b: 'y' });
    ack((m) => m.cases.set(b, { b: 'y' }));
    await store.shredCase(b);
    ack((m) => m.cases.delete(b));
    await store.updateCase(a, { n: 5 });
    ack((m) => m.cases.set(a, { n: 5 }));
    const total = fs.log.length;
    await store.close({ audit: false });
    expect(pending).toHaveLength(0);

    let states = 0;
    for (let prefix = 0; prefix <= total; prefix += 1) {
      const model: Model = { cases: new Map(), settings: {} };
      const done = acks.filter((x) => x.at <= prefix);
      for (const x of done) x.step(model);
      // The commit in flight at the cut may or may not have landed.
      const next: Model = { cases: new Map(model.cases), settings: { ...model.settings } };
      acks[done.length]?.step(next);

      for (const mode of CRASH_MODES) {
        states += 1;
        const crashed = fs.crash(prefix, mode);
        const label = `prefix ${prefix}/${total} ${mode}`;
        let s;
        try {
          s = await openStore(t, undefined, crashed);
        } catch (error) {
          // Only a vault whose creation was never acknowledged may fail to open.
          expect(error, label).toBeInstanceOf(AppError);
          expect(done.length, `${label}: ${(error as Error).message}`).toBe(0);
          continue;
        }
        const listed = new Set((await s.listCases()).map((c) => c.caseId));
        for (const [id, value] of model.cases) {
          if (!next.cases.has(id)) continue; // shred in flight
          expect(listed.has(id), label).toBe(true);
          const got = (await s.readCase(id)).value;
          const allowed = [value, next.cases.get(id)];
          expect(allowed, label).toContainEqual(got);
        }
        for (const id of listed)
          expect(model.cases.has(id) || next.cases.has(id), label).toBe(true);
        expect([model.settings, next.settings], label).toContainEqual(await s.getSettings());
        await s.verifyAudit();
        await s.close({ audit: false });
      }
    }
    expect(states).toBeGreaterThan(400);
  });
});
