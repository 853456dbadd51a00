import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../../src/main/storage/fs-port';
import { LOCK_FILE } from '../../../src/main/vault/vault-lock-file';
import { removeDir, tempDir } from './helpers/real-dir';
import { SimFs } from './helpers/sim-fs';
import { codeOf, createStore, openStore, ROOT, testVault } from './helpers/vault-fixture';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await removeDir(d);
});

describe('commit protocol', () => {
  it('case file, then audit append, then index (the commit point), then prune', async () => {
    const fs = new SimFs();
    const store = await createStore(testVault(fs));
    const id = await store.createCase({}, { v: 0 });
    for (let v = 1; v <= 3; v += 1) await store.updateCase(id, { v });
    const start = fs.log.length;
    await store.updateCase(id, { v: 4 });
    const ops = fs.log.slice(start);
    const names = ops.map((op) => {
      if (op.t === 'rename') return `rename ${op.toName}`;
      if (op.t === 'unlink') return `unlink ${op.name}`;
      if (op.t === 'write' || op.t === 'fsync' || op.t === 'create') return op.t;
      return op.t;
    });
    const caseRename = names.indexOf(`rename ${id}.5.cfd`);
    const indexRename = names.indexOf('rename index.cfd');
    // The audit append is the positional write between the two renames, fsynced before the index.
    const auditWrite = names.findIndex((n, i) => i > caseRename && n === 'write');
    expect(caseRename).toBeGreaterThan(0);
    expect(auditWrite).toBeGreaterThan(caseRename);
    expect(indexRename).toBeGreaterThan(auditWrite);
    expect(names[caseRename + 1]).toBe('dirsync');
    expect(names[indexRename + 1]).toBe('dirsync');
    expect(names.indexOf(`unlink ${id}.2.cfd`)).toBeGreaterThan(indexRename);
    await store.close();
  });

  it('queued writes all land, in order, none coalesced', async () => {
    const fs = new SimFs();
    const store = await createStore(testVault(fs));
    const id = await store.createCase({}, { v: 0 });
    const seqs = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.updateCase(id, { v: i + 1 })),
    );
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect((await store.readCase(id)).value).toEqual({ v: 20 });
    const updates = (await store.auditEvents()).filter((e) => e.action === 'case.updated');
    expect(updates.map((e) => e.openDetails?.['seq'])).toEqual(seqs);
    await store.close();
  });

  it('marks an audit event whose index never reached disk as not committed', async () => {
    const fs = new SimFs();
    const t = testVault(fs);
    const store = await createStore(t);
    const id = await store.createCase({}, { v: 0 });
    const start = fs.log.length;
    await store.updateCase(id, { v: 1 });
    const indexRename = fs.log.findIndex(
      (op, i) => i >= start && op.t === 'rename' && op.toName === 'index.cfd',
    );
    await store.close({ audit: false });
    // Power cut right before the index rename: the audit event exists, the commit does not.
    const cut = fs.crash(indexRename, 'keep-all');
    const again = await openStore(t, ROOT, cut);
    expect((await again.readCase(id)).value).toEqual({ v: 0 });
    const events = await again.auditEvents();
    const update = events.find((e) => e.action === 'case.updated')!;
    expect(update.committed).toBe(false);
    expect(events.filter((e) => e.action !== 'case.updated').every((e) => e.committed)).toBe(true);
    // The next commit reuses the index seq; its event is the committed one.
    await again.updateCase(id, { v: 2 });
    const after = (await again.auditEvents()).filter((e) => e.action === 'case.updated');
    expect(after.map((e) => e.committed)).toEqual([false, true]);
    await again.close();
  });
});

describe.skipIf(process.platform === 'win32')('single-writer lock', () => {
  it('takes over a lock whose pid is dead and refuses one whose pid is alive', async () => {
    const parent = await tempDir();
    dirs.push(parent);
    const root = join(parent, 'vault');
    const t = testVault(nodeFs);
    await (await createStore(t, root)).close();
    const { hostname } = await import('node:os');
    const lock = (pid: number) =>
      writeFile(join(root, LOCK_FILE), JSON.stringify({ pid, host: hostname(), token: 'x' }), {
        mode: 0o600,
      });
    await lock(2 ** 22 + 12345); // beyond pid_max defaults: not a running process
    await (await openStore(t, root)).close();
    await lock(process.ppid);
    expect(await codeOf(openStore(t, root))).toBe('Conflict');
  });
});
