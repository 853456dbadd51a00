import { readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSession } from './fakes';

type Setup = Awaited<ReturnType<typeof makeSession>>;
let setup: Setup;

afterEach(async () => {
  if (setup) await rm(setup.root, { recursive: true, force: true });
});

async function created(name = 'Acme investigations') {
  setup = await makeSession();
  setup.dialogs.push({ kind: 'directory', path: setup.root });
  const result = await setup.session.create({ name, passphrase: 'correct horse battery' });
  return result;
}

describe('VaultSession', () => {
  it('creates a vault in a new folder, unlocked, with the recovery key pending', async () => {
    const { status, recoveryKey } = await created();
    expect(status).toMatchObject({ state: 'unlocked', recoveryKeyPending: true });
    expect(status.vault?.path).toBe(join(setup.root, 'Acme investigations'));
    expect(await readdir(status.vault!.path)).toContain('vault.json');
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);
    expect(setup.data.events[0]?.action).toBe('vault.created');
    // No idle lock before the recovery key is confirmed: locking then would lose it.
    expect(setup.timers.pending).toHaveLength(0);
  });

  it('refuses to create into a non-empty folder and changes nothing', async () => {
    setup = await makeSession();
    await mkdir(join(setup.root, 'Busy'));
    await writeFile(join(setup.root, 'Busy', 'notes.txt'), 'x');
    setup.dialogs.push({ kind: 'directory', path: setup.root });
    await expect(
      setup.session.create({ name: 'Busy', passphrase: 'correct horse battery' }),
    ).rejects.toMatchObject({
      code: 'Conflict',
    });
    expect(await readdir(join(setup.root, 'Busy'))).toEqual(['notes.txt']);
    expect(setup.session.status().state).toBe('closed');
  });

  it('treats a cancelled folder dialog as Cancelled', async () => {
    setup = await makeSession();
    setup.dialogs.push({ kind: 'directory', path: null });
    await expect(
      setup.session.create({ name: 'X', passphrase: 'correct horse battery' }),
    ).rejects.toMatchObject({
      code: 'Cancelled',
    });
  });

  it('confirms only the exact recovery key, tolerating case and separators', async () => {
    const { recoveryKey } = await created();
    const wrong = recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(setup.session.confirmRecoveryKey({ recoveryKey: wrong })).rejects.toMatchObject({
      code: 'WrongRecoveryKey',
    });
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    const status = await setup.session.confirmRecoveryKey({ recoveryKey: typed });
    expect(status.recoveryKeyPending).toBe(false);
    expect(setup.timers.pending).toHaveLength(1);
  });

  it('saves the emergency kit only while the key is pending, where the user chose', async () => {
    const { recoveryKey } = await created();
    const target = join(setup.root, 'kit.pdf');
    setup.dialogs.push({ kind: 'save', path: target });
    expect(await setup.session.saveEmergencyKit()).toEqual({ saved: true });
    expect(setup.kits).toEqual([recoveryKey]);
    expect((await readFile(target)).toString()).toContain('%PDF');
    await setup.session.confirmRecoveryKey({ recoveryKey });
    await expect(setup.session.saveEmergencyKit()).rejects.toMatchObject({ code: 'Conflict' });
  });

  it('locks, zeroes the keys, tells the renderer, and unlocks again with one KDF run', async () => {
    const { recoveryKey } = await created();
    await setup.session.confirmRecoveryKey({ recoveryKey });
    const locked = await setup.session.lock('user');
    expect(locked.state).toBe('locked');
    expect(setup.seen.some((e) => e.event === 'vault:locked')).toBe(true);
    expect(() => setup.session.requireData()).toThrow(/locked/);
    const runs = setup.kdfRuns();
    await expect(setup.session.unlock({ passphrase: 'wrong passphrase' })).rejects.toMatchObject({
      code: 'WrongPassphrase',
    });
    expect(setup.kdfRuns() - runs).toBe(1);
    expect((await setup.session.unlock({ passphrase: 'correct horse battery' })).state).toBe(
      'unlocked',
    );
    const failEvent = setup.data.events.findLast((e) => e.action === 'unlock.fail');
    expect(failEvent?.details).toMatchObject({ attempts: 1 });
    expect(setup.data.events.at(-2)?.action).toBe('unlock.ok');
  });

  it('locks by itself after the idle time, and activity postpones it', async () => {
    const { recoveryKey } = await created();
    await setup.session.confirmRecoveryKey({ recoveryKey });
    expect(setup.timers.pending[0]?.ms).toBe(5 * 60_000);
    setup.session.activity();
    expect(setup.timers.pending).toHaveLength(1);
    setup.timers.fireAll();
    await setup.session.status();
    await new Promise((r) => setTimeout(r, 0));
    expect(setup.session.status().state).toBe('locked');
    expect(setup.seen).toContainEqual({ event: 'vault:locked', payload: { reason: 'idle' } });
  });

  it('recovers with the recovery key and sets a new passphrase', async () => {
    const { recoveryKey } = await created();
    await setup.session.confirmRecoveryKey({ recoveryKey });
    await setup.session.lock('user');
    const status = await setup.session.recover({
      recoveryKey,
      newPassphrase: 'a whole new passphrase',
    });
    expect(status.state).toBe('unlocked');
    await setup.session.lock('user');
    await expect(
      setup.session.unlock({ passphrase: 'correct horse battery' }),
    ).rejects.toMatchObject({
      code: 'WrongPassphrase',
    });
    expect((await setup.session.unlock({ passphrase: 'a whole new passphrase' })).state).toBe(
      'unlocked',
    );
  });

  it('changes the passphrase only with the current one, rewriting vault.json alone', async () => {
    const { status, recoveryKey } = await created();
    await setup.session.confirmRecoveryKey({ recoveryKey });
    const before = await readdir(status.vault!.path);
    await expect(
      setup.session.changePassphrase({ current: 'not it at all', next: 'another fine passphrase' }),
    ).rejects.toMatchObject({ code: 'WrongPassphrase' });
    await setup.session.changePassphrase({
      current: 'correct horse battery',
      next: 'another fine passphrase',
    });
    expect(await readdir(status.vault!.path)).toEqual(before);
    await setup.session.lock('user');
    expect((await setup.session.unlock({ passphrase: 'another fine passphrase' })).state).toBe(
      'unlocked',
    );
  });

  it('replaces the recovery key after proving the passphrase; the old key stops working', async () => {
    const { recoveryKey: first } = await created();
    await setup.session.confirmRecoveryKey({ recoveryKey: first });
    await expect(
      setup.session.rotateRecoveryKey({ passphrase: 'wrong one here' }),
    ).rejects.toMatchObject({
      code: 'WrongPassphrase',
    });
    const { status, recoveryKey: second } = await setup.session.rotateRecoveryKey({
      passphrase: 'correct horse battery',
    });
    expect(second).not.toBe(first);
    expect(status.recoveryKeyPending).toBe(true);
    expect(setup.timers.pending).toHaveLength(0);
    expect(setup.data.events.at(-1)?.action).toBe('recovery.rotated');
    await setup.session.confirmRecoveryKey({ recoveryKey: second });
    await setup.session.lock('user');
    await expect(
      setup.session.recover({ recoveryKey: first, newPassphrase: 'never going to work' }),
    ).rejects.toMatchObject({ code: 'WrongRecoveryKey' });
    expect(
      (await setup.session.recover({ recoveryKey: second, newPassphrase: 'this one works fine' }))
        .state,
    ).toBe('unlocked');
  });

  it('opens a recent vault by path only if it is in the list, and switches vaults', async () => {
    const { status } = await created('First');
    setup.dialogs.push({ kind: 'directory', path: setup.root });
    await setup.session.create({ name: 'Second', passphrase: 'second passphrase!' });
    expect(setup.session.status().recent.map((v) => v.name)).toEqual(['Second', 'First']);
    await expect(setup.session.open({ path: '/etc' })).rejects.toMatchObject({ code: 'NotFound' });
    const reopened = await setup.session.open({ path: status.vault!.path });
    expect(reopened).toMatchObject({ state: 'locked', vault: { name: 'First' } });
  });

  it('renames the open vault and will not forget it while open', async () => {
    const { status } = await created('Old name');
    const renamed = await setup.session.rename({ name: 'New name' });
    expect(renamed.vault?.name).toBe('New name');
    expect(renamed.recent[0]?.name).toBe('New name');
    await expect(setup.session.forget({ path: status.vault!.path })).rejects.toMatchObject({
      code: 'Conflict',
    });
    await setup.session.close();
    expect((await setup.session.forget({ path: status.vault!.path })).recent).toEqual([]);
  });

  it('refuses to open a folder that is not a vault, with a typed error', async () => {
    setup = await makeSession();
    await mkdir(join(setup.root, 'plain'));
    setup.dialogs.push({ kind: 'directory', path: join(setup.root, 'plain') });
    await expect(setup.session.open({})).rejects.toMatchObject({ code: 'StorageIOError' });
    await writeFile(join(setup.root, 'plain', 'vault.json'), '{"format":"nope"}');
    setup.dialogs.push({ kind: 'directory', path: join(setup.root, 'plain') });
    await expect(setup.session.open({})).rejects.toMatchObject({ code: 'VaultCorrupt' });
    expect(setup.session.status().state).toBe('closed');
  });

  it('serialises concurrent unlocks: one KDF run each, never two sessions', async () => {
    const { recoveryKey } = await created();
    await setup.session.confirmRecoveryKey({ recoveryKey });
    await setup.session.lock('user');
    const opened = setup.data.opened;
    await Promise.all([
      setup.session.unlock({ passphrase: 'correct horse battery' }),
      setup.session.unlock({ passphrase: 'correct horse battery' }),
    ]);
    expect(setup.data.opened - opened).toBe(1);
  });
});
