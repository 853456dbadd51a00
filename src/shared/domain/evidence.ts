import { z } from 'zod';
import { calendarDateSchema, timestampSchema } from './dates';
import { idSchema, LONG_TEXT_MAX, sha256HexSchema, SHORT_TEXT_MAX, textSchema } from './ids';

// Metadata of an evidence item. The bytes live in an encrypted blob (main/vault/attachments.ts);
// these fields are written by main at import and never edited, because "is this the original
// file?" is answered by the SHA-256 taken at that moment (domain.md §2 Evidence).

/** Blob ids are 16 random bytes, like every other id. */
export const blobIdSchema = idSchema;

export const evidenceItemSchema = z.strictObject({
  id: idSchema,
  blobId: blobIdSchema,
  /** "E1", "E2"…: the exhibit reference used in the report and the bundle manifest. */
  exhibit: z.string().regex(/^E\d{1,4}$/, 'An exhibit reference looks like E1'),
  originalFileName: z.string().normalize('NFC').min(1).max(1024),
  mediaType: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
  sha256: sha256HexSchema,
  /** Who provided it and how it was obtained, in the user's words. */
  source: textSchema(2000),
  collectedBy: textSchema(SHORT_TEXT_MAX),
  collectedOn: calendarDateSchema.nullable(),
  description: textSchema(LONG_TEXT_MAX),
  importedAt: timestampSchema,
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

export const custodyEventKindSchema = z.enum(['import', 'view', 'export']);
export type CustodyEventKind = z.infer<typeof custodyEventKindSchema>;

/**
 * Append-only, written by main beside the matching audit event; kept in the case so the custody
 * history of one item can be shown and exported without replaying the vault's audit log.
 */
export const custodyEntrySchema = z.strictObject({
  evidenceId: idSchema,
  event: custodyEventKindSchema,
  at: timestampSchema,
  actor: textSchema(SHORT_TEXT_MAX).min(1),
  note: textSchema(2000).optional(),
});
export type CustodyEntry = z.infer<typeof custodyEntrySchema>;

/** One past the highest exhibit reference, so the report never shows two items as "E3". */
export function nextExhibit(existing: readonly { exhibit: string }[]): string {
  const highest = existing.reduce((max, item) => Math.max(max, Number(item.exhibit.slice(1))), 0);
  return `E${highest + 1}`;
}

export function custodyOf(log: readonly CustodyEntry[], evidenceId: string): CustodyEntry[] {
  return log.filter((e) => e.evidenceId === evidenceId).sort((a, b) => a.at.localeCompare(b.at));
}
