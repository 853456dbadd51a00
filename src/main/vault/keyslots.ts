import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../ipc/app-error';
import { writeFileDurably } from '../storage/durable-write';
import { nodeFs, type FsPort } from '../storage/fs-port';
import { canonicalBytes, canonicalJson, type CanonicalValue } from './canonical-json';
import type { KdfRunner } from './kdf';
import {
  ARGON2_SALT_BYTES,
  DEFAULT_ARGON2,
  PRODUCTION_KDF_POLICY,
  argon2KdfToJson,
  assertParamsAllowed,
  decodeBase64Url,
  parseArgon2Kdf,
  type Argon2Params,
  type KdfPolicy,
} from './kdf-policy';
import {
  GCM_NONCE_BYTES,
  GCM_TAG_BYTES,
  KEY_BYTES,
  VAULT_ID_BYTES,
  aeadOpen,
  aeadSeal,
  hkdf,
  randomKey,
  zeroize,
} from './keys';
import { formatRecoveryKey, generateRecoverySecret, parseRecoveryKey } from './recovery-key';

/**
 * The keyslot file `vault.json` (vault.md §4): canonical JSON holding the vault key VK wrapped once
 * per credential. Reading it follows a fixed order so that damage and tampering never cost a KDF run:
 * parse → checksum (VaultCorrupt) → format (UnsupportedVersion) → parameter bounds (UnsupportedParams)
 * → exactly one KDF run → unwrap (WrongPassphrase / WrongRecoveryKey).
 */

export const KEYSLOT_FORMAT = 'confidant-keyslots';
export const KEYSLOT_VERSION = 1;
export const KEYSLOT_FILE_NAME = 'vault.json';
/** A real keyslot file is < 2 KiB; refusing anything huge bounds the parser's work. */
const MAX_FILE_BYTES = 64 * 1024;
const SLOT_AAD_PREFIX = 'confidant/v1/slot';
const INFO_RECOVERY = 'confidant/v1/recovery';
const RECOVERY_KDF = { alg: 'hkdf-sha256' } as const;

export type SlotType = 'passphrase' | 'recovery' | 'os-keystore';

export interface Keyslot {
  id: string;
  type: SlotType;
  /** The slot's `kdf` object exactly as stored; bounds are checked only when the slot is used. */
  kdf: { [key: string]: CanonicalValue };
  nonce: Buffer;
  /** 32-byte VK + 16-byte tag */
  ct: Buffer;
}

export interface KeyslotFile {
  vaultId: Buffer;
  slots: Keyslot[];
}

/** Proof of a successful unlock. Only this module can mint one (see `issued`). */
export interface UnlockedKeyslots {
  readonly vaultId: Buffer;
  readonly vaultKey: Buffer;
  readonly file: KeyslotFile;
}

/**
 * Sessions minted by create/unlock/change. changePassphrase and rotateRecoveryKey accept only these,
 * so a slot can never be written around a key that did not come out of a verified unwrap, and a
 * superseded session (an older file) cannot overwrite a newer change.
 */
const issued = new WeakSet<UnlockedKeyslots>();

function mint(file: KeyslotFile, vaultKey: Buffer): UnlockedKeyslots {
  const session = Object.freeze({ vaultId: file.vaultId, vaultKey, file });
  issued.add(session);
  return session;
}

function corrupt(message: string, details?: Record<string, unknown>): AppError {
  return new AppError('VaultCorrupt', `The keyslot file is damaged: ${message}.`, details);
}

const b64 = (bytes: number) =>
  z.string().refine((text) => decodeBase64Url(text)?.length === bytes, `${bytes} bytes base64url`);

// Slot ids use a restricted alphabet: with the fixed type names and a kdf that starts with '{',
// the AAD concatenation id ‖ type ‖ canonical(kdf) is unambiguous.
const slotSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  type: z.string(),
  kdf: z.record(z.string(), z.unknown()),
  wrap: z.strictObject({
    alg: z.string(),
    nonce: b64(GCM_NONCE_BYTES),
    ct: b64(KEY_BYTES + GCM_TAG_BYTES),
  }),
});

const fileSchema = z.strictObject({
  format: z.literal(KEYSLOT_FORMAT),
  v: z.literal(KEYSLOT_VERSION),
  vaultId: b64(VAULT_ID_BYTES),
  slots: z.array(slotSchema).min(1).max(16),
});

const SLOT_TYPES: readonly string[] = ['passphrase', 'recovery', 'os-keystore'];

function toJson(file: KeyslotFile): Record<string, CanonicalValue> {
  return {
    format: KEYSLOT_FORMAT,
    v: KEYSLOT_VERSION,
    vaultId: file.vaultId.toString('base64url'),
    slots: file.slots.map((slot) => ({
      id: slot.id,
      type: slot.type,
      kdf: slot.kdf,
      wrap: {
        alg: 'A256GCM',
        nonce: slot.nonce.toString('base64url'),
        ct: slot.ct.toString('base64url'),
      },
    })),
  };
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The exact bytes of vault.json for `file`: canonical JSON with the sha256 field added. */
export function serializeKeyslots(file: KeyslotFile): Buffer {
  const body = toJson(file);
  return canonicalBytes({ ...body, sha256: sha256Hex(canonicalBytes(body)) });
}

/**
 * Parse and integrity-check vault.json bytes. Any malformed input → VaultCorrupt or
 * UnsupportedVersion, never another exception. Does not check KDF bounds (done per slot on use, so a
 * tampered passphrase slot cannot block recovery).
 */
export function parseKeyslots(bytes: Uint8Array): KeyslotFile {
  if (bytes.length > MAX_FILE_BYTES) throw corrupt('file too large', { size: bytes.length });
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw corrupt('not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw corrupt('not a JSON object');
  }
  const { sha256, ...rest } = parsed as Record<string, unknown>;
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) throw corrupt('no checksum');
  let restBytes: Buffer;
  let wholeText: string;
  try {
    restBytes = canonicalBytes(rest);
    wholeText = canonicalJson(parsed);
  } catch {
    throw corrupt('values outside canonical JSON');
  }
  const expected = Buffer.from(sha256Hex(restBytes), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(sha256, 'hex'))) throw corrupt('checksum mismatch');
  // One logical file has one encoding: this also rejects duplicate keys, which JSON.parse would
  // silently resolve (a parser differential an attacker could use).
  if (!Buffer.from(wholeText, 'utf8').equals(Buffer.from(bytes))) throw corrupt('not canonical');

  if (rest.format !== KEYSLOT_FORMAT || rest.v !== KEYSLOT_VERSION) {
    throw new AppError('UnsupportedVersion', 'This vault was written by a newer version.', {
      format: String(rest.format),
      v: String(rest.v),
    });
  }
  const result = fileSchema.safeParse(rest);
  if (!result.success) throw corrupt('unexpected structure');
  const slots: Keyslot[] = [];
  const seen = new Set<string>();
  // zod validated the shape; the kdf objects are taken from JSON.parse's output itself, whose
  // properties are all own data properties (no prototype tricks via a "__proto__" key).
  const rawSlots = rest.slots as Array<{ kdf: { [key: string]: CanonicalValue } }>;
  for (const [index, slot] of result.data.slots.entries()) {
    if (!SLOT_TYPES.includes(slot.type) || slot.wrap.alg !== 'A256GCM') {
      throw new AppError('UnsupportedVersion', 'This vault uses a slot type this version lacks.', {
        type: slot.type,
      });
    }
    if (seen.has(slot.id)) throw corrupt('duplicate slot id');
    seen.add(slot.id);
    slots.push({
      id: slot.id,
      type: slot.type as SlotType,
      kdf: rawSlots[index]?.kdf ?? {},
      nonce: decodeBase64Url(slot.wrap.nonce) ?? Buffer.alloc(0),
      ct: decodeBase64Url(slot.wrap.ct) ?? Buffer.alloc(0),
    });
  }
  for (const type of ['passphrase', 'recovery'] as const) {
    if (slots.filter((slot) => slot.type === type).length > 1) throw corrupt(`two ${type} slots`);
  }
  return { vaultId: decodeBase64Url(result.data.vaultId) ?? Buffer.alloc(0), slots };
}

function slotAad(vaultId: Buffer, id: string, type: SlotType, kdf: unknown): Buffer {
  return Buffer.concat([
    Buffer.from(SLOT_AAD_PREFIX, 'utf8'),
    vaultId,
    Buffer.from(id, 'utf8'),
    Buffer.from(type, 'utf8'),
    canonicalBytes(kdf),
  ]);
}

function sealSlot(
  vaultId: Buffer,
  type: SlotType,
  kdf: { [key: string]: CanonicalValue },
  kek: Buffer,
  vaultKey: Buffer,
): Keyslot {
  const id = randomBytes(9).toString('base64url');
  const nonce = randomBytes(GCM_NONCE_BYTES);
  const ct = aeadSeal(kek, nonce, vaultKey, slotAad(vaultId, id, type, kdf));
  return { id, type, kdf, nonce, ct };
}

function openSlot(file: KeyslotFile, slot: Keyslot, kek: Buffer): Buffer | null {
  const aad = slotAad(file.vaultId, slot.id, slot.type, slot.kdf);
  const vk = aeadOpen(kek, slot.nonce, slot.ct, aad);
  if (vk && vk.length !== KEY_BYTES) return null;
  return vk;
}

/**
 * Passphrase → bytes. NFC normalisation so the same passphrase typed on macOS (which may produce
 * decomposed accents) and Windows derives the same key.
 */
export function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

function recoveryKek(secret: Buffer, vaultId: Buffer): Buffer {
  // RS is 256 bits of CSPRNG output, so HKDF suffices; a slow KDF would add nothing (vault.md §3).
  return hkdf(secret, vaultId, INFO_RECOVERY);
}

export interface KdfDeps {
  runner: KdfRunner;
  /** Defaults to PRODUCTION_KDF_POLICY. Tests pass TEST_KDF_POLICY. */
  policy?: KdfPolicy;
}

export interface Argon2Settings {
  m: number;
  t: number;
  p: number;
}

async function passphraseSlot(
  vaultId: Buffer,
  vaultKey: Buffer,
  passphrase: string,
  settings: Argon2Settings,
  deps: KdfDeps,
): Promise<Keyslot> {
  if (passphrase.length === 0) throw new AppError('InvalidInput', 'The passphrase is empty.');
  const policy = deps.policy ?? PRODUCTION_KDF_POLICY;
  assertParamsAllowed({ ...settings, saltLength: ARGON2_SALT_BYTES }, policy);
  const params: Argon2Params = { ...settings, salt: randomBytes(ARGON2_SALT_BYTES) };
  const secret = passphraseBytes(passphrase);
  let kek: Buffer | undefined;
  try {
    kek = await deps.runner.derive(secret, params);
    return sealSlot(vaultId, 'passphrase', { ...argon2KdfToJson(params) }, kek, vaultKey);
  } finally {
    zeroize(secret, kek);
  }
}

function recoverySlot(vaultId: Buffer, vaultKey: Buffer): { slot: Keyslot; recoveryKey: string } {
  const secret = generateRecoverySecret();
  const kek = recoveryKek(secret, vaultId);
  try {
    return {
      slot: sealSlot(vaultId, 'recovery', { ...RECOVERY_KDF }, kek, vaultKey),
      recoveryKey: formatRecoveryKey(secret),
    };
  } finally {
    zeroize(secret, kek);
  }
}

export interface CreatedKeyslots {
  session: UnlockedKeyslots;
  /** Show once, then drop the reference. */
  recoveryKey: string;
}

/** A new vault: random VK and vaultId, one passphrase slot and one recovery slot. Nothing is written. */
export async function createKeyslots(
  passphrase: string,
  settings: Argon2Settings,
  deps: KdfDeps,
): Promise<CreatedKeyslots> {
  const vaultId = randomBytes(VAULT_ID_BYTES);
  const vaultKey = randomKey();
  try {
    const pw = await passphraseSlot(vaultId, vaultKey, passphrase, settings, deps);
    const rk = recoverySlot(vaultId, vaultKey);
    return {
      session: mint({ vaultId, slots: [pw, rk.slot] }, vaultKey),
      recoveryKey: rk.recoveryKey,
    };
  } catch (error) {
    zeroize(vaultKey);
    throw error;
  }
}

function findSlot(file: KeyslotFile, type: SlotType): Keyslot {
  const slot = file.slots.find((candidate) => candidate.type === type);
  if (!slot) throw corrupt(`no ${type} slot`);
  return slot;
}

/** Unlock with the passphrase: at most one KDF run, and none unless the file and bounds are sound. */
export async function unlockWithPassphrase(
  bytes: Uint8Array,
  passphrase: string,
  deps: KdfDeps,
): Promise<UnlockedKeyslots> {
  const file = parseKeyslots(bytes);
  const slot = findSlot(file, 'passphrase');
  const params = parseArgon2Kdf(slot.kdf, deps.policy ?? PRODUCTION_KDF_POLICY);
  // No slot is ever created for an empty passphrase (and hash-wasm refuses one).
  if (passphrase.length === 0) throw new AppError('WrongPassphrase', 'The passphrase is empty.');
  const secret = passphraseBytes(passphrase);
  let kek: Buffer | undefined;
  try {
    kek = await deps.runner.derive(secret, params);
    const vaultKey = openSlot(file, slot, kek);
    if (!vaultKey) throw new AppError('WrongPassphrase', 'The passphrase is not correct.');
    return mint(file, vaultKey);
  } finally {
    zeroize(secret, kek);
  }
}

/** Unlock with the recovery key (no slow KDF: RS is already 256 bits of entropy). */
export function unlockWithRecoveryKey(bytes: Uint8Array, recoveryKey: string): UnlockedKeyslots {
  const file = parseKeyslots(bytes);
  const slot = findSlot(file, 'recovery');
  if (canonicalJson(slot.kdf) !== canonicalJson(RECOVERY_KDF)) {
    throw new AppError('UnsupportedParams', 'The recovery slot uses an unknown key derivation.');
  }
  const secret = parseRecoveryKey(recoveryKey);
  const kek = recoveryKek(secret, file.vaultId);
  try {
    const vaultKey = openSlot(file, slot, kek);
    if (!vaultKey) throw new AppError('WrongRecoveryKey', 'The recovery key is not correct.');
    return mint(file, vaultKey);
  } finally {
    zeroize(secret, kek);
  }
}

function requireSession(session: UnlockedKeyslots): void {
  if (!issued.has(session)) {
    throw new AppError('Conflict', 'The keyslot session is stale or was not issued by an unlock.');
  }
}

/**
 * Replace the passphrase slot (new salt; new parameters if given, else the current ones). VK is
 * unchanged, so only vault.json changes. The old session is retired.
 */
export async function changePassphrase(
  session: UnlockedKeyslots,
  newPassphrase: string,
  deps: KdfDeps & { settings?: Argon2Settings },
): Promise<UnlockedKeyslots> {
  requireSession(session);
  const { file, vaultKey } = session;
  const current = file.slots.find((slot) => slot.type === 'passphrase');
  // Keep the current parameters unless new ones are given; after a recovery from a damaged or
  // tampered passphrase slot, fall back to the defaults (checked against the policy when sealing).
  let settings: Argon2Settings = deps.settings ?? DEFAULT_ARGON2;
  if (!deps.settings && current) {
    try {
      const { m, t, p } = parseArgon2Kdf(current.kdf, deps.policy ?? PRODUCTION_KDF_POLICY);
      settings = { m, t, p };
    } catch {
      settings = DEFAULT_ARGON2;
    }
  }
  const slot = await passphraseSlot(file.vaultId, vaultKey, newPassphrase, settings, deps);
  issued.delete(session);
  const others = file.slots.filter((candidate) => candidate.type !== 'passphrase');
  return mint({ vaultId: file.vaultId, slots: [slot, ...others] }, vaultKey);
}

/** Replace the recovery slot with one for a fresh secret; the old recovery key stops working. */
export function rotateRecoveryKey(session: UnlockedKeyslots): CreatedKeyslots {
  requireSession(session);
  const { file, vaultKey } = session;
  const rk = recoverySlot(file.vaultId, vaultKey);
  issued.delete(session);
  const others = file.slots.filter((candidate) => candidate.type !== 'recovery');
  return {
    session: mint({ vaultId: file.vaultId, slots: [...others, rk.slot] }, vaultKey),
    recoveryKey: rk.recoveryKey,
  };
}

/** Forget a session (on lock): zero VK and make it unusable for changes. */
export function closeKeyslots(session: UnlockedKeyslots): void {
  issued.delete(session);
  zeroize(session.vaultKey);
}

/** Read vault.json; I/O failures → StorageIOError. */
export async function readKeyslotFile(path: string, fs: FsPort = nodeFs): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
    throw new AppError('StorageIOError', `Could not read the keyslot file (${cause}).`, { cause });
  }
}

/** Write vault.json with the durable procedure (0600 temp, fsync, rename, directory fsync). */
export async function writeKeyslotFile(
  path: string,
  file: KeyslotFile,
  fs: FsPort = nodeFs,
): Promise<void> {
  await writeFileDurably(path, serializeKeyslots(file), fs);
}
