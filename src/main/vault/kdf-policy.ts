import { AppError } from '../ipc/app-error';

/**
 * Argon2id parameter policy (vault.md §2). The keyslot file is attacker-controlled input: a crafted
 * `m = 2^32` or `t = 10^9` would pin a CPU core or exhaust memory before any tag could fail. So every
 * parameter set is checked against a fixed policy BEFORE the KDF runs, and an out-of-range value is
 * refused with UnsupportedParams.
 *
 * The policy is chosen by the CALLER (the app always passes PRODUCTION_KDF_POLICY, the default); no
 * field in vault.json can select it. TEST_KDF_POLICY only admits tiny memory sizes that production
 * rejects, so a vault written under the test policy can never be opened by the app, and vice versa.
 */

/** Argon2 version 1.3 — the only one hash-wasm computes, and the one RFC 9106 standardises. */
export const ARGON2_VERSION = 0x13;
/** KEK length: one AES-256 key. */
export const KDF_OUTPUT_BYTES = 32;

/** One Argon2id parameter set. Version is always 0x13 and the output always 32 bytes. */
export interface Argon2Params {
  /** memory in KiB */
  m: number;
  /** passes */
  t: number;
  /** lanes */
  p: number;
  salt: Buffer;
}

export interface KdfPolicy {
  readonly name: 'production' | 'test';
  readonly mMin: number;
  readonly mMax: number;
  readonly tMin: number;
  readonly tMax: number;
  readonly pMin: number;
  readonly pMax: number;
  readonly saltMin: number;
  readonly saltMax: number;
}

/** The bounds accepted on read in the shipped app: m ∈ [64 MiB; 2 GiB], t ∈ [1; 20], p ∈ [1; 8]. */
export const PRODUCTION_KDF_POLICY: KdfPolicy = Object.freeze({
  name: 'production',
  mMin: 65_536,
  mMax: 2_097_152,
  tMin: 1,
  tMax: 20,
  pMin: 1,
  pMax: 8,
  saltMin: 16,
  saltMax: 64,
});

/**
 * Unit tests only: m ∈ [8; 64] KiB so a KDF run costs microseconds. Deliberately disjoint from the
 * production memory range, so neither policy accepts the other's vaults.
 */
export const TEST_KDF_POLICY: KdfPolicy = Object.freeze({
  name: 'test',
  mMin: 8,
  mMax: 64,
  tMin: 1,
  tMax: 3,
  pMin: 1,
  pMax: 2,
  saltMin: 16,
  saltMax: 64,
});

/** Defaults for a new vault before calibration (vault.md §2): 256 MiB, 3 passes, 1 lane. */
export const DEFAULT_ARGON2 = Object.freeze({ m: 262_144, t: 3, p: 1 });
/** Calibration never goes below this, whatever the machine (vault.md §2). */
export const ARGON2_FLOOR = Object.freeze({ m: 65_536, t: 3 });
/** Salt length for new slots. */
export const ARGON2_SALT_BYTES = 32;

/** Small parameters suitable for TEST_KDF_POLICY (tests create vaults with these). */
export const TEST_ARGON2 = Object.freeze({ m: 8, t: 1, p: 1 });

function unsupported(message: string, details?: Record<string, unknown>): AppError {
  return new AppError(
    'UnsupportedParams',
    `The vault's key-derivation parameters are not supported: ${message}.`,
    details,
  );
}

function inRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/** Throws UnsupportedParams unless (m, t, p, salt) are within `policy`. Does no KDF work. */
export function assertParamsAllowed(
  params: { m: unknown; t: unknown; p: unknown; saltLength: number },
  policy: KdfPolicy,
): void {
  const { m, t, p, saltLength } = params;
  if (!inRange(m, policy.mMin, policy.mMax)) throw unsupported('memory out of range', { m });
  if (!inRange(t, policy.tMin, policy.tMax)) throw unsupported('passes out of range', { t });
  if (!inRange(p, policy.pMin, policy.pMax)) throw unsupported('lanes out of range', { p });
  // Argon2 requires at least 8 KiB per lane (RFC 9106 §3.1).
  if (m < 8 * p) throw unsupported('memory below 8 KiB per lane', { m, p });
  if (saltLength < policy.saltMin || saltLength > policy.saltMax) {
    throw unsupported('salt length out of range', { saltLength });
  }
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Strict base64url (no padding) decode: rejects any string whose decoding does not re-encode to the
 * same text, so one value has exactly one spelling (no hidden bits, no alternative encodings).
 */
export function decodeBase64Url(text: unknown): Buffer | null {
  if (typeof text !== 'string' || !BASE64URL.test(text) || text.length % 4 === 1) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

/** The `kdf` object of a passphrase slot as stored in vault.json (canonical JSON). */
export interface Argon2KdfJson {
  alg: 'argon2id';
  ver: number;
  m: number;
  t: number;
  p: number;
  salt: string;
}

export function argon2KdfToJson(params: Argon2Params): Argon2KdfJson {
  return {
    alg: 'argon2id',
    ver: ARGON2_VERSION,
    m: params.m,
    t: params.t,
    p: params.p,
    salt: params.salt.toString('base64url'),
  };
}

/**
 * Validate a slot's `kdf` object read from disk and turn it into Argon2Params. Unknown algorithm,
 * unknown version, extra fields or any value out of bounds → UnsupportedParams. No KDF work happens.
 */
export function parseArgon2Kdf(raw: unknown, policy: KdfPolicy): Argon2Params {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw unsupported('kdf is not an object');
  }
  // Own properties only: nothing may come from a prototype.
  const source = raw as Record<string, unknown>;
  const kdf: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    Object.defineProperty(kdf, key, { value: source[key], enumerable: true });
  }
  Object.setPrototypeOf(kdf, null);
  if (kdf.alg !== 'argon2id') throw unsupported('unknown algorithm', { alg: String(kdf.alg) });
  if (kdf.ver !== ARGON2_VERSION) throw unsupported('unknown Argon2 version', { ver: kdf.ver });
  const known = new Set(['alg', 'ver', 'm', 't', 'p', 'salt']);
  const extra = Object.keys(kdf).filter((key) => !known.has(key));
  if (extra.length > 0) throw unsupported('unknown parameters', { extra });
  const salt = decodeBase64Url(kdf.salt);
  if (!salt) throw unsupported('salt is not base64url');
  assertParamsAllowed({ m: kdf.m, t: kdf.t, p: kdf.p, saltLength: salt.length }, policy);
  return { m: kdf.m as number, t: kdf.t as number, p: kdf.p as number, salt };
}
