import { randomBytes } from 'node:crypto';
import type { KdfRunner } from './kdf';
import { ARGON2_FLOOR, ARGON2_SALT_BYTES, PRODUCTION_KDF_POLICY } from './kdf-policy';

/**
 * Argon2id calibration at vault creation (vault.md §2): pick parameters that take about one second
 * on THIS machine, never below the floor m = 64 MiB, t = 3.
 *
 * Memory is raised before passes: Argon2id's resistance to GPU/ASIC guessing comes from memory
 * hardness, so spending the time budget on memory is worth more than on extra passes. Memory is
 * capped (default 1 GiB) because the KDF runs on users' laptops next to Electron, and hash-wasm's
 * 32-bit WASM heap cannot exceed 4 GiB anyway; only past the cap do passes grow.
 */

export interface CalibrationOptions {
  runner: KdfRunner;
  /** Milliseconds clock; injectable so tests can simulate machines deterministically. */
  now?: () => number;
  /** Acceptable window and aim, in ms (defaults 500 / 1500, aim 1000). */
  minMs?: number;
  maxMs?: number;
  targetMs?: number;
  /** Memory cap in KiB (default 1 GiB). */
  maxMemoryKiB?: number;
  /** Lanes stored in the slot. The WASM build is single-threaded, so p > 1 only costs time. */
  p?: number;
}

export interface CalibrationResult {
  m: number;
  t: number;
  p: number;
  /** duration of the last measured run with these parameters */
  measuredMs: number;
}

const MIB = 1024;
const MAX_ROUNDS = 4;

export async function calibrateArgon2(options: CalibrationOptions): Promise<CalibrationResult> {
  const now = options.now ?? (() => performance.now());
  const minMs = options.minMs ?? 500;
  const maxMs = options.maxMs ?? 1500;
  const targetMs = options.targetMs ?? 1000;
  const maxMemory = Math.min(options.maxMemoryKiB ?? 1024 * MIB, PRODUCTION_KDF_POLICY.mMax);
  const p = options.p ?? 1;
  const maxPasses = 10;

  const measure = async (m: number, t: number): Promise<number> => {
    const started = now();
    const key = await options.runner.derive(randomBytes(16), {
      m,
      t,
      p,
      salt: randomBytes(ARGON2_SALT_BYTES),
    });
    key.fill(0);
    return now() - started;
  };

  let m: number = ARGON2_FLOOR.m;
  let t: number = ARGON2_FLOOR.t;
  let ms = await measure(m, t);
  for (let round = 0; round < MAX_ROUNDS && (ms < minMs || ms > maxMs); round += 1) {
    // Work scales linearly in m·t: estimate the work that hits the target, then spend it.
    const work = Math.max(1, (m * t * targetMs) / Math.max(ms, 1));
    let nextT: number = ARGON2_FLOOR.t;
    let nextM = Math.floor(work / nextT / MIB) * MIB;
    if (nextM > maxMemory) {
      nextM = maxMemory;
      nextT = Math.min(maxPasses, Math.max(ARGON2_FLOOR.t, Math.round(work / nextM)));
    }
    nextM = Math.max(ARGON2_FLOOR.m, nextM);
    if (nextM === m && nextT === t) break; // at the floor on a slow machine, or at the caps
    m = nextM;
    t = nextT;
    ms = await measure(m, t);
  }
  return { m, t, p, measuredMs: ms };
}
