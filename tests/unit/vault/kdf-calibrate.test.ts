import { describe, expect, it } from 'vitest';
import { calibrateArgon2 } from '../../../src/main/vault/kdf-calibrate';
import {
  PRODUCTION_KDF_POLICY,
  assertParamsAllowed,
  type Argon2Params,
} from '../../../src/main/vault/kdf-policy';
import type { KdfRunner } from '../../../src/main/vault/kdf';

/**
 * A simulated machine: each derive advances a fake clock by m·t·nsPerKiBPass. Deterministic, so
 * these tests check the calibration LOGIC; real timings belong in the benchmarks.
 */
function machine(msPer64MiBx3: number) {
  let clock = 0;
  const calls: Array<{ m: number; t: number; p: number }> = [];
  const perUnit = msPer64MiBx3 / (65536 * 3);
  const runner: KdfRunner = {
    async derive(_secret: Uint8Array, params: Argon2Params) {
      calls.push({ m: params.m, t: params.t, p: params.p });
      clock += params.m * params.t * perUnit;
      return Buffer.alloc(32);
    },
  };
  return { runner, now: () => clock, calls };
}

describe('Argon2id calibration', () => {
  it('this kind of machine (~230 ms at the floor) lands in 0.5–1.5 s, memory first', async () => {
    const sim = machine(230);
    const result = await calibrateArgon2({ runner: sim.runner, now: sim.now });
    expect(result.measuredMs).toBeGreaterThanOrEqual(500);
    expect(result.measuredMs).toBeLessThanOrEqual(1500);
    expect(result.t).toBe(3);
    expect(result.m).toBeGreaterThan(65536);
    expect(result.m % 1024).toBe(0);
    expect(() =>
      assertParamsAllowed({ ...result, saltLength: 32 }, PRODUCTION_KDF_POLICY),
    ).not.toThrow();
  });

  it('a slow machine keeps the floor m = 64 MiB, t = 3 even above the time window', async () => {
    const sim = machine(4000);
    const result = await calibrateArgon2({ runner: sim.runner, now: sim.now });
    expect(result).toMatchObject({ m: 65536, t: 3, p: 1 });
    expect(sim.calls).toHaveLength(1);
  });

  it('a very fast machine caps memory at 1 GiB and then raises passes', async () => {
    const sim = machine(10);
    const result = await calibrateArgon2({ runner: sim.runner, now: sim.now });
    expect(result.m).toBe(1024 * 1024);
    expect(result.t).toBeGreaterThan(3);
    expect(result.t).toBeLessThanOrEqual(10);
    expect(() =>
      assertParamsAllowed({ ...result, saltLength: 32 }, PRODUCTION_KDF_POLICY),
    ).not.toThrow();
  });

  it('never measures below the floor and stops after a few rounds', async () => {
    for (const speed of [1, 50, 150, 230, 400, 499, 501, 1200, 2000]) {
      const sim = machine(speed);
      const result = await calibrateArgon2({ runner: sim.runner, now: sim.now });
      for (const call of sim.calls) {
        expect(call.m).toBeGreaterThanOrEqual(65536);
        expect(call.t).toBeGreaterThanOrEqual(3);
      }
      expect(sim.calls.length).toBeLessThanOrEqual(5);
      expect(result.m).toBeGreaterThanOrEqual(65536);
    }
  });
});
