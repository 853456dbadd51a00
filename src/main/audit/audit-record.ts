import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../ipc/app-error';
import { aeadOpen, aeadSeal, hkdf, zeroize } from '../vault/keys';

/**
 * One audit record and the hash chain (vault.md §12).
 *
 * On disk a record is `u32 length ‖ nonce 12 ‖ ciphertext ‖ tag 16`, encrypted under K_audit with
 * AAD = "confidant/v1/audit-record" ‖ vaultId ‖ u64 seq ‖ head_(seq−1). Binding the previous head
 * into the AAD means a record verifies only at its own position in its own log, so deletion,
 * reordering, insertion and duplication fail authentication at the first affected seq.
 *
 * leaf_i = SHA-256(0x00 ‖ nonce ‖ ciphertext ‖ tag);  head_i = SHA-256(0x01 ‖ head_(i−1) ‖ leaf_i);
 * head_0 = SHA-256("confidant/v1/audit" ‖ vaultId).
 */

export const AUDIT_ACTIONS = [
  'vault.created',
  'unlock.ok',
  'unlock.fail',
  'lock',
  'case.created',
  'case.updated',
  'case.viewed',
  'case.exported',
  'case.shredded',
  'evidence.imported',
  'evidence.viewed',
  'evidence.exported',
  'interview.finalised',
  'interview.addendum',
  'interview.reviewed',
  'pdf.generated',
  'passphrase.changed',
  'recovery.rotated',
  'checkpoint.issued',
  'legalhold.set',
  'legalhold.released',
  'settings.updated',
  'record.updated',
  'record.deleted',
  'index.upgraded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Details sealed under the case key (so shredding the case makes them unreadable) or kept inline. */
export type SealedDetails =
  { sealed: { n: string; c: string } } | { plain: Record<string, unknown> };

export interface AuditRecord {
  seq: number;
  time: string;
  actor: string;
  action: AuditAction;
  caseId?: string;
  blobId?: string;
  /** The index seq and file hash after the commit this event belongs to (§9 rollback check). */
  indexSeq: number;
  indexHash: string;
  details?: SealedDetails;
  /** Written as part of an index commit (§8 step 2), as opposed to a plain event (viewed, unlock). */
  commit?: true;
}

export const MAX_RECORD_BYTES = 1 << 20;
const NONCE_BYTES = 12;
const MIN_BODY = NONCE_BYTES + 16;
const AAD_RECORD = Buffer.from('confidant/v1/audit-record', 'utf8');
const INFO_DETAILS = 'confidant/v1/audit-details';

export function initialHead(vaultId: Buffer): Buffer {
  return createHash('sha256').update('confidant/v1/audit').update(vaultId).digest();
}

export function leafHash(body: Uint8Array): Buffer {
  return createHash('sha256').update(Buffer.of(0)).update(body).digest();
}

export function nextHead(prev: Buffer, body: Uint8Array): Buffer {
  return createHash('sha256').update(Buffer.of(1)).update(prev).update(leafHash(body)).digest();
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(BigInt(n));
  return b;
}

function recordAad(vaultId: Buffer, seq: number, prevHead: Buffer): Buffer {
  return Buffer.concat([AAD_RECORD, vaultId, u64(seq), prevHead]);
}

/** Encrypt a record into its framed on-disk bytes. Returns the frame and the body the chain hashes. */
export function sealRecord(
  auditKey: Buffer,
  vaultId: Buffer,
  prevHead: Buffer,
  record: AuditRecord,
): { frame: Buffer; body: Buffer } {
  const nonce = randomBytes(NONCE_BYTES);
  const plain = Buffer.from(JSON.stringify(record), 'utf8');
  const body = Buffer.concat([
    nonce,
    aeadSeal(auditKey, nonce, plain, recordAad(vaultId, record.seq, prevHead)),
  ]);
  if (body.length > MAX_RECORD_BYTES) throw new RangeError('audit record too large');
  const frame = Buffer.alloc(4 + body.length);
  frame.writeUInt32BE(body.length, 0);
  body.copy(frame, 4);
  return { frame, body };
}

export function chainBroken(seq: number, why: string): AppError {
  return new AppError(
    'AuditChainBroken',
    `The audit log is broken at event ${seq}. Investigate and keep a copy as evidence.`,
    { seq, why },
  );
}

export function openRecord(
  auditKey: Buffer,
  vaultId: Buffer,
  seq: number,
  prevHead: Buffer,
  body: Buffer,
): AuditRecord {
  if (body.length < MIN_BODY) throw chainBroken(seq, 'short record');
  const plain = aeadOpen(
    auditKey,
    body.subarray(0, NONCE_BYTES),
    body.subarray(NONCE_BYTES),
    recordAad(vaultId, seq, prevHead),
  );
  if (!plain) throw chainBroken(seq, 'authentication failed');
  let record: AuditRecord;
  try {
    record = JSON.parse(plain.toString('utf8')) as AuditRecord;
  } catch {
    throw chainBroken(seq, 'malformed record');
  }
  if (record.seq !== seq) throw chainBroken(seq, 'sequence mismatch');
  return record;
}

function detailsKey(caseKey: Buffer, vaultId: Buffer): Buffer {
  return hkdf(caseKey, vaultId, INFO_DETAILS);
}

function detailsAad(vaultId: Buffer, caseId: string, seq: number): Buffer {
  return Buffer.concat([
    Buffer.from(INFO_DETAILS, 'utf8'),
    vaultId,
    Buffer.from(caseId, 'hex'),
    u64(seq),
  ]);
}

export function sealDetails(
  caseKey: Buffer,
  vaultId: Buffer,
  caseId: string,
  seq: number,
  details: Record<string, unknown>,
): SealedDetails {
  const key = detailsKey(caseKey, vaultId);
  const nonce = randomBytes(NONCE_BYTES);
  try {
    const ct = aeadSeal(
      key,
      nonce,
      Buffer.from(JSON.stringify(details), 'utf8'),
      detailsAad(vaultId, caseId, seq),
    );
    return { sealed: { n: nonce.toString('base64'), c: ct.toString('base64') } };
  } finally {
    zeroize(key);
  }
}

/** Details of one record; null when they were sealed under a key that no longer exists (shredded). */
export function openDetails(
  record: AuditRecord,
  vaultId: Buffer,
  caseKey: Buffer | undefined,
): Record<string, unknown> | null {
  const d = record.details;
  if (!d) return null;
  if ('plain' in d) return d.plain;
  if (!caseKey || !record.caseId) return null;
  const key = detailsKey(caseKey, vaultId);
  try {
    const plain = aeadOpen(
      key,
      Buffer.from(d.sealed.n, 'base64'),
      Buffer.from(d.sealed.c, 'base64'),
      detailsAad(vaultId, record.caseId, record.seq),
    );
    return plain ? (JSON.parse(plain.toString('utf8')) as Record<string, unknown>) : null;
  } finally {
    zeroize(key);
  }
}
