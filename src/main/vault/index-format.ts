import { z } from 'zod';
import { AppError } from '../ipc/app-error';

/**
 * The decrypted content of `index.cfd`, the vault's single commit point (vault.md §5, §8).
 * Everything the case list needs lives here so the list opens without decrypting every case.
 */

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const caseEntrySchema = z.object({
  /** 60-byte wrapped CK (base64), wrapped under K_wrap with vaultId and caseId bound in the AAD. */
  wrappedKey: z.string().min(1),
  currentSeq: z.number().int().positive(),
  /** Hex SHA-256 of the current case file (header ‖ ciphertext ‖ tag). */
  sha256: hex(32),
  overview: z.record(z.string(), z.unknown()),
  legalHold: z.boolean(),
  blobIds: z.array(hex(16)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseEntry = z.infer<typeof caseEntrySchema>;

export const indexSchema = z.object({
  v: z.literal(1),
  cases: z.record(hex(16), caseEntrySchema),
  /** Vault settings: small, so kept inside the index and committed with it atomically. */
  settings: z.record(z.string(), z.unknown()),
  /**
   * The audit log size after this commit's own event, and the head just before that event (the
   * event itself records this index's hash, so the head after it cannot be known in advance).
   */
  audit: z.object({ size: z.number().int().nonnegative(), headBefore: hex(32) }),
  /** Shredded case ids whose leftover files start-up must finish deleting (a crash mid-shred). */
  shredded: z.array(hex(16)),
  shreddedBlobs: z.array(hex(16)),
});
export type IndexData = z.infer<typeof indexSchema>;

export function parseIndex(value: unknown): IndexData {
  const parsed = indexSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('DocCorrupt', 'The vault index has an unexpected structure.');
  }
  return parsed.data;
}

export const CASE_FILE_RE = /^([0-9a-f]{32})\.(\d+)\.cfd$/;
export const BLOB_FILE_RE = /^([0-9a-f]{32})\.cfb$/;

export function caseFileName(caseId: string, seq: number): string {
  return `${caseId}.${seq}.cfd`;
}
