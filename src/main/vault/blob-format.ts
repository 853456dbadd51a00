import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../ipc/app-error';
import {
  GCM_NONCE_BYTES,
  GCM_TAG_BYTES,
  WRAPPED_KEY_BYTES,
  aeadOpen,
  aeadSeal,
  hkdf,
  randomKey,
  unwrapKey,
  wrapKey,
  zeroize,
} from './keys';

/**
 * Attachment format `.cfb` (vault.md §7), modelled on age's STREAM construction.
 *
 * Header, 184 bytes:
 *   0   7  magic "CFDBLOB"          7  1  version = 1        8  1  alg = 1 (AES-256-GCM STREAM)
 *   9   1  chunkSizeLog2 (16..20)  10  2  reserved = 0
 *  12  16  vaultId                 28 16  caseId            44 16  blobId
 *  60  60  wrapped DEK (nonce 12 ‖ ct 32 ‖ tag 16) under CK, AAD "confidant/v1/dek" ‖ ids
 * 120  32  streamSalt             152 32  headerMAC = HMAC-SHA-256(K_hdr, bytes 0..151)
 *
 * Chunk i (C plaintext bytes, the last 0..C — 0 only for an empty blob) is sealed under
 * payloadKey = HKDF(DEK, streamSalt, "confidant/v1/blob-payload") with nonce BE88(i) ‖ lastFlag and
 * AAD = SHA-256(header), stored as ct ‖ tag at 184 + i·(C + 16). The final flag in the nonce makes
 * truncation at a chunk boundary and appended chunks detectable; the counter makes reordering so.
 */

export const BLOB_MAGIC = Buffer.from('CFDBLOB', 'ascii');
export const BLOB_VERSION = 1;
export const BLOB_ALG_AES256GCM_STREAM = 1;
export const BLOB_HEADER_BYTES = 184;
export const BLOB_MAC_OFFSET = 152;
export const BLOB_DEFAULT_CHUNK_LOG2 = 16;
export const BLOB_MIN_CHUNK_LOG2 = 16;
export const BLOB_MAX_CHUNK_LOG2 = 20;
export const BLOB_ID_BYTES = 16;
const OFF_IDS = 12;
const OFF_DEK = 60;
const OFF_SALT = 120;
const SALT_BYTES = 32;
/** Counter kept below 2^48 so it stays an exact JS integer (2^48 chunks ≥ 16 EiB: never reached). */
const MAX_CHUNKS = 2 ** 48;

const INFO_HEADER = 'confidant/v1/blob-header';
const INFO_PAYLOAD = 'confidant/v1/blob-payload';
const AAD_DEK = 'confidant/v1/dek';

export interface BlobIds {
  vaultId: Buffer;
  caseId: Buffer;
  blobId: Buffer;
}

/** What a reader or writer needs to process chunks. Zeroize payloadKey when done. */
export interface BlobStreamKeys {
  chunkSizeLog2: number;
  payloadKey: Buffer;
  headerHash: Buffer;
}

export interface NewBlobHeader extends BlobStreamKeys {
  header: Buffer;
  /** Exposed for tests of DEK freshness; zeroized by callers as soon as keys are derived. */
  dek: Buffer;
  streamSalt: Buffer;
}

function checkIds(ids: BlobIds): void {
  for (const id of [ids.vaultId, ids.caseId, ids.blobId]) {
    if (id.length !== 16) throw new RangeError('vaultId, caseId and blobId are 16 bytes each');
  }
}

function dekAad(ids: BlobIds): Buffer {
  return Buffer.concat([Buffer.from(AAD_DEK, 'utf8'), ids.vaultId, ids.caseId, ids.blobId]);
}

function headerMac(dek: Buffer, streamSalt: Buffer, covered: Buffer): Buffer {
  const macKey = hkdf(dek, streamSalt, INFO_HEADER);
  try {
    return createHmac('sha256', macKey).update(covered).digest();
  } finally {
    zeroize(macKey);
  }
}

/** Build a fresh header: random DEK and streamSalt, DEK wrapped under the case key. */
export function createBlobHeader(
  caseKey: Buffer,
  ids: BlobIds,
  chunkSizeLog2 = BLOB_DEFAULT_CHUNK_LOG2,
): NewBlobHeader {
  checkIds(ids);
  if (
    !Number.isInteger(chunkSizeLog2) ||
    chunkSizeLog2 < BLOB_MIN_CHUNK_LOG2 ||
    chunkSizeLog2 > BLOB_MAX_CHUNK_LOG2
  ) {
    throw new RangeError('chunkSizeLog2 must be 16..20');
  }
  const dek = randomKey();
  const streamSalt = randomBytes(SALT_BYTES);
  const header = Buffer.alloc(BLOB_HEADER_BYTES);
  BLOB_MAGIC.copy(header, 0);
  header[7] = BLOB_VERSION;
  header[8] = BLOB_ALG_AES256GCM_STREAM;
  header[9] = chunkSizeLog2;
  ids.vaultId.copy(header, OFF_IDS);
  ids.caseId.copy(header, OFF_IDS + 16);
  ids.blobId.copy(header, OFF_IDS + 32);
  wrapKey(caseKey, dek, dekAad(ids)).copy(header, OFF_DEK);
  streamSalt.copy(header, OFF_SALT);
  headerMac(dek, streamSalt, header.subarray(0, BLOB_MAC_OFFSET)).copy(header, BLOB_MAC_OFFSET);
  return {
    header,
    dek,
    streamSalt,
    chunkSizeLog2,
    payloadKey: hkdf(dek, streamSalt, INFO_PAYLOAD),
    headerHash: createHash('sha256').update(header).digest(),
  };
}

function headerCorrupt(reason: string): AppError {
  return new AppError('BlobHeaderCorrupt', 'The attachment header is damaged or was moved.', {
    reason,
  });
}

/**
 * Verify a header read from disk against the ids the case document expects, unwrap the DEK and check
 * the header MAC. Any failure → BlobHeaderCorrupt (unknown version/alg → UnsupportedVersion).
 * The EXPECTED ids, not the header's, go into the DEK's AAD: a blob moved to another case cannot unwrap.
 */
export function openBlobHeader(header: Buffer, caseKey: Buffer, ids: BlobIds): BlobStreamKeys {
  checkIds(ids);
  if (header.length !== BLOB_HEADER_BYTES) throw headerCorrupt('length');
  if (!header.subarray(0, 7).equals(BLOB_MAGIC)) throw headerCorrupt('magic');
  if (header[7] !== BLOB_VERSION || header[8] !== BLOB_ALG_AES256GCM_STREAM) {
    throw new AppError('UnsupportedVersion', 'The attachment uses an unknown format version.', {
      version: header[7],
      alg: header[8],
    });
  }
  const chunkSizeLog2 = header[9] ?? 0;
  if (chunkSizeLog2 < BLOB_MIN_CHUNK_LOG2 || chunkSizeLog2 > BLOB_MAX_CHUNK_LOG2) {
    throw headerCorrupt('chunk size');
  }
  if (header[10] !== 0 || header[11] !== 0) throw headerCorrupt('reserved');
  const stored = Buffer.concat([ids.vaultId, ids.caseId, ids.blobId]);
  if (!header.subarray(OFF_IDS, OFF_DEK).equals(stored)) throw headerCorrupt('ids');
  const dek = unwrapKey(
    caseKey,
    header.subarray(OFF_DEK, OFF_DEK + WRAPPED_KEY_BYTES),
    dekAad(ids),
  );
  if (!dek) throw headerCorrupt('key');
  try {
    const streamSalt = header.subarray(OFF_SALT, OFF_SALT + SALT_BYTES);
    const mac = headerMac(dek, streamSalt, header.subarray(0, BLOB_MAC_OFFSET));
    if (!timingSafeEqual(mac, header.subarray(BLOB_MAC_OFFSET))) throw headerCorrupt('mac');
    return {
      chunkSizeLog2,
      payloadKey: hkdf(dek, streamSalt, INFO_PAYLOAD),
      headerHash: createHash('sha256').update(header).digest(),
    };
  } finally {
    zeroize(dek);
  }
}

/** Nonce for chunk i: 11-byte big-endian counter ‖ 1-byte final flag. */
export function chunkNonce(index: number, last: boolean): Buffer {
  if (!Number.isSafeInteger(index) || index < 0 || index >= MAX_CHUNKS) {
    throw new AppError('BlobCorrupt', 'Attachment chunk counter overflow.', { chunk: index });
  }
  const nonce = Buffer.alloc(GCM_NONCE_BYTES);
  nonce.writeUIntBE(index, 5, 6);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

export function sealChunk(
  keys: BlobStreamKeys,
  index: number,
  last: boolean,
  plaintext: Uint8Array,
): Buffer {
  return aeadSeal(keys.payloadKey, chunkNonce(index, last), plaintext, keys.headerHash);
}

/** Verified plaintext of one chunk, or null if the tag fails under this (index, flag). */
export function openChunk(
  keys: BlobStreamKeys,
  index: number,
  last: boolean,
  sealed: Uint8Array,
): Buffer | null {
  return aeadOpen(keys.payloadKey, chunkNonce(index, last), sealed, keys.headerHash);
}

/** Number of chunks for a plaintext of `size` bytes: an empty blob is one empty final chunk. */
export function chunkCount(size: number, chunkSizeLog2: number): number {
  return Math.max(1, Math.ceil(size / 2 ** chunkSizeLog2));
}

/** Exact .cfb length for a plaintext of `size` bytes. */
export function blobFileLength(size: number, chunkSizeLog2: number): number {
  return BLOB_HEADER_BYTES + size + chunkCount(size, chunkSizeLog2) * GCM_TAG_BYTES;
}

/** Offset of chunk i in the file. */
export function chunkOffset(index: number, chunkSizeLog2: number): number {
  return BLOB_HEADER_BYTES + index * (2 ** chunkSizeLog2 + GCM_TAG_BYTES);
}
