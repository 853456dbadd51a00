import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../ipc/app-error';
import { aeadOpen, aeadSeal, hkdf, zeroize } from './keys';

/**
 * The small-document format `.cfd` (vault.md §5) used by the index and every case document.
 *
 * Header (big-endian, 94 bytes, all of it AEAD associated data):
 *   magic "CFDDOC" · version 1 · alg 1 · kind · flags 0 · vaultId 16 · docId 16 · seq u64 ·
 *   salt 32 · nonce 12, then ciphertext ‖ 16-byte GCM tag.
 * Plaintext: u32 length ‖ UTF-8 JSON ‖ zero padding to a multiple of 4 KiB, so file sizes leak only
 * coarse size.
 */

export const DOC_MAGIC = Buffer.from('CFDDOC', 'ascii');
export const DOC_VERSION = 1;
export const DOC_ALG = 1;
export const HEADER_BYTES = 94;
export const TAG_BYTES = 16;
export const PAD_BLOCK = 4096;
export const ID_BYTES = 16;
const INFO_DOC = Buffer.from('confidant/v1/doc', 'utf8');

export const DocKind = { Index: 1, Case: 2, IndexShard: 3 } as const;
export type DocKind = (typeof DocKind)[keyof typeof DocKind];

export const ZERO_ID = Buffer.alloc(ID_BYTES);

export interface DocHeader {
  kind: DocKind;
  vaultId: Buffer;
  docId: Buffer;
  seq: number;
}

export interface EncodeDocInput extends DocHeader {
  /** K_index for the index, CK for a case document. Never stored; a subkey is derived per write. */
  key: Buffer;
  value: unknown;
  /**
   * Write every non-ASCII character as a `\uXXXX` escape. Still plain JSON for any reader; used
   * for index shards, which unlock parses in bulk: V8 decodes and parses one-byte (ASCII) text
   * markedly faster than text holding even a few non-ASCII names, which makes the whole string
   * two-byte.
   */
  asciiJson?: boolean;
}

export interface DecodeExpectation {
  kind: DocKind;
  vaultId: Buffer;
  docId: Buffer;
  key: Buffer;
  /** What the index records for this document; omitted only for the index itself. */
  seq?: number;
  sha256?: string;
}

export interface DecodedDoc<T = unknown> {
  seq: number;
  value: T;
  /** Hex SHA-256 of the whole file (header ‖ ciphertext ‖ tag), as recorded in the index. */
  sha256: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function subkey(key: Buffer, salt: Uint8Array, kind: number, docId: Uint8Array): Buffer {
  return hkdf(key, salt, Buffer.concat([INFO_DOC, Buffer.of(kind), docId]));
}

function checkId(id: Buffer, what: string): void {
  if (id.length !== ID_BYTES) throw new RangeError(`${what} must be ${ID_BYTES} bytes`);
}

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON text with each UTF-16 code unit above 0x7F as `\uXXXX`. Non-ASCII can only occur inside
 * strings in JSON.stringify's output, and a surrogate pair becomes two escapes, which JSON.parse
 * joins again, so the parsed value is unchanged.
 */
export function escapeNonAscii(json: string): string {
  return json.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Encrypt a JSON value into a complete `.cfd` file. Fresh salt and nonce on every call. */
export function encodeDoc(input: EncodeDocInput): Buffer {
  checkId(input.vaultId, 'vaultId');
  checkId(input.docId, 'docId');
  if (!Number.isSafeInteger(input.seq) || input.seq < 0) throw new RangeError('bad seq');
  const text = JSON.stringify(input.value) ?? 'null';
  const json = Buffer.from(input.asciiJson ? escapeNonAscii(text) : text, 'utf8');
  const padded = Buffer.alloc(Math.ceil((json.length + 4) / PAD_BLOCK) * PAD_BLOCK);
  padded.writeUInt32BE(json.length, 0);
  json.copy(padded, 4);

  const header = Buffer.alloc(HEADER_BYTES);
  DOC_MAGIC.copy(header, 0);
  header[6] = DOC_VERSION;
  header[7] = DOC_ALG;
  header[8] = input.kind;
  header[9] = 0;
  input.vaultId.copy(header, 10);
  input.docId.copy(header, 26);
  header.writeBigUInt64BE(BigInt(input.seq), 42);
  const salt = randomBytes(32);
  const nonce = randomBytes(12);
  salt.copy(header, 50);
  nonce.copy(header, 82);

  const key = subkey(input.key, salt, input.kind, input.docId);
  try {
    return Buffer.concat([header, aeadSeal(key, nonce, padded, header)]);
  } finally {
    zeroize(key, padded, json);
  }
}

function corrupt(message: string): AppError {
  return new AppError('DocCorrupt', message);
}

/** Header sanity only (no key needed): magic, version, alg, kind, flags, length shape. */
export function parseDocHeader(bytes: Uint8Array): DocHeader {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < HEADER_BYTES || !buf.subarray(0, 6).equals(DOC_MAGIC)) {
    throw corrupt('The document is damaged (not a Confidant document).');
  }
  if (buf[6] !== DOC_VERSION || buf[7] !== DOC_ALG) {
    throw new AppError('UnsupportedVersion', 'The document uses a newer format. Update the app.', {
      version: buf[6],
      alg: buf[7],
    });
  }
  const kind = buf[8];
  if (
    (kind !== DocKind.Index && kind !== DocKind.Case && kind !== DocKind.IndexShard) ||
    buf[9] !== 0
  ) {
    throw corrupt('The document header is damaged.');
  }
  const body = buf.length - HEADER_BYTES - TAG_BYTES;
  // The padded plaintext is a non-empty multiple of 4 KiB and GCM keeps lengths: any truncation or
  // extension is caught here, before any decryption work.
  if (body < PAD_BLOCK || body % PAD_BLOCK !== 0)
    throw corrupt('The document has the wrong length.');
  const seq = buf.readBigUInt64BE(42);
  if (seq > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('The document header is damaged.');
  return {
    kind,
    vaultId: Buffer.from(buf.subarray(10, 26)),
    docId: Buffer.from(buf.subarray(26, 42)),
    seq: Number(seq),
  };
}

/**
 * Decode and verify a `.cfd` file in the order vault.md §5 prescribes: header sanity → ids
 * (DocSwapped) → decrypt, parse only after the tag verifies (DocCorrupt) → seq and hash against the
 * index (DocRollback). No plaintext byte leaves this function unless every check passed.
 */
export function decodeDoc<T = unknown>(
  bytes: Uint8Array,
  expect: DecodeExpectation,
): DecodedDoc<T> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = parseDocHeader(buf);
  if (header.kind !== expect.kind) throw corrupt('The document is of the wrong kind.');
  if (!header.vaultId.equals(expect.vaultId) || !header.docId.equals(expect.docId)) {
    throw new AppError(
      'DocSwapped',
      'This document belongs to another case or vault. Restore the previous version; treat it as tampering.',
    );
  }
  const aad = buf.subarray(0, HEADER_BYTES);
  const salt = buf.subarray(50, 82);
  const nonce = buf.subarray(82, 94);
  const key = subkey(expect.key, salt, header.kind, header.docId);
  let plain: Buffer | null;
  try {
    plain = aeadOpen(key, nonce, buf.subarray(HEADER_BYTES), aad);
  } finally {
    zeroize(key);
  }
  if (!plain) throw corrupt('The document is damaged or was modified (authentication failed).');

  let value: T;
  try {
    const length = plain.readUInt32BE(0);
    if (length > plain.length - 4) throw new Error('length');
    for (let i = 4 + length; i < plain.length; i += 1) if (plain[i] !== 0) throw new Error('pad');
    value = JSON.parse(plain.subarray(4, 4 + length).toString('utf8')) as T;
  } catch {
    throw corrupt('The document content is malformed.');
  } finally {
    zeroize(plain);
  }

  const sha256 = sha256Hex(buf);
  const recorded = expect.sha256 === undefined ? undefined : Buffer.from(expect.sha256, 'hex');
  const actual = Buffer.from(sha256, 'hex');
  const hashMismatch =
    recorded !== undefined &&
    (recorded.length !== actual.length || !timingSafeEqual(recorded, actual));
  if ((expect.seq !== undefined && header.seq !== expect.seq) || hashMismatch) {
    throw new AppError(
      'DocRollback',
      'This document is an older or different version than the index records. Treat it as tampering.',
      { seq: header.seq, expectedSeq: expect.seq },
    );
  }
  return { seq: header.seq, value, sha256 };
}
