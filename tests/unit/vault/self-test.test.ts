import argon2 from 'argon2';
import { argon2id } from 'hash-wasm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerKdfRunner, argon2idRaw, type KdfRunner } from '../../../src/main/vault/kdf';
import {
  ARGON2_KAT,
  runCryptoSelfTest,
  selfTestPrimitives,
} from '../../../src/main/vault/self-test';

const inProcess: KdfRunner = { derive: (secret, params) => argon2idRaw(secret, params) };

describe('crypto self-test (A5)', () => {
  afterEach(() => {
    vi.doUnmock('../../../src/main/vault/keys');
    vi.resetModules();
  });

  it('the embedded Argon2id answer is what the reference and hash-wasm compute', async () => {
    const { secret, params, expected } = ARGON2_KAT;
    const reference = await argon2.hash(Buffer.from(secret), {
      raw: true,
      type: argon2.argon2id,
      version: 0x13,
      memoryCost: params.m,
      timeCost: params.t,
      parallelism: params.p,
      salt: Buffer.from(params.salt),
      hashLength: 32,
    });
    const wasm = await argon2id({
      password: secret,
      salt: params.salt,
      memorySize: params.m,
      iterations: params.t,
      parallelism: params.p,
      hashLength: 32,
      outputType: 'binary',
    });
    expect(reference.equals(expected)).toBe(true);
    expect(Buffer.from(wasm).equals(expected)).toBe(true);
  });

  it('passes through the real worker runner and in-process', async () => {
    await expect(runCryptoSelfTest(new WorkerKdfRunner())).resolves.toBeUndefined();
    await expect(runCryptoSelfTest(inProcess)).resolves.toBeUndefined();
    expect(() => selfTestPrimitives()).not.toThrow();
  });

  it('a wrong, failing or missing Argon2id → CryptoSelfTestFailed', async () => {
    const wrong: KdfRunner = { derive: async () => Buffer.alloc(32) };
    const failing: KdfRunner = {
      derive: async () => {
        throw new Error('WebAssembly is not available');
      },
    };
    for (const runner of [wrong, failing, new WorkerKdfRunner('/missing/kdf-worker.js')]) {
      await expect(runCryptoSelfTest(runner)).rejects.toMatchObject({
        code: 'CryptoSelfTestFailed',
        details: { primitive: 'argon2id' },
      });
    }
  });

  it.each([
    ['aes-256-gcm', { aeadSeal: () => Buffer.alloc(76) }],
    ['aes-256-gcm-open', { aeadOpen: () => null }],
    [
      'hkdf-sha256',
      {
        hkdf: () => {
          throw new Error('Unknown digest');
        },
      },
    ],
  ])('a broken %s primitive → CryptoSelfTestFailed', async (primitive, broken) => {
    vi.resetModules();
    vi.doMock('../../../src/main/vault/keys', async (importOriginal) => ({
      ...(await importOriginal<object>()),
      ...broken,
    }));
    const fresh = await import('../../../src/main/vault/self-test');
    expect(() => fresh.selfTestPrimitives()).toThrow(
      expect.objectContaining({ code: 'CryptoSelfTestFailed', details: { primitive } }),
    );
    await expect(fresh.runCryptoSelfTest(inProcess)).rejects.toMatchObject({
      code: 'CryptoSelfTestFailed',
    });
  });
});
