import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/main/ports/clock';
import { argon2idRaw } from '../../../src/main/vault/kdf';
import { TEST_ARGON2, TEST_KDF_POLICY } from '../../../src/main/vault/kdf-policy';
import { Vault, type VaultDeps } from '../../../src/main/vault/vault';
import { SimFs } from './helpers/sim-fs';
import { codeOf } from './helpers/vault-fixture';

function deps(fs: SimFs): VaultDeps {
  return {
    fs,
    runner: { derive: argon2idRaw },
    policy: TEST_KDF_POLICY,
    clock: fixedClock(new Date('2026-01-01T00:00:00Z')),
  };
}

describe('Vault (keyslots + store)', () => {
  it('create → lock → unlock by passphrase and recovery key → change passphrase', async () => {
    const fs = new SimFs();
    const d = deps(fs);
    const { vault, recoveryKey } = await Vault.create('/v', 'correct horse', TEST_ARGON2, d);
    const id = await vault.store.createCase({ title: 'A' }, { a: 1 });
    await vault.lock();
    expect(await codeOf(vault.store.readCase(id))).toBe('VaultLocked');

    expect(await codeOf(Vault.unlock('/v', 'wrong', d))).toBe('WrongPassphrase');
    const v2 = await Vault.unlock('/v', 'correct horse', d);
    expect((await v2.store.readCase(id)).value).toEqual({ a: 1 });
    await v2.changePassphrase('new passphrase');
    await v2.lock();

    expect(await codeOf(Vault.unlock('/v', 'correct horse', d))).toBe('WrongPassphrase');
    const v3 = await Vault.unlockWithRecoveryKey('/v', recoveryKey, d);
    const actions = (await v3.store.auditEvents()).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'vault.created',
        'case.created',
        'unlock.ok',
        'passphrase.changed',
        'lock',
      ]),
    );
    await v3.lock();
    await (await Vault.unlock('/v', 'new passphrase', d)).lock();
    expect(await codeOf(Vault.create('/v', 'x', TEST_ARGON2, d))).toBe('Conflict');
  });

  it('finishes a creation that crashed before its first commit', async () => {
    const fs = new SimFs();
    const d = deps(fs);
    const { vault } = await Vault.create('/v', 'pw', TEST_ARGON2, d);
    await vault.lock();
    // Every cut during creation either unlocks or fails as "no vault yet" — never a broken vault.
    for (let prefix = 0; prefix <= fs.log.length; prefix += 1) {
      const crashed = fs.crash(prefix, 'drop-all');
      const code = await codeOf(Vault.unlock('/v', 'pw', deps(crashed)).then((v) => v.lock()));
      expect(['ok', 'StorageIOError'], `prefix ${prefix}: ${code}`).toContain(code);
    }
  });
});
