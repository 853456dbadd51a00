import { z } from 'zod';

// Ids are 128-bit random values rendered as lowercase hex. They are generated in main
// (node:crypto); shared code only checks their shape, so a renderer cannot smuggle paths or
// prototype keys in where an id is expected.
export const ID_PATTERN = /^[0-9a-f]{32}$/;
export const idSchema = z.string().regex(ID_PATTERN, 'Expected 32 lowercase hex characters');
export type Id = z.infer<typeof idSchema>;

export const caseIdSchema = idSchema;
export const personIdSchema = idSchema;

/** Hex SHA-256 of a file's plaintext. */
export const sha256HexSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'Expected a hex SHA-256 (64 lowercase hex characters)');

/**
 * Free text typed by the user. NFC first, so the same words typed on macOS (often decomposed) and
 * Windows (composed) compare, search and sort equal; then trimmed, then bounded.
 */
export const textSchema = (max: number) => z.string().normalize('NFC').trim().max(max);
export const requiredTextSchema = (max: number) =>
  z.string().normalize('NFC').trim().min(1).max(max);

export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 20_000;
export const NOTE_TEXT_MAX = 100_000;
