import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../ipc/app-error';
import { syncDirectory } from '../storage/durable-write';
import { errnoCode, nodeFs, type FsPort } from '../storage/fs-port';
import { exportBlob, hashBlob } from './blob-export';
import { BlobReader, type BlobReadFs } from './blob-reader';
import { writeBlob } from './blob-writer';
import { zeroize } from './keys';
import type { VaultStore } from './vault-store';

/**
 * Evidence attachments inside the store (vault.md §7 "Import and export", §12 custody events).
 * The case document is opaque JSON to the store, so the attachment record is a separate typed shape
 * that the caller's `attach` function places into its own case model.
 */

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const attachmentRecordSchema = z.object({
  blobId: hex(16),
  /** Original file name, NFC-normalised so the same name typed on macOS and Windows compares equal. */
  fileName: z.string().min(1).max(1024),
  mediaType: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
  /** Hex SHA-256 of the plaintext, computed in the same pass that encrypted it. */
  sha256: hex(32),
  chunkSizeLog2: z.number().int().min(16).max(20),
  importedAt: z.iso.datetime(),
  /** Provenance in the user's words: who provided it and how it was obtained. */
  source: z.string().max(4000),
  importedBy: z.string().min(1),
});
export type AttachmentRecord = z.infer<typeof attachmentRecordSchema>;

/**
 * What the attachment code needs besides the store. VaultStore keeps its vaultId and FsPort private,
 * so the caller (who opened the vault) supplies them; the vaultId is bound into every blob header.
 */
export interface AttachmentContext {
  store: VaultStore;
  vaultId: Buffer;
  /** Must be the same file system the store writes to (tests inject one). */
  fs?: FsPort;
  readFs?: BlobReadFs;
  /** Recorded as importedBy; it should equal the store's audit actor. */
  actor: string;
  now?: () => Date;
}

export interface ImportInput {
  /** A path to a regular file, or any async iterable of bytes (e.g. a read stream). */
  source: AsyncIterable<Uint8Array> | string;
  fileName: string;
  mediaType: string;
  sourceDescription: string;
  /** 16 (64 KiB, default) … 20 (1 MiB) for large media. */
  chunkSizeLog2?: number;
  signal?: AbortSignal;
}

const hasControlChars = (text: string): boolean =>
  [...text].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

function invalid(message: string, details?: Record<string, unknown>): AppError {
  return new AppError('InvalidInput', message, details);
}

function validateInput(input: ImportInput): { fileName: string; mediaType: string } {
  const fileName = typeof input.fileName === 'string' ? input.fileName.normalize('NFC') : '';
  if (fileName.trim() === '') throw invalid('The attachment needs a file name.');
  // Control characters in a name would corrupt logs and exported filenames.
  if (hasControlChars(fileName) || fileName.length > 1024) {
    throw invalid('The attachment file name is not valid.');
  }
  const mediaType = typeof input.mediaType === 'string' ? input.mediaType.trim() : '';
  if (!/^[\w.+-]+\/[\w.+-]+(;.*)?$/.test(mediaType) || mediaType.length > 255) {
    throw invalid('The attachment media type is not valid.', { mediaType });
  }
  if (typeof input.sourceDescription !== 'string' || input.sourceDescription.length > 4000) {
    throw invalid('The source description is not valid.');
  }
  return { fileName, mediaType };
}

function parseRecord(record: AttachmentRecord): AttachmentRecord {
  const parsed = attachmentRecordSchema.safeParse(record);
  if (!parsed.success) throw invalid('The attachment record has an unexpected structure.');
  return parsed.data;
}

async function caseBlobIds(store: VaultStore, caseId: string): Promise<string[]> {
  // One entry lookup, not a summary of every case in the vault per attachment opened.
  return (await store.caseSummary(caseId)).blobIds;
}

/** Checked up front so a wrong path reads as "not found" rather than as a storage failure. */
async function checkSourcePath(source: ImportInput['source']): Promise<void> {
  if (typeof source !== 'string') return;
  const st = await stat(source).catch((error: unknown) => {
    throw new AppError('NotFound', 'The file to import was not found.', {
      cause: errnoCode(error) ?? 'EUNKNOWN',
    });
  });
  if (!st.isFile()) throw invalid('Only regular files can be imported.');
}

/** Per-case serialisation: two imports reading the same case version would drop one blobId. */
const caseLocks = new WeakMap<VaultStore, Map<string, Promise<unknown>>>();

async function withCaseLock<T>(store: VaultStore, caseId: string, task: () => Promise<T>) {
  let locks = caseLocks.get(store);
  if (!locks) caseLocks.set(store, (locks = new Map()));
  const previous = locks.get(caseId) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.catch(() => undefined);
  locks.set(caseId, tail);
  try {
    return await run;
  } finally {
    if (locks.get(caseId) === tail) locks.delete(caseId);
  }
}

/**
 * Import evidence: blob durable first, then the case document and the index that reference it,
 * then the custody event. Any failure before the commit removes the new blob; a blob whose commit
 * outcome is unknown is left for start-up recovery, which quarantines it if unreferenced.
 */
export async function importAttachment<Doc>(
  ctx: AttachmentContext,
  caseId: string,
  input: ImportInput,
  attach: (doc: Doc, record: AttachmentRecord) => Doc,
): Promise<AttachmentRecord> {
  const { store } = ctx;
  const fs = ctx.fs ?? nodeFs;
  const { fileName, mediaType } = validateInput(input);
  if (!store.hasCase(caseId)) {
    throw new AppError('NotFound', 'No such case in this vault.', { caseId });
  }
  await checkSourcePath(input.source);
  // Start-up repair quarantines unreferenced blobs: no new blob may appear before it has run.
  await store.ready();
  return withCaseLock(store, caseId, async () => {
    const blobId = randomBytes(16).toString('hex');
    const blobPath = store.blobPath(blobId);
    const caseKey = store.unwrapCaseKey(caseId);
    let written;
    // Opened only now, inside the lock, so no early failure can leave a file descriptor behind;
    // writeBlob consumes (and so closes) it on success and on error.
    const source = typeof input.source === 'string' ? createReadStream(input.source) : input.source;
    try {
      written = await writeBlob({
        path: blobPath,
        blobId: Buffer.from(blobId, 'hex'),
        source,
        caseKey,
        vaultId: ctx.vaultId,
        caseId: Buffer.from(caseId, 'hex'),
        ...(input.chunkSizeLog2 !== undefined ? { chunkSizeLog2: input.chunkSizeLog2 } : {}),
        fs,
        ...(input.signal ? { signal: input.signal } : {}),
      });
    } finally {
      zeroize(caseKey);
    }
    const record: AttachmentRecord = {
      blobId,
      fileName,
      mediaType,
      size: written.size,
      sha256: written.sha256,
      chunkSizeLog2: written.chunkSizeLog2,
      importedAt: (ctx.now?.() ?? new Date()).toISOString(),
      source: input.sourceDescription,
      importedBy: ctx.actor,
    };
    let attempted = false;
    try {
      const existing = await caseBlobIds(store, caseId);
      const { value } = await store.readCase<Doc>(caseId);
      const next = attach(value, structuredClone(record));
      attempted = true;
      await store.updateCase(caseId, next, { blobIds: [...existing, blobId] });
    } catch (error) {
      // After a failed updateCase the index may or may not have reached disk; listCases re-reads it.
      const committed = attempted
        ? await caseBlobIds(store, caseId).then(
            (ids) => ids.includes(blobId),
            () => undefined,
          )
        : false;
      if (committed === false) {
        await fs.unlink(blobPath).catch(() => undefined);
        await syncDirectory(fs, dirname(blobPath)).catch(() => undefined);
      }
      if (!committed) throw error;
    }
    try {
      await store.recordEvent('evidence.imported', {
        caseId,
        blobId,
        details: {
          fileName,
          sha256: record.sha256,
          size: record.size,
          mediaType,
          source: record.source,
        },
      });
    } catch (error) {
      // The attachment is committed; say so, or a retry would import a duplicate.
      const code = error instanceof AppError ? error.code : 'StorageIOError';
      throw new AppError(code, 'The attachment was saved, but its custody event was not logged.', {
        committed: true,
        blobId,
      });
    }
    return record;
  });
}

/** Open without a custody event (internal: export and verify log, or not, themselves). */
async function openReader(
  ctx: AttachmentContext,
  caseId: string,
  record: AttachmentRecord,
): Promise<{ reader: BlobReader; record: AttachmentRecord }> {
  const valid = parseRecord(record);
  const ids = await caseBlobIds(ctx.store, caseId);
  if (!ids.includes(valid.blobId)) {
    throw new AppError('NotFound', 'This attachment is not part of this case.', {
      caseId,
      blobId: valid.blobId,
    });
  }
  const caseKey = ctx.store.unwrapCaseKey(caseId);
  try {
    const reader = await BlobReader.open({
      path: ctx.store.blobPath(valid.blobId),
      caseKey,
      vaultId: ctx.vaultId,
      caseId: Buffer.from(caseId, 'hex'),
      blobId: Buffer.from(valid.blobId, 'hex'),
      size: valid.size,
      ...(ctx.readFs ? { readFs: ctx.readFs } : {}),
    });
    return { reader, record: valid };
  } catch (error) {
    if (error instanceof AppError && error.details?.['cause'] === 'ENOENT') {
      throw new AppError(
        'DocMissing',
        'The attachment file the case lists is missing. Restore it.',
        {
          caseId,
          blobId: valid.blobId,
        },
      );
    }
    throw error;
  } finally {
    zeroize(caseKey);
  }
}

/**
 * Open an attachment for viewing; logs `evidence.viewed` before any plaintext can be read, so no
 * view escapes the custody log. The caller must close() the reader. For media playback hold one
 * reader and call readRange on it, rather than one readAttachmentRange (one event) per request.
 */
export async function openAttachment(
  ctx: AttachmentContext,
  caseId: string,
  record: AttachmentRecord,
): Promise<BlobReader> {
  const opened = await openReader(ctx, caseId, record);
  try {
    await ctx.store.recordEvent('evidence.viewed', {
      caseId,
      blobId: opened.record.blobId,
      details: { fileName: opened.record.fileName, sha256: opened.record.sha256 },
    });
  } catch (error) {
    await opened.reader.close();
    throw error;
  }
  return opened.reader;
}

/** Bytes [start, end) of an attachment: open (logged as a view), read, close. */
export async function readAttachmentRange(
  ctx: AttachmentContext,
  caseId: string,
  record: AttachmentRecord,
  start: number,
  end: number,
): Promise<Buffer> {
  const reader = await openAttachment(ctx, caseId, record);
  try {
    return await reader.readRange(start, end);
  } finally {
    await reader.close();
  }
}

/** Decrypt to a user-chosen path, re-checking the import SHA-256; then log `evidence.exported`. */
export async function exportAttachment(
  ctx: AttachmentContext,
  caseId: string,
  record: AttachmentRecord,
  destination: string,
): Promise<{ sha256: string; size: number }> {
  const { reader, record: valid } = await openReader(ctx, caseId, record);
  let result: { sha256: string; size: number };
  try {
    result = await exportBlob(reader, destination, valid.sha256, ctx.fs ?? nodeFs);
  } finally {
    await reader.close();
  }
  await ctx.store.recordEvent('evidence.exported', {
    caseId,
    blobId: valid.blobId,
    // Only the basename: the full path would reveal the user's folder layout in the log.
    details: {
      fileName: valid.fileName,
      sha256: result.sha256,
      destination: basename(destination),
    },
  });
  return result;
}

/** Re-read every chunk and compare with the import SHA-256 (vault.md G3). Throws BlobCorrupt. */
export async function verifyAttachment(
  ctx: AttachmentContext,
  caseId: string,
  record: AttachmentRecord,
): Promise<{ sha256: string; size: number }> {
  const { reader, record: valid } = await openReader(ctx, caseId, record);
  try {
    const sha256 = await hashBlob(reader);
    if (sha256 !== valid.sha256) {
      throw new AppError('BlobCorrupt', 'The attachment does not match its recorded SHA-256.', {
        reason: 'sha256',
      });
    }
    return { sha256, size: valid.size };
  } finally {
    await reader.close();
  }
}
