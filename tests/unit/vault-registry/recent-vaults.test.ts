import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECENT_VAULTS_FILE, RecentVaults } from '../../../src/main/vault-registry/recent-vaults';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'confidant-recent-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const t = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n));

describe('RecentVaults', () => {
  it('keeps the most recently opened first and survives a reopen', async () => {
    const recent = await RecentVaults.open(dir);
    await recent.touch('/vaults/acme', 'Acme', t(1));
    await recent.touch('/vaults/globex', 'Globex', t(2));
    await recent.touch('/vaults/acme', 'Acme', t(3));
    const again = await RecentVaults.open(dir);
    expect(again.list().map((v) => v.name)).toEqual(['Acme', 'Globex']);
    expect(again.list()[0]!.lastOpenedAt).toBe(t(3).toISOString());
  });

  it('renames and forgets entries', async () => {
    const recent = await RecentVaults.open(dir);
    await recent.touch('/vaults/a', 'A', t(1));
    await recent.touch('/vaults/b', 'B', t(2));
    await recent.rename('/vaults/a', 'Renamed');
    await recent.forget('/vaults/b');
    expect(recent.list()).toEqual([expect.objectContaining({ name: 'Renamed' })]);
    expect(recent.find('/vaults/a/../a')?.name).toBe('Renamed');
  });

  it('writes its file owner-only', async () => {
    const recent = await RecentVaults.open(dir);
    await recent.touch('/vaults/a', 'A', t(1));
    expect((await stat(join(dir, RECENT_VAULTS_FILE))).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong shape', JSON.stringify({ v: 1, vaults: [{ path: 3 }] })],
    ['unknown version', JSON.stringify({ v: 9, vaults: [] })],
  ])(
    'reports a damaged file (%s), starts empty and leaves the file untouched',
    async (_l, body) => {
      await writeFile(join(dir, RECENT_VAULTS_FILE), body);
      const recent = await RecentVaults.open(dir);
      expect(recent.wasDamaged).toBe(true);
      expect(recent.list()).toEqual([]);
      expect(await readFile(join(dir, RECENT_VAULTS_FILE), 'utf8')).toBe(body);
    },
  );
});
