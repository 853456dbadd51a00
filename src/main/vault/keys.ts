import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../ipc/app-error';

/**
 * Key hierarchy primitives (docs/vault-format.md "Key hierarchy", vault.md §3).
 *
 * Suite v1: HKDF-SHA-256 for every derived key, AES-256-GCM (96-bit nonce, 128-bit tag) for every
 * wrap. Both exist in Node's OpenSSL and in Electron's BoringSSL; ChaCha20-Poly1305 does not.
 */

export const KEY_BYTES = 32;
export const GCM_NONCE_BYTES = 12;
export const GCM_TAG_BYTES = 16;
export const VAULT_ID_BYTES = 16;
export const CASE_ID_BYTES = 16;

/** nonce 12 ‖ ct 32 ‖ tag 16: the size of every wrapped 32-byte key in this format. */
export const WRAPPED_KEY_BYTES = GCM_NONCE_BYTES + KEY_BYTES + GCM_TAG_BYTES;

export const INFO_INDEX = 'confidant/v1/index';
export const INFO_AUDIT = 'confidant/v1/audit';
export const INFO_WRAP_CASE = 'confidant/v1/wrap-case';
const AAD_CASE_KEY = 'confidant/v1/case-key';

function toBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

/** HKDF-SHA-256 (RFC 5869). Returns a Buffer the caller owns (and should zeroize when done). */
export function hkdf(
  ikm: Uint8Array,
  salt: Uint8Array,
  info: string | Uint8Array,
  length = KEY_BYTES,
): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, toBytes(info), length));
}

export interface VaultKeys {
  indexKey: Buffer;
  auditKey: Buffer;
  wrapKey: Buffer;
}

/**
 * The three working keys under VK. Salt = vaultId so two vaults that (by a CSPRNG failure) shared a
 * VK still get unrelated subkeys; distinct info strings give domain separation between purposes.
 */
export function deriveVaultKeys(vaultKey: Buffer, vaultId: Buffer): VaultKeys {
  if (vaultKey.length !== KEY_BYTES) throw new RangeError('vault key must be 32 bytes');
  if (vaultId.length !== VAULT_ID_BYTES) throw new RangeError('vaultId must be 16 bytes');
  return {
    indexKey: hkdf(vaultKey, vaultId, INFO_INDEX),
    auditKey: hkdf(vaultKey, vaultId, INFO_AUDIT),
    wrapKey: hkdf(vaultKey, vaultId, INFO_WRAP_CASE),
  };
}

function checkKeyNonce(key: Uint8Array, nonce: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new RangeError('AES-256-GCM key must be 32 bytes');
  if (nonce.length !== GCM_NONCE_BYTES) throw new RangeError('GCM nonce must be 12 bytes');
}

/** AES-256-GCM encrypt. Returns ct ‖ tag (16 bytes). */
export function aeadSeal(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  aad: Uint8Array,
): Buffer {
  checkKeyNonce(key, nonce);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(aad);
  const head = cipher.update(plaintext);
  const tail = cipher.final();
  return Buffer.concat([head, tail, cipher.getAuthTag()]);
}

/**
 * AES-256-GCM decrypt of ct ‖ tag. Returns null when the tag does not verify.
 *
 * Node's GCM `update()` hands back plaintext BEFORE `final()` has checked the tag. We keep that
 * output in a local buffer, call `final()`, and only then return it; on failure the unverified bytes
 * are zeroed and never leave this function.
 */
export function aeadOpen(
  key: Uint8Array,
  nonce: Uint8Array,
  sealed: Uint8Array,
  aad: Uint8Array,
): Buffer | null {
  checkKeyNonce(key, nonce);
  if (sealed.length < GCM_TAG_BYTES) return null;
  const ctLen = sealed.length - GCM_TAG_BYTES;
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(sealed.subarray(ctLen));
  const unverified = decipher.update(sealed.subarray(0, ctLen));
  try {
    const tail = decipher.final();
    return tail.length === 0 ? unverified : Buffer.concat([unverified, tail]);
  } catch {
    unverified.fill(0);
    return null;
  }
}

/** Seal a 32-byte key under `kek` with a fresh random nonce → nonce ‖ ct ‖ tag (60 bytes). */
export function wrapKey(kek: Uint8Array, key: Uint8Array, aad: Uint8Array): Buffer {
  if (key.length !== KEY_BYTES) throw new RangeError('wrapped key must be 32 bytes');
  const nonce = randomBytes(GCM_NONCE_BYTES);
  return Buffer.concat([nonce, aeadSeal(kek, nonce, key, aad)]);
}

/** Inverse of wrapKey; null on any failure (wrong length, wrong key, wrong AAD, tampering). */
export function unwrapKey(kek: Uint8Array, wrapped: Uint8Array, aad: Uint8Array): Buffer | null {
  if (wrapped.length !== WRAPPED_KEY_BYTES) return null;
  const opened = aeadOpen(
    kek,
    wrapped.subarray(0, GCM_NONCE_BYTES),
    wrapped.subarray(GCM_NONCE_BYTES),
    aad,
  );
  if (opened && opened.length !== KEY_BYTES) {
    opened.fill(0);
    return null;
  }
  return opened;
}

function caseKeyAad(vaultId: Uint8Array, caseId: Uint8Array): Buffer {
  if (vaultId.length !== VAULT_ID_BYTES) throw new RangeError('vaultId must be 16 bytes');
  if (caseId.length !== CASE_ID_BYTES) throw new RangeError('caseId must be 16 bytes');
  return Buffer.concat([Buffer.from(AAD_CASE_KEY, 'utf8'), vaultId, caseId]);
}

/**
 * Wrap a per-case key CK under K_wrap. The AAD binds vaultId and caseId, so a wrapped CK copied into
 * another case's index entry (or another vault) fails to unwrap instead of silently opening.
 */
export function wrapCaseKey(
  wrapKeyBytes: Buffer,
  vaultId: Buffer,
  caseId: Buffer,
  caseKey: Buffer,
): Buffer {
  return wrapKey(wrapKeyBytes, caseKey, caseKeyAad(vaultId, caseId));
}

/**
 * Unwrap CK. The wrapped CK lives inside the (already authenticated) index, so a failure here means
 * the index entry was transplanted or damaged: report it as DocCorrupt.
 */
export function unwrapCaseKey(
  wrapKeyBytes: Buffer,
  vaultId: Buffer,
  caseId: Buffer,
  wrapped: Buffer,
): Buffer {
  const key = unwrapKey(wrapKeyBytes, wrapped, caseKeyAad(vaultId, caseId));
  if (!key) {
    throw new AppError('DocCorrupt', 'A case key in the index could not be unwrapped.', {
      caseId: caseId.toString('hex'),
    });
  }
  return key;
}

/** 32 fresh bytes from the OS CSPRNG (VK, CK, DEK). */
export function randomKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * Overwrite key material. Best effort only: V8 may have copied the bytes (string conversions, GC
 * moves of small on-heap buffers), and swap/hibernation can hold them. That is why vault.md makes
 * full-disk encryption a prerequisite; zeroing still shortens the window in which a heap dump or a
 * later memory disclosure finds live keys.
 */
export function zeroize(...bufs: Array<Uint8Array | null | undefined>): void {
  for (const buf of bufs) buf?.fill(0);
}
