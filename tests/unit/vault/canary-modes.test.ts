import { randomBytes } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs } from '../../../src/main/storage/fs-port';
import { removeDir, scanForCanaries, tempDir, walk } from './helpers/real-dir';
import { createStore, openStore, testVault } from './helpers/vault-fixture';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await removeDir(d);
});

async function vaultDir(): Promise<string> {
  const parent = await tempDir();
  dirs.push(parent);
  return join(parent, 'vault');
}

async function expectPrivateModes(root: string): Promise<void> {
  for (const path of [root, ...(await walk(root))]) {
    const st = await stat(path);
    expect((st.mode & 0o777).toString(8), path).toBe(st.isDirectory() ? '700' : '600');
  }
}

describe.skipIf(process.platform === 'win32')(
  'file modes (E4) and canary scan (E1, CI variant)',
  () => {
    it('every file is 0600 and every directory 0700 after create, commits and reopen', async () => {
      const root = await vaultDir();
      const t = testVault(nodeFs);
      const store = await createStore(t, root);
      await expectPrivateModes(root);
      const id = await store.createCase({ t: 1 }, { a: 1 });
      await store.updateCase(id, { a: 2 });
      await store.setSettings({ x: 1 });
      await expectPrivateModes(root);
      await store.close();
      const again = await openStore(t, root);
      await expectPrivateModes(root);
      await again.close();
    });

    it('fixes widened modes at start-up', async () => {
      const root = await vaultDir();
      const t = testVault(nodeFs);
      const store = await createStore(t, root);
      const id = await store.createCase({}, { a: 1 });
      await store.close();
      const { chmod } = await import('node:fs/promises');
      await chmod(join(root, 'cases', `${id}.1.cfd`), 0o644);
      await chmod(join(root, 'cases'), 0o755);
      const again = await openStore(t, root);
      // Folders are tightened before the vault opens; files just after, beside the user's work.
      const { stat } = await import('node:fs/promises');
      expect((await stat(join(root, 'cases'))).mode & 0o777).toBe(0o700);
      await again.settled();
      expect(again.recovery.modesFixed).toContain(join(root, 'cases', `${id}.1.cfd`));
      await expectPrivateModes(root);
      await again.close();
    });

    // Scans the OS temp folder, where every parallel test writes: minutes on a loaded 2-core
    // machine are plausible, and the test asserts content, never time.
    it(
      'no canary from case documents, overviews, settings or audit details reaches any file',
      {
        timeout: 180_000,
      },
      async () => {
        const started = Date.now() - 1000;
        const root = await vaultDir();
        const t = testVault(nodeFs);
        const canary = (label: string) => `CANARY-${label}-${randomBytes(6).toString('hex')}`;
        const c = {
          title: canary('title'),
          notes: canary('notes'),
          filename: canary('file'),
          settings: canary('settings'),
          name: canary('näme-ü'),
        };
        const store = await createStore(t, root);
        const id = await store.createCase({ title: c.title }, { notes: c.notes, subject: c.name });
        await store.updateCase(
          id,
          { notes: c.notes, more: c.notes.repeat(50) },
          { overview: { title: c.title } },
        );
        await store.recordEvent('evidence.imported', {
          caseId: id,
          details: { filename: c.filename },
        });
        await store.setSettings({ signature: c.settings });
        await store.close();
        const again = await openStore(t, root);
        expect((await again.readCase(id)).value).toMatchObject({ notes: c.notes });
        await again.close();

        const hits = await scanForCanaries([root, tmpdir()], Object.values(c), started);
        expect(hits).toEqual([]);

        // Control: the scanner does find each encoding when it is there.
        const control = await vaultDir();
        await mkdir(control, { recursive: true });
        const raw = Buffer.from(c.name, 'utf8');
        const planted = [
          Buffer.from(c.name, 'utf16le'),
          Buffer.from(raw.toString('hex')),
          Buffer.from(Buffer.concat([Buffer.of(1), raw]).toString('base64')),
        ];
        for (const [i, bytes] of planted.entries()) await writeFile(join(control, `p${i}`), bytes);
        expect(await scanForCanaries([control], [c.name])).toHaveLength(planted.length);
      },
    );
  },
);
