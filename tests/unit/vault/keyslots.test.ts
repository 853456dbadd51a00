import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/ipc/app-error';
import { canonicalJson } from '../../../src/main/vault/canonical-json';
import { argon2idRaw, type KdfRunner } from '../../../src/main/vault/kdf';
import {
  PRODUCTION_KDF_POLICY,
  TEST_ARGON2,
  TEST_KDF_POLICY,
  type Argon2Params,
} from '../../../src/main/vault/kdf-policy';
import {
  changePassphrase,
  closeKeyslots,
  createKeyslots,
  parseKeyslots,
  readKeyslotFile,
  rotateRecoveryKey,
  serializeKeyslots,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  writeKeyslotFile,
  type KeyslotFile,
} from '../../../src/main/vault/keyslots';

/** In-process Argon2id that counts invocations: the structural stand-in for "KDF time". */
class CountingRunner implements KdfRunner {
  calls = 0;
  async derive(secret: Uint8Array, params: Argon2Params): Promise<Buffer> {
    this.calls += 1;
    return argon2idRaw(secret, params);
  }
}

interface SlotJson {
  id: string;
  type: string;
  kdf: Record<string, unknown>;
  wrap: { alg: string; ct: string; nonce: string };
}
interface FileJson {
  slots: SlotJson[];
  [key: string]: unknown;
}

const PASS = 'correct horse battery staple';

async function newVault() {
  const runner = new CountingRunner();
  const deps = { runner, policy: TEST_KDF_POLICY };
  const created = await createKeyslots(PASS, TEST_ARGON2, deps);
  const bytes = serializeKeyslots(created.session.file);
  runner.calls = 0;
  return { runner, deps, created, bytes };
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    return `untyped: ${String(error)}`;
  }
  return 'no error';
}

async function asyncCodeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    return `untyped: ${String(error)}`;
  }
  return 'no error';
}

/** Re-serialise an edited JSON object with a VALID checksum, as an attacker could. */
function withChecksum(body: Record<string, unknown>): Buffer {
  const { sha256: _drop, ...rest } = body;
  const sha256 = createHash('sha256').update(canonicalJson(rest)).digest('hex');
  return Buffer.from(canonicalJson({ ...rest, sha256 }), 'utf8');
}

function editSlotKdf(file: KeyslotFile, kdf: Record<string, unknown>): Buffer {
  const json = JSON.parse(serializeKeyslots(file).toString()) as {
    slots: Array<{ type: string; kdf: unknown }>;
  };
  for (const slot of json.slots) if (slot.type === 'passphrase') slot.kdf = kdf;
  return withChecksum(json as unknown as Record<string, unknown>);
}

describe('keyslot file format', () => {
  it('is canonical JSON with a checksum over the other fields', async () => {
    const { bytes } = await newVault();
    const text = bytes.toString('utf8');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(canonicalJson(parsed)).toBe(text);
    expect(Object.keys(parsed)).toEqual(['format', 'sha256', 'slots', 'v', 'vaultId']);
    expect(parsed.format).toBe('confidant-keyslots');
    expect(parsed.v).toBe(1);
    const { sha256, ...rest } = parsed;
    expect(sha256).toBe(createHash('sha256').update(canonicalJson(rest)).digest('hex'));
    const slots = parsed.slots as SlotJson[];
    expect(slots.map((s) => s.type)).toEqual(['passphrase', 'recovery']);
    expect(slots[0]!.kdf).toMatchObject({ alg: 'argon2id', ver: 19, m: 8, t: 1, p: 1 });
    expect(slots[1]!.kdf).toEqual({ alg: 'hkdf-sha256' });
    expect(Buffer.from(slots[0]!.wrap.ct, 'base64url').length).toBe(48);
    expect(Buffer.from(slots[0]!.wrap.nonce, 'base64url').length).toBe(12);
    expect(Buffer.from(parsed.vaultId as string, 'base64url').length).toBe(16);
  });

  it('refuses to create a vault with parameters outside the policy or an empty passphrase', async () => {
    const runner = new CountingRunner();
    await expect(
      createKeyslots(PASS, { m: 8, t: 1, p: 1 }, { runner, policy: PRODUCTION_KDF_POLICY }),
    ).rejects.toMatchObject({ code: 'UnsupportedParams' });
    await expect(
      createKeyslots('', TEST_ARGON2, { runner, policy: TEST_KDF_POLICY }),
    ).rejects.toMatchObject({ code: 'InvalidInput' });
    expect(runner.calls).toBe(0);
  });
});

describe('unlock with passphrase (C1)', () => {
  it('unlocks with exactly one KDF run and returns the vault key', async () => {
    const { runner, deps, created, bytes } = await newVault();
    const session = await unlockWithPassphrase(bytes, PASS, deps);
    expect(runner.calls).toBe(1);
    expect(session.vaultKey.equals(created.session.vaultKey)).toBe(true);
    expect(session.vaultId.equals(created.session.vaultId)).toBe(true);
  });

  it('wrong passphrase → WrongPassphrase after exactly one KDF run', async () => {
    const { runner, deps, bytes } = await newVault();
    expect(await asyncCodeOf(() => unlockWithPassphrase(bytes, 'wrong', deps))).toBe(
      'WrongPassphrase',
    );
    expect(runner.calls).toBe(1);
    expect(await asyncCodeOf(() => unlockWithPassphrase(bytes, '', deps))).toBe('WrongPassphrase');
    expect(runner.calls).toBe(1);
  });

  it('treats NFC and NFD spellings of a passphrase as the same', async () => {
    const runner = new CountingRunner();
    const deps = { runner, policy: TEST_KDF_POLICY };
    const created = await createKeyslots('Cr\u00e8me br\u00fbl\u00e9e', TEST_ARGON2, deps);
    const bytes = serializeKeyslots(created.session.file);
    const nfd = 'Cre\u0300me bru\u0302le\u0301e';
    const session = await unlockWithPassphrase(bytes, nfd, deps);
    expect(session.vaultKey.equals(created.session.vaultKey)).toBe(true);
  });

  it('any flipped byte in vault.json → VaultCorrupt with zero KDF runs', async () => {
    const { runner, deps, bytes } = await newVault();
    const codes = new Map<string, number>();
    for (let i = 0; i < bytes.length; i += 1) {
      for (const mask of [0x01, 0xff]) {
        const damaged = Buffer.from(bytes);
        damaged[i] = (damaged[i] ?? 0) ^ mask;
        const code = await asyncCodeOf(() => unlockWithPassphrase(damaged, PASS, deps));
        codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    expect([...codes.keys()]).toEqual(['VaultCorrupt']);
    expect(runner.calls).toBe(0);
  });

  it('truncated, extended or non-canonical files → VaultCorrupt with zero KDF runs', async () => {
    const { runner, deps, bytes } = await newVault();
    for (let len = 0; len < bytes.length; len += 7) {
      expect(
        await asyncCodeOf(() => unlockWithPassphrase(bytes.subarray(0, len), PASS, deps)),
      ).toBe('VaultCorrupt');
    }
    const variants = [
      Buffer.concat([bytes, Buffer.from('\n')]),
      Buffer.from(JSON.stringify(JSON.parse(bytes.toString()), null, 2)),
      Buffer.from(bytes.toString().replace('{"format"', '{"format":"x","format"')),
      Buffer.alloc(70_000, 0x20),
    ];
    for (const variant of variants) {
      expect(await asyncCodeOf(() => unlockWithPassphrase(variant, PASS, deps))).toBe(
        'VaultCorrupt',
      );
    }
    expect(runner.calls).toBe(0);
  });

  it.each([
    ['m = 2^32', { m: 2 ** 32 }],
    ['t = 1e9', { t: 1e9 }],
    ['p = 0', { p: 0 }],
    ['p = 255', { p: 255 }],
    ['empty salt', { salt: '' }],
    ['unknown alg', { alg: 'pbkdf2' }],
    ['version 0x10', { ver: 0x10 }],
  ])('%s in a checksum-valid file → UnsupportedParams with zero KDF runs', async (_n, change) => {
    const { runner, deps, created } = await newVault();
    const current = created.session.file.slots[0]!.kdf;
    const crafted = editSlotKdf(created.session.file, { ...current, ...change });
    const code = await asyncCodeOf(() => unlockWithPassphrase(crafted, PASS, deps));
    expect(code).toBe('UnsupportedParams');
    expect(runner.calls).toBe(0);
  });

  it('the production policy rejects a test-policy vault before any KDF work', async () => {
    const { runner, bytes } = await newVault();
    const code = await asyncCodeOf(() => unlockWithPassphrase(bytes, PASS, { runner }));
    expect(code).toBe('UnsupportedParams');
    expect(runner.calls).toBe(0);
  });

  it('an edited (in-bounds) kdf or a slot moved from another vault → WrongPassphrase', async () => {
    const { runner, deps, created } = await newVault();
    const kdf = created.session.file.slots[0]!.kdf;
    const edited = editSlotKdf(created.session.file, { ...kdf, t: 2 });
    expect(await asyncCodeOf(() => unlockWithPassphrase(edited, PASS, deps))).toBe(
      'WrongPassphrase',
    );
    expect(runner.calls).toBe(1);

    const other = await newVault();
    const moved = serializeKeyslots({
      vaultId: other.created.session.vaultId,
      slots: created.session.file.slots,
    });
    expect(await asyncCodeOf(() => unlockWithPassphrase(moved, PASS, deps))).toBe(
      'WrongPassphrase',
    );
    expect(unlockWithRecoveryKey.length).toBe(2);
    expect(codeOf(() => unlockWithRecoveryKey(moved, created.recoveryKey))).toBe(
      'WrongRecoveryKey',
    );
  });

  it('malformed files of any shape give typed errors, never crashes', async () => {
    const { runner, deps, bytes } = await newVault();
    const good = JSON.parse(bytes.toString()) as FileJson;
    const [pw, rk] = good.slots as [SlotJson, SlotJson];
    const shapes: unknown[] = [
      null,
      [],
      'text',
      42,
      {},
      { sha256: 'ab' },
      { format: 'confidant-keyslots' },
      { ...good, v: 2 },
      { ...good, v: '1' },
      { ...good, format: 'other' },
      { ...good, slots: [] },
      { ...good, slots: {} },
      { ...good, slots: [null] },
      { ...good, slots: [1, 2] },
      { ...good, slots: [{ ...pw, wrap: null }] },
      { ...good, slots: [{ ...pw, wrap: { ...pw.wrap, alg: 'A128GCM' } }] },
      { ...good, slots: [{ ...pw, wrap: { ...pw.wrap, ct: 'AA' } }] },
      { ...good, slots: [{ ...pw, type: 'fingerprint' }] },
      { ...good, slots: [{ ...pw, id: '' }] },
      { ...good, slots: [{ ...pw, kdf: 'argon2id' }] },
      { ...good, slots: [{ ...pw, kdf: [] }] },
      { ...good, slots: [pw, pw] },
      { ...good, slots: [pw, { ...pw, id: 'second' }] },
      { ...good, slots: [rk] },
      { ...good, vaultId: 'short' },
      { ...good, extra: true },
      JSON.parse(`{"__proto__":{"v":1},${JSON.stringify(good).slice(1)}`),
      JSON.parse('{"__proto__": {"x": 1}}'),
      {
        ...good,
        slots: [JSON.parse(`{"__proto__":{"alg":"argon2id"},${JSON.stringify(pw).slice(1)}`), rk],
      },
      {
        ...good,
        slots: [
          {
            ...pw,
            kdf: JSON.parse(`{"__proto__":{"m":8},${JSON.stringify(pw.kdf).slice(1)}`),
          },
          rk,
        ],
      },
      {
        ...good,
        slots: [
          {
            ...pw,
            kdf: JSON.parse(
              '{"__proto__":{"alg":"argon2id","ver":19,"m":8,"t":1,"p":1,"salt":"AAAAAAAAAAAAAAAAAAAAAA"}}',
            ),
          },
          rk,
        ],
      },
    ];
    const allowed = ['VaultCorrupt', 'UnsupportedVersion', 'UnsupportedParams'];
    for (const shape of shapes) {
      const crafted =
        typeof shape === 'object' && shape !== null && !Array.isArray(shape)
          ? withChecksum(shape as Record<string, unknown>)
          : Buffer.from(JSON.stringify(shape));
      const code = await asyncCodeOf(() => unlockWithPassphrase(crafted, PASS, deps));
      expect(allowed, JSON.stringify(shape)).toContain(code);
      expect([...allowed, 'WrongRecoveryKey']).toContain(
        codeOf(() => unlockWithRecoveryKey(crafted, 'x')),
      );
    }
    expect(runner.calls).toBe(0);
    expect(codeOf(() => parseKeyslots(withChecksum({ ...good, v: 2 })))).toBe('UnsupportedVersion');
    // Floats have no canonical form, so no checksum can cover them: corruption, not params.
    const float = Buffer.from(bytes.toString().replace('"m":8,', '"m":8.5,'));
    expect(await asyncCodeOf(() => unlockWithPassphrase(float, PASS, deps))).toBe('VaultCorrupt');
  });
});

describe('keyslot parser robustness (B7, CI-sized)', () => {
  const junk = (): unknown => {
    const pick = randomBytes(1)[0]! % 12;
    const values: unknown[] = [
      null,
      0,
      -1,
      2 ** 53 - 1,
      '',
      'x'.repeat(randomBytes(1)[0]!),
      true,
      [],
      {},
      [null, 'a', 1],
      { alg: 'argon2id' },
      randomBytes(12).toString('base64url'),
    ];
    return values[pick];
  };

  function mutate(value: unknown, depth = 0): unknown {
    if (value === null || typeof value !== 'object' || depth > 6) return junk();
    const roll = randomBytes(1)[0]! % 4;
    if (Array.isArray(value)) {
      if (roll === 0 || value.length === 0) return [...value, junk()];
      const copy = [...value];
      const index = randomBytes(1)[0]! % copy.length;
      copy[index] = mutate(copy[index], depth + 1);
      return copy;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (roll === 0 || keys.length === 0) return { ...record, [`k${roll}`]: junk() };
    const key = keys[randomBytes(1)[0]! % keys.length]!;
    const copy: Record<string, unknown> = { ...record };
    if (roll === 1) delete copy[key];
    else copy[key] = mutate(copy[key], depth + 1);
    return copy;
  }

  it('1,000 structural mutations with valid checksums → only typed errors, ≤ 1 KDF run each', async () => {
    const { runner, deps, bytes } = await newVault();
    const good = JSON.parse(bytes.toString()) as Record<string, unknown>;
    const allowed = new Set([
      'VaultCorrupt',
      'UnsupportedVersion',
      'UnsupportedParams',
      'WrongPassphrase',
      'ok',
    ]);
    for (let i = 0; i < 1000; i += 1) {
      const mutated = mutate(good) as Record<string, unknown>;
      const crafted =
        typeof mutated === 'object' && mutated !== null && !Array.isArray(mutated)
          ? withChecksum(mutated)
          : Buffer.from(JSON.stringify(mutated));
      const before = runner.calls;
      let code = 'ok';
      try {
        await unlockWithPassphrase(crafted, PASS, deps);
      } catch (error) {
        code = error instanceof AppError ? error.code : `untyped: ${String(error)}`;
      }
      expect(allowed.has(code), code).toBe(true);
      // 'ok' is legitimate: e.g. junk in the recovery slot's kdf is only checked when that slot is used.
      expect(runner.calls - before).toBeLessThanOrEqual(1);
    }
  });

  it('random byte strings → VaultCorrupt', async () => {
    const { runner, deps } = await newVault();
    for (let i = 0; i < 500; i += 1) {
      const noise = randomBytes(randomBytes(2).readUInt16BE(0) % 2048);
      expect(await asyncCodeOf(() => unlockWithPassphrase(noise, PASS, deps))).toBe('VaultCorrupt');
    }
    expect(runner.calls).toBe(0);
  });
});

describe('passphrase change and recovery (C2, C4)', () => {
  it('changing the passphrase keeps VK: old fails, new works, recovery still works', async () => {
    const { runner, deps, created, bytes } = await newVault();
    const session = await unlockWithPassphrase(bytes, PASS, deps);
    const changed = await changePassphrase(session, 'new passphrase', deps);
    const next = serializeKeyslots(changed.file);
    expect(changed.vaultKey.equals(created.session.vaultKey)).toBe(true);
    const oldSlot = session.file.slots[0]!;
    const newSlot = changed.file.slots.find((s) => s.type === 'passphrase')!;
    expect(newSlot.kdf.salt).not.toBe(oldSlot.kdf.salt);
    expect(changed.file.slots.find((s) => s.type === 'recovery')).toEqual(session.file.slots[1]);
    runner.calls = 0;
    expect(await asyncCodeOf(() => unlockWithPassphrase(next, PASS, deps))).toBe('WrongPassphrase');
    const reopened = await unlockWithPassphrase(next, 'new passphrase', deps);
    expect(reopened.vaultKey.equals(created.session.vaultKey)).toBe(true);
    expect(
      unlockWithRecoveryKey(next, created.recoveryKey).vaultKey.equals(reopened.vaultKey),
    ).toBe(true);
    // The superseded session can no longer write over the newer file.
    await expect(changePassphrase(session, 'x', deps)).rejects.toMatchObject({ code: 'Conflict' });
    expect(codeOf(() => rotateRecoveryKey(session))).toBe('Conflict');
  });

  it('the recovery key alone unlocks and sets a new passphrase; rotation retires the old key', async () => {
    const { deps, created, bytes } = await newVault();
    const recovered = unlockWithRecoveryKey(bytes, created.recoveryKey.toLowerCase());
    expect(recovered.vaultKey.equals(created.session.vaultKey)).toBe(true);
    const withNewPass = await changePassphrase(recovered, 'after recovery', deps);
    const rotated = rotateRecoveryKey(withNewPass);
    expect(rotated.recoveryKey).not.toBe(created.recoveryKey);
    const next = serializeKeyslots(rotated.session.file);
    expect(codeOf(() => unlockWithRecoveryKey(next, created.recoveryKey))).toBe('WrongRecoveryKey');
    expect(
      unlockWithRecoveryKey(next, rotated.recoveryKey).vaultKey.equals(recovered.vaultKey),
    ).toBe(true);
    const unlocked = await unlockWithPassphrase(next, 'after recovery', deps);
    expect(unlocked.vaultKey.equals(created.session.vaultKey)).toBe(true);
  });

  it('a mistyped recovery key names the group; a tampered recovery slot kdf is refused', async () => {
    const { created, bytes } = await newVault();
    const typo = created.recoveryKey.split('-');
    typo[4] = typo[4]!.startsWith('Z') ? `Y${typo[4]!.slice(1)}` : `Z${typo[4]!.slice(1)}`;
    try {
      unlockWithRecoveryKey(bytes, typo.join('-'));
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'WrongRecoveryKey', details: { group: 5 } });
    }
    const json = JSON.parse(bytes.toString()) as { slots: Array<{ kdf: unknown }> };
    json.slots[1]!.kdf = { alg: 'none' };
    const crafted = withChecksum(json as unknown as Record<string, unknown>);
    expect(codeOf(() => unlockWithRecoveryKey(crafted, created.recoveryKey))).toBe(
      'UnsupportedParams',
    );
  });

  it('a tampered passphrase slot does not block recovery', async () => {
    const { created } = await newVault();
    const crafted = editSlotKdf(created.session.file, { alg: 'argon2id', m: 2 ** 40 });
    const session = unlockWithRecoveryKey(crafted, created.recoveryKey);
    expect(session.vaultKey.equals(created.session.vaultKey)).toBe(true);
    // The damaged slot's parameters are not reused: without explicit settings the defaults
    // (256 MiB, outside the test policy) are used; with settings a new slot is written.
    const deps = { runner: new CountingRunner(), policy: TEST_KDF_POLICY };
    await expect(changePassphrase(session, 'fresh', deps)).rejects.toMatchObject({
      code: 'UnsupportedParams',
    });
    const repaired = await changePassphrase(session, 'fresh', { ...deps, settings: TEST_ARGON2 });
    const reopened = await unlockWithPassphrase(serializeKeyslots(repaired.file), 'fresh', deps);
    expect(reopened.vaultKey.equals(created.session.vaultKey)).toBe(true);
  });

  it('closeKeyslots zeroes VK and retires the session', async () => {
    const { deps, bytes } = await newVault();
    const session = await unlockWithPassphrase(bytes, PASS, deps);
    closeKeyslots(session);
    expect(session.vaultKey.every((b) => b === 0)).toBe(true);
    await expect(changePassphrase(session, 'x', deps)).rejects.toMatchObject({ code: 'Conflict' });
  });
});

describe('keyslot file on disk', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'confidant-keyslots-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes durably with mode 0600; a passphrase change replaces only vault.json', async () => {
    const { deps, created } = await newVault();
    const path = join(dir, 'vault.json');
    await writeKeyslotFile(path, created.session.file);
    const other = join(dir, 'index.cfd');
    await writeFile(other, randomBytes(4096));
    const before = createHash('sha256')
      .update(await readFile(other))
      .digest('hex');
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);

    const session = await unlockWithPassphrase(await readKeyslotFile(path), PASS, deps);
    const changed = await changePassphrase(session, 'second', deps);
    await writeKeyslotFile(path, changed.file);
    expect((await readdir(dir)).sort()).toEqual(['index.cfd', 'vault.json']);
    expect(
      createHash('sha256')
        .update(await readFile(other))
        .digest('hex'),
    ).toBe(before);
    const reopened = await unlockWithPassphrase(await readKeyslotFile(path), 'second', deps);
    expect(reopened.vaultKey.equals(created.session.vaultKey)).toBe(true);
  });

  it('a missing file → StorageIOError', async () => {
    await expect(readKeyslotFile(join(dir, 'absent.json'))).rejects.toMatchObject({
      code: 'StorageIOError',
    });
  });
});
