import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, type FsPort } from '../../../src/main/storage/fs-port';
import {
  exportAttachment,
  importAttachment,
  openAttachment,
  readAttachmentRange,
  verifyAttachment,
  type AttachmentContext,
  type AttachmentRecord,
} from '../../../src/main/vault/attachments';
import { BLOB_HEADER_BYTES } from '../../../src/main/vault/blob-format';
import type { VaultStore } from '../../../src/main/vault/vault-store';
import { removeDir, scanForCanaries, tempDir } from './helpers/real-dir';
import { codeOf, createStore, testVault } from './helpers/vault-fixture';

type Doc = { attachments: AttachmentRecord[] };
const attach = (doc: Doc, record: AttachmentRecord): Doc => ({
  attachments: [...doc.attachments, record],
});

const dirs: string[] = [];
const stores: VaultStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  for (const d of dirs.splice(0)) await removeDir(d);
});

async function setup(fs: FsPort = nodeFs) {
  const parent = await tempDir('confidant-attach-');
  dirs.push(parent);
  const root = join(parent, 'vault');
  const t = testVault(nodeFs);
  const store = await createStore(t, root);
  stores.push(store);
  const ctx: AttachmentContext = { store, vaultId: t.vaultId, fs, actor: 'tester' };
  const caseId = await store.createCase({ title: 'c' }, { attachments: [] });
  return { parent, root, store, ctx, caseId };
}

async function* pieces(data: Buffer, size = 10_000): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function blobFiles(root: string): Promise<string[]> {
  return (await readdir(join(root, 'blobs'))).sort();
}

describe('attachments in the store', () => {
  it.each([0, 1, 65536, 65537, 3 * 1024 * 1024 + 5])(
    'imports %i bytes and reads them back byte-identical',
    async (size) => {
      const { store, ctx, caseId } = await setup();
      const data = randomBytes(size);
      const record = await importAttachment<Doc>(
        ctx,
        caseId,
        {
          source: pieces(data),
          fileName: 'cafe\u0301.eml',
          mediaType: 'message/rfc822',
          sourceDescription: 'Forwarded by the complainant',
        },
        attach,
      );
      expect(record.size).toBe(size);
      expect(record.sha256).toBe(sha(data));
      expect(record.fileName).toBe('caf\u00e9.eml');
      expect(record.importedBy).toBe('tester');
      expect((await store.readCase<Doc>(caseId)).value.attachments).toEqual([record]);
      expect((await store.listCases())[0]!.blobIds).toEqual([record.blobId]);

      const reader = await openAttachment(ctx, caseId, record);
      const parts: Buffer[] = [];
      for await (const chunk of reader.chunks()) parts.push(chunk);
      await reader.close();
      expect(Buffer.concat(parts).equals(data)).toBe(true);
      expect(await verifyAttachment(ctx, caseId, record)).toEqual({ sha256: sha(data), size });

      const events = await store.auditEvents();
      const imported = events.find((e) => e.action === 'evidence.imported');
      expect(imported?.blobId).toBe(record.blobId);
      expect(imported?.openDetails).toMatchObject({
        fileName: 'caf\u00e9.eml',
        sha256: sha(data),
        size,
        source: 'Forwarded by the complainant',
      });
      expect(events.filter((e) => e.action === 'evidence.viewed')).toHaveLength(1);
    },
  );

  it('imports from a file path and reads ranges across chunk boundaries', async () => {
    const { parent, ctx, caseId } = await setup();
    const data = randomBytes(200_000);
    const src = join(parent, 'photo.jpg');
    await writeFile(src, data);
    const record = await importAttachment<Doc>(
      ctx,
      caseId,
      { source: src, fileName: 'photo.jpg', mediaType: 'image/jpeg', sourceDescription: 'HR' },
      attach,
    );
    const range = await readAttachmentRange(ctx, caseId, record, 65_000, 140_000);
    expect(range.equals(data.subarray(65_000, 140_000))).toBe(true);
  });

  it('exports byte-identical bytes, re-checking the hash, and logs the basename only', async () => {
    const { parent, store, ctx, caseId } = await setup();
    const data = randomBytes(100_000);
    const record = await importAttachment<Doc>(
      ctx,
      caseId,
      { source: pieces(data), fileName: 'a.wav', mediaType: 'audio/wav', sourceDescription: '' },
      attach,
    );
    const dest = join(parent, 'out.wav');
    expect(await exportAttachment(ctx, caseId, record, dest)).toEqual({
      sha256: sha(data),
      size: data.length,
    });
    expect((await readFile(dest)).equals(data)).toBe(true);
    const exported = (await store.auditEvents()).find((e) => e.action === 'evidence.exported');
    expect(exported?.openDetails).toEqual({
      fileName: 'a.wav',
      sha256: sha(data),
      destination: 'out.wav',
    });
  });

  it('a tampered blob fails export with BlobCorrupt and leaves no file at the destination', async () => {
    const { parent, store, ctx, caseId } = await setup();
    const data = randomBytes(150_000);
    const record = await importAttachment<Doc>(
      ctx,
      caseId,
      {
        source: pieces(data),
        fileName: 'x.bin',
        mediaType: 'application/x',
        sourceDescription: '',
      },
      attach,
    );
    const path = store.blobPath(record.blobId);
    const bytes = await readFile(path);
    bytes[BLOB_HEADER_BYTES + 70_000]! ^= 1;
    await writeFile(path, bytes);
    const dest = join(parent, 'out.bin');
    expect(await codeOf(exportAttachment(ctx, caseId, record, dest))).toBe('BlobCorrupt');
    expect(await codeOf(verifyAttachment(ctx, caseId, record))).toBe('BlobCorrupt');
    expect((await readdir(parent)).filter((n) => n.includes('out.bin'))).toEqual([]);
    expect((await store.auditEvents()).some((e) => e.action === 'evidence.exported')).toBe(false);
  });

  it('a record whose hash differs from the blob fails export (sha256) with no output', async () => {
    const { parent, ctx, caseId } = await setup();
    const record = await importAttachment<Doc>(
      ctx,
      caseId,
      { source: pieces(randomBytes(10)), fileName: 'y', mediaType: 'a/b', sourceDescription: '' },
      attach,
    );
    const wrong = { ...record, sha256: 'ab'.repeat(32) };
    const dest = join(parent, 'y.out');
    expect(await codeOf(exportAttachment(ctx, caseId, wrong, dest))).toBe('BlobCorrupt');
    expect(await codeOf(verifyAttachment(ctx, caseId, wrong))).toBe('BlobCorrupt');
    expect((await readdir(parent)).filter((n) => n.includes('y.out'))).toEqual([]);
  });

  it('a failure in attach removes the blob and leaves the case unchanged', async () => {
    const { root, store, ctx, caseId } = await setup();
    const before = await store.readCase(caseId);
    const failing = (): Doc => {
      throw new Error('model rejected');
    };
    await expect(
      importAttachment<Doc>(
        ctx,
        caseId,
        {
          source: pieces(randomBytes(5000)),
          fileName: 'f',
          mediaType: 'a/b',
          sourceDescription: '',
        },
        failing,
      ),
    ).rejects.toThrow('model rejected');
    expect(await blobFiles(root)).toEqual([]);
    expect(await store.readCase(caseId)).toEqual(before);
    expect((await store.listCases())[0]!.blobIds).toEqual([]);
  });

  it('a failure in updateCase removes the blob; the index never referenced it', async () => {
    const { root, store, ctx, caseId } = await setup();
    const before = await store.readCase(caseId);
    // A document the store cannot encode (BigInt is not JSON) makes updateCase fail before commit.
    const bad = (): Doc => ({ attachments: [], n: 1n }) as unknown as Doc;
    const code = await codeOf(
      importAttachment<Doc>(
        ctx,
        caseId,
        {
          source: pieces(randomBytes(5000)),
          fileName: 'f',
          mediaType: 'a/b',
          sourceDescription: '',
        },
        bad,
      ),
    ).catch(() => 'threw');
    expect(code).not.toBe('ok');
    expect(await blobFiles(root)).toEqual([]);
    expect(await store.readCase(caseId)).toEqual(before);
    expect((await store.listCases())[0]!.blobIds).toEqual([]);
  });

  it('a source that fails mid-stream leaves no blob or temp file', async () => {
    const { root, ctx, caseId } = await setup();
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield randomBytes(100_000);
      throw Object.assign(new Error('read failed'), { code: 'EIO' });
    }
    expect(
      await codeOf(
        importAttachment<Doc>(
          ctx,
          caseId,
          { source: broken(), fileName: 'f', mediaType: 'a/b', sourceDescription: '' },
          attach,
        ),
      ),
    ).toBe('StorageIOError');
    expect(await blobFiles(root)).toEqual([]);
  });

  it('an aborted import is Cancelled and leaves no blob', async () => {
    const { root, store, ctx, caseId } = await setup();
    const controller = new AbortController();
    async function* slow(): AsyncGenerator<Uint8Array> {
      yield randomBytes(100_000);
      controller.abort();
      yield randomBytes(100_000);
    }
    expect(
      await codeOf(
        importAttachment<Doc>(
          ctx,
          caseId,
          {
            source: slow(),
            fileName: 'f',
            mediaType: 'a/b',
            sourceDescription: '',
            signal: controller.signal,
          },
          attach,
        ),
      ),
    ).toBe('Cancelled');
    expect(await blobFiles(root)).toEqual([]);
    expect((await store.listCases())[0]!.blobIds).toEqual([]);
  });

  it('bad input gets a typed error and changes nothing', async () => {
    const { root, store, ctx, caseId } = await setup();
    const input = { source: pieces(Buffer.from('x')), mediaType: 'a/b', sourceDescription: '' };
    expect(
      await codeOf(importAttachment<Doc>(ctx, caseId, { ...input, fileName: ' ' }, attach)),
    ).toBe('InvalidInput');
    expect(
      await codeOf(
        importAttachment<Doc>(ctx, 'ab'.repeat(16), { ...input, fileName: 'f' }, attach),
      ),
    ).toBe('NotFound');
    expect(
      await codeOf(
        importAttachment<Doc>(
          ctx,
          caseId,
          { ...input, fileName: 'f', source: '/nonexistent/x' },
          attach,
        ),
      ),
    ).toBe('NotFound');
    expect(await blobFiles(root)).toEqual([]);

    const record = await importAttachment<Doc>(
      ctx,
      caseId,
      { ...input, source: pieces(randomBytes(70_000)), fileName: 'f' },
      attach,
    );
    const eventsBefore = (await store.auditEvents()).length;
    expect(await codeOf(openAttachment(ctx, caseId, { ...record, size: record.size + 1 }))).toBe(
      'BlobTruncated',
    );
    expect(await codeOf(openAttachment(ctx, caseId, { ...record, size: record.size - 1 }))).toBe(
      'BlobTrailingData',
    );
    expect(await codeOf(openAttachment(ctx, caseId, { ...record, blobId: 'ef'.repeat(16) }))).toBe(
      'NotFound',
    );
    await nodeFs.unlink(store.blobPath(record.blobId));
    expect(await codeOf(openAttachment(ctx, caseId, record))).toBe('DocMissing');
    expect((await store.auditEvents()).length).toBe(eventsBefore);
  });

  it('shredding the case removes its blobs', async () => {
    const { root, store, ctx, caseId } = await setup();
    for (const n of [1, 2]) {
      await importAttachment<Doc>(
        ctx,
        caseId,
        {
          source: pieces(randomBytes(n)),
          fileName: `f${n}`,
          mediaType: 'a/b',
          sourceDescription: '',
        },
        attach,
      );
    }
    expect(await blobFiles(root)).toHaveLength(2);
    await store.shredCase(caseId);
    expect(await blobFiles(root)).toEqual([]);
  });

  it('no plaintext canary from the attachment or its name reaches any file in the vault', async () => {
    const started = Date.now() - 1000;
    const { root, store, ctx, caseId } = await setup();
    const canary = `CANARY-attachment-${randomBytes(6).toString('hex')}`;
    const nameCanary = `CANARY-name-${randomBytes(6).toString('hex')}`;
    const body = Buffer.from(`${canary}\n`.repeat(5000));
    const record = await importAttachment<Doc>(
      ctx,
      caseId,
      {
        source: pieces(body),
        fileName: `${nameCanary}.txt`,
        mediaType: 'text/plain',
        sourceDescription: nameCanary,
      },
      attach,
    );
    const reader = await openAttachment(ctx, caseId, record);
    await reader.readRange(0, 100);
    await reader.close();
    await verifyAttachment(ctx, caseId, record);
    await store.close();
    expect(await scanForCanaries([root], [canary, nameCanary], started)).toEqual([]);
  });

  it('imports with bounded memory: never more than a few chunks ahead of what reached disk', async () => {
    let written = 0;
    const counting: FsPort = {
      ...nodeFs,
      async open(path, flags, mode) {
        const handle = await nodeFs.open(path, flags, mode);
        return {
          write: async (buffer, offset, length, position) => {
            const result = await handle.write(buffer, offset, length, position);
            written += result.bytesWritten;
            return result;
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    const { store, ctx, caseId } = await setup(counting);
    const piece = Buffer.alloc(16 * 1024, 7);
    const total = 48 * 1024 * 1024;
    let pulled = 0;
    let maxAhead = 0;
    const hash = createHash('sha256');
    async function* source(): AsyncGenerator<Uint8Array> {
      while (pulled < total) {
        maxAhead = Math.max(maxAhead, pulled - written);
        pulled += piece.length;
        hash.update(piece);
        yield piece;
      }
    }
    const record = await importAttachment<Doc>(
      ctx,
      caseId,
      { source: source(), fileName: 'big.mp4', mediaType: 'video/mp4', sourceDescription: '' },
      attach,
    );
    expect(record.size).toBe(total);
    expect(record.sha256).toBe(hash.digest('hex'));
    // The writer holds at most one chunk (64 KiB) plus the piece in flight.
    expect(maxAhead).toBeLessThanOrEqual(2 * 64 * 1024 + piece.length);
    expect((await stat(store.blobPath(record.blobId))).size).toBeGreaterThan(total);
    expect(await verifyAttachment(ctx, caseId, record)).toEqual({
      sha256: record.sha256,
      size: total,
    });
  });
});
