import { z } from 'zod';
import { AppError } from '../ipc/app-error';
import { pdfProtectionSchema } from './pdf-encrypt-r6';

/**
 * The declarative shape of a generated document: a list of typed blocks plus page furniture.
 * Document modules (emergency kit, investigation report, letters) build a spec; the engine turns it
 * into PDF bytes. Everything is validated here so a caller's mistake is reported by field name
 * instead of surfacing as a pdfkit crash halfway through a page.
 */

// Text that reaches the PDF: bounded so a runaway caller cannot make the renderer spin for minutes.
const text = z.string().max(20_000);
const label = z.string().min(1).max(500);

export const titleBlockSchema = z.strictObject({
  type: z.literal('title'),
  text: label,
  subtitle: label.optional(),
});

export const headingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: label,
  /** Bookmarks are on by default; a heading can opt out (e.g. a repeated "Notes"). */
  outline: z.boolean().optional(),
});

export const paragraphBlockSchema = z.strictObject({
  type: z.literal('paragraph'),
  text,
  tone: z.enum(['normal', 'emphasis', 'muted', 'small']).optional(),
});

export const listBlockSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean().optional(),
  items: z.array(text).min(1).max(1000),
});

export const keyValueBlockSchema = z.strictObject({
  type: z.literal('keyValue'),
  items: z
    .array(z.strictObject({ key: label, value: text }))
    .min(1)
    .max(500),
});

export const tableColumnSchema = z.strictObject({
  header: label,
  /** Relative width; columns share the text width in proportion. Default 1. */
  weight: z.number().positive().max(100).optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
});

export const tableBlockSchema = z
  .strictObject({
    type: z.literal('table'),
    columns: z.array(tableColumnSchema).min(1).max(12),
    rows: z.array(z.array(text)).max(10_000),
    caption: label.optional(),
    /**
     * A table of contents: each row's first cell names a level-1 heading, and the last column is
     * filled with that heading's page once the document is laid out (what the spec says there is
     * ignored). Page numbers must fit the column on one line.
     */
    contents: z.boolean().optional(),
  })
  .refine((t) => t.rows.every((row) => row.length === t.columns.length), {
    message: 'every table row needs exactly one cell per column',
    path: ['rows'],
  })
  .refine((t) => !t.contents || t.columns.length >= 2, {
    message: 'a contents table needs a heading column and a page column',
    path: ['columns'],
  });

export const signatureBlockSchema = z.strictObject({
  type: z.literal('signatures'),
  signatories: z
    .array(z.strictObject({ name: label, title: label.optional(), role: label.optional() }))
    .min(1)
    .max(12),
});

export const calloutBlockSchema = z.strictObject({
  type: z.literal('callout'),
  tone: z.enum(['info', 'warning']).optional(),
  title: label.optional(),
  text,
});

/** Fixed-width code groups in a grid (recovery keys, hashes); the last may be marked as a check. */
export const codeGroupsBlockSchema = z.strictObject({
  type: z.literal('codeGroups'),
  groups: z
    .array(z.string().regex(/^[0-9A-Za-z]{1,8}$/, 'groups are 1–8 letters or digits'))
    .min(1)
    .max(64),
  checkLast: z.boolean().optional(),
  columns: z.number().int().min(1).max(8).optional(),
  caption: label.optional(),
});

/** A labelled blank line to complete by hand (never for secrets). */
export const writeInBlockSchema = z.strictObject({
  type: z.literal('writeIn'),
  label,
  lines: z.number().int().min(1).max(6).optional(),
});

export const pageBreakBlockSchema = z.strictObject({ type: z.literal('pageBreak') });

export const blockSchema = z.discriminatedUnion('type', [
  titleBlockSchema,
  headingBlockSchema,
  paragraphBlockSchema,
  listBlockSchema,
  keyValueBlockSchema,
  tableBlockSchema,
  signatureBlockSchema,
  calloutBlockSchema,
  codeGroupsBlockSchema,
  writeInBlockSchema,
  pageBreakBlockSchema,
]);

export type Block = z.infer<typeof blockSchema>;
export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>;

export const documentSpecSchema = z.strictObject({
  blocks: z.array(blockSchema).min(1).max(20_000),
});
export type DocumentSpec = z.infer<typeof documentSpecSchema>;

// Checked up front: pdfkit only finds out mid-render, after the first page is laid out.
function isPngOrJpeg(bytes: Uint8Array): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b);
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return png || jpeg;
}

export const renderOptionsSchema = z.strictObject({
  /** PDF metadata title; also shown in the running header of pages after the first. */
  title: label,
  /** BCP 47 language of the content, e.g. "en-GB": screen readers and hyphenation-aware viewers. */
  lang: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'lang is a BCP 47 tag like en-GB'),
  pageSize: z.enum(['A4', 'LETTER']).optional(),
  organisation: z
    .strictObject({
      name: label,
      addressLines: z.array(label).max(6).optional(),
      /** PNG or JPEG bytes, drawn at most 48 pt tall in the letterhead. */
      logo: z
        .instanceof(Uint8Array)
        .refine(isPngOrJpeg, 'logo must be PNG or JPEG bytes')
        .optional(),
    })
    .optional(),
  /** Header marking on every page; null for documents that are not confidential. */
  confidentiality: z
    .strictObject({ marking: label.optional(), line: label.optional() })
    .nullable()
    .optional(),
  documentId: label,
  /** The caller's current audit checkpoint, e.g. "Audit checkpoint #1234 · 3f9a…" (vault.md §12). */
  auditCheckpoint: label.optional(),
  /** Metadata creation date; pass the audited generation time so the bytes can be reproduced. */
  createdAt: z.date().optional(),
  /** Password protection (ISO 32000-2 AES-256, R 6); the bytes are then not reproducible. */
  protection: pdfProtectionSchema.optional(),
});
export type RenderOptions = z.infer<typeof renderOptionsSchema>;

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
}

export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = describeIssues(result.error);
  // InvalidInput is what IPC reports for a bad request; details.issues lists every field at once.
  throw new AppError('InvalidInput', `Invalid ${what}: ${issues.join('; ')}`, { issues });
}
