import argon2 from 'argon2';
import { argon2id } from 'hash-wasm';
import { randomBytes, randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WorkerKdfRunner, argon2idRaw } from '../../../src/main/vault/kdf';
import {
  PRODUCTION_KDF_POLICY,
  TEST_KDF_POLICY,
  argon2KdfToJson,
  parseArgon2Kdf,
} from '../../../src/main/vault/kdf-policy';

describe('Argon2id known answers (A1)', () => {
  it('reproduces the RFC 9106 §5.3 Argon2id vector with the reference implementation', async () => {
    const tag = await argon2.hash(Buffer.alloc(32, 0x01), {
      raw: true,
      type: argon2.argon2id,
      version: 0x13,
      memoryCost: 32,
      timeCost: 3,
      parallelism: 4,
      salt: Buffer.alloc(16, 0x02),
      secret: Buffer.alloc(8, 0x03),
      associatedData: Buffer.alloc(12, 0x04),
      hashLength: 32,
    });
    expect(tag.toString('hex')).toBe(
      '0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659',
    );
  });

  it('hash-wasm equals the reference on 200 random parameter sets without secret/AD', async () => {
    let matches = 0;
    for (let i = 0; i < 200; i += 1) {
      const p = randomInt(1, 5);
      const m = randomInt(8 * p, 8 * p + 120);
      const t = randomInt(2, 5); // node-argon2 refuses t < 2
      const password = randomBytes(randomInt(1, 65)); // hash-wasm refuses an empty password
      const salt = randomBytes(randomInt(8, 49));
      const hashLength = randomInt(4, 65);
      const reference = await argon2.hash(password, {
        raw: true,
        type: argon2.argon2id,
        version: 0x13,
        memoryCost: m,
        timeCost: t,
        parallelism: p,
        salt,
        hashLength,
      });
      const wasm = await argon2id({
        password,
        salt,
        memorySize: m,
        iterations: t,
        parallelism: p,
        hashLength,
        outputType: 'binary',
      });
      if (Buffer.from(wasm).equals(reference)) matches += 1;
    }
    expect(matches).toBe(200);
  });

  it('argon2idRaw with t = 1 matches the reference argon2id algorithm (hash-wasm, 32 bytes)', async () => {
    const salt = randomBytes(16);
    const out = await argon2idRaw(Buffer.from('pw'), { m: 16, t: 1, p: 1, salt });
    const wasm = await argon2id({
      password: 'pw',
      salt,
      memorySize: 16,
      iterations: 1,
      parallelism: 1,
      hashLength: 32,
      outputType: 'binary',
    });
    expect(out.equals(Buffer.from(wasm))).toBe(true);
  });
});

describe('WorkerKdfRunner', () => {
  it('computes Argon2id in a worker thread, identical to the in-process result', async () => {
    const params = { m: 64, t: 2, p: 2, salt: randomBytes(32) };
    const secret = Buffer.from('correct horse battery staple');
    const runner = new WorkerKdfRunner();
    const [a, b] = await Promise.all([
      runner.derive(secret, params),
      runner.derive(secret, params),
    ]);
    const local = await argon2idRaw(secret, params);
    expect(a.equals(local)).toBe(true);
    expect(b.equals(local)).toBe(true);
    // The caller's secret is copied, not detached or wiped by the transfer.
    expect(secret.toString()).toBe('correct horse battery staple');
  });

  it('refuses structurally impossible parameters without starting a worker', async () => {
    const runner = new WorkerKdfRunner('/nonexistent/worker.js');
    await expect(
      runner.derive(Buffer.from('x'), { m: 8, t: 1, p: 2, salt: randomBytes(16) }),
    ).rejects.toMatchObject({ code: 'UnsupportedParams' });
  });

  it('reports a missing worker file as an error, not a hang', async () => {
    const runner = new WorkerKdfRunner('/nonexistent/worker.js');
    await expect(
      runner.derive(Buffer.from('x'), { m: 8, t: 1, p: 1, salt: randomBytes(16) }),
    ).rejects.toMatchObject({ code: 'Internal' });
  });
});

describe('KDF parameter policy (B6)', () => {
  const good = {
    alg: 'argon2id',
    ver: 0x13,
    m: 65536,
    t: 3,
    p: 1,
    salt: randomBytes(32).toString('base64url'),
  };

  it('accepts the production bounds inclusive', () => {
    for (const [m, t, p] of [
      [65536, 1, 1],
      [2097152, 20, 8],
      [262144, 3, 4],
    ] as const) {
      expect(parseArgon2Kdf({ ...good, m, t, p }, PRODUCTION_KDF_POLICY)).toMatchObject({
        m,
        t,
        p,
      });
    }
    for (const saltLen of [16, 64]) {
      const salt = randomBytes(saltLen).toString('base64url');
      expect(parseArgon2Kdf({ ...good, salt }, PRODUCTION_KDF_POLICY).salt.length).toBe(saltLen);
    }
  });

  it.each([
    ['m = 2^32', { m: 2 ** 32 }],
    ['m just below 64 MiB', { m: 65535 }],
    ['m just above 2 GiB', { m: 2097153 }],
    ['m fractional', { m: 65536.5 }],
    ['m as string', { m: '65536' }],
    ['t = 1e9', { t: 1e9 }],
    ['t = 0', { t: 0 }],
    ['t = 21', { t: 21 }],
    ['p = 0', { p: 0 }],
    ['p = 255', { p: 255 }],
    ['p = -1', { p: -1 }],
    ['empty salt', { salt: '' }],
    ['15-byte salt', { salt: randomBytes(15).toString('base64url') }],
    ['65-byte salt', { salt: randomBytes(65).toString('base64url') }],
    ['salt not base64url', { salt: 'a+b/' }],
    ['unknown alg', { alg: 'scrypt' }],
    ['argon2i', { alg: 'argon2i' }],
    ['version 0x10', { ver: 0x10 }],
    ['missing version', { ver: undefined }],
    ['extra field', { hashLength: 64 }],
  ])('rejects %s with UnsupportedParams', (_name, change) => {
    const kdf: Record<string, unknown> = { ...good, ...change };
    for (const key of Object.keys(kdf)) if (kdf[key] === undefined) delete kdf[key];
    expect(() => parseArgon2Kdf(kdf, PRODUCTION_KDF_POLICY)).toThrow(
      expect.objectContaining({ code: 'UnsupportedParams' }),
    );
  });

  it('keeps test and production policies disjoint', () => {
    const tiny = { ...good, m: 8, t: 1 };
    expect(() => parseArgon2Kdf(tiny, PRODUCTION_KDF_POLICY)).toThrow(
      expect.objectContaining({ code: 'UnsupportedParams' }),
    );
    expect(parseArgon2Kdf(tiny, TEST_KDF_POLICY).m).toBe(8);
    expect(() => parseArgon2Kdf(good, TEST_KDF_POLICY)).toThrow(
      expect.objectContaining({ code: 'UnsupportedParams' }),
    );
    expect(Object.isFrozen(PRODUCTION_KDF_POLICY)).toBe(true);
  });

  it('round-trips params through the stored JSON form', () => {
    const params = { m: 131072, t: 4, p: 2, salt: randomBytes(32) };
    const parsed = parseArgon2Kdf(argon2KdfToJson(params), PRODUCTION_KDF_POLICY);
    expect(parsed).toEqual(params);
  });
});
