import { stat } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve, isAbsolute } from 'node:path';
import { overviewOf, type CaseDoc } from '../../shared/domain/case-doc';
import { nextExhibit, type CustodyEntry, type EvidenceItem } from '../../shared/domain/evidence';
import { EVIDENCE_VIEW_MAX_BYTES } from '../../shared/ipc/case-contract';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { AppError } from '../ipc/app-error';
import type { Clock } from '../ports/clock';
import type { Dialogs } from '../ports/dialogs';
import {
  exportAttachment,
  importAttachment,
  openAttachment,
  type AttachmentContext,
  type AttachmentRecord,
} from '../vault/attachments';
import { newId, parseCaseDoc } from './case-doc-rules';
import type { CaseWorkspaces, OpenWorkspace } from './workspace';

const MEDIA_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.eml': 'message/rfc822',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mediaTypeOf(fileName: string): string {
  return MEDIA_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

const CUSTODY_RETRIES = 3;

/** Evidence channels over attachments.ts: main chooses files itself and logs every custody step. */
export class EvidenceService {
  constructor(
    private readonly workspaces: CaseWorkspaces,
    private readonly clock: Clock,
    private readonly dialogs: Dialogs,
  ) {}

  private context(ws: OpenWorkspace): AttachmentContext {
    return {
      store: ws.store,
      vaultId: ws.access.vaultId,
      actor: ws.access.actor,
      now: () => this.clock.now(),
    };
  }

  /**
   * Renderer-given paths are hints only: each must be an absolute path to a regular file outside
   * the vault folder (a compromised renderer must not re-import another case's blob or vault.json).
   */
  private async checkPaths(ws: OpenWorkspace, paths: readonly string[]): Promise<string[]> {
    const vaultRoot = dirname(dirname(ws.store.blobPath('0'.repeat(32))));
    const checked: string[] = [];
    for (const path of paths) {
      const full = resolve(path);
      const inside = relative(vaultRoot, full);
      const underVault = inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
      const st = await stat(full).catch(() => null);
      if (!isAbsolute(path) || underVault || !st?.isFile()) {
        throw new AppError('InvalidInput', 'One of the files cannot be imported.', {
          fileName: basename(path),
        });
      }
      checked.push(full);
    }
    return checked;
  }

  async import(input: ParsedInputOf<'evidence:import'>): Promise<OutputOf<'evidence:import'>> {
    const ws = this.workspaces.open();
    const base = await ws.store.readCase<CaseDoc>(input.caseId);
    if (
      base.seq !== input.expectedSeq &&
      !ws.onlyMainWroteSince(input.caseId, input.expectedSeq, base.seq)
    ) {
      throw new AppError('Conflict', 'The case was changed since it was opened.', {
        caseId: input.caseId,
      });
    }
    const paths = input.paths
      ? await this.checkPaths(ws, input.paths)
      : await this.dialogs.chooseFilesToOpen({ title: 'Import evidence', multiple: true });
    if (paths.length === 0) throw new AppError('Cancelled', 'No file was chosen.');
    const ctx = this.context(ws);
    const items: EvidenceItem[] = [];
    let expected = base.value.updatedAt;
    for (const path of paths) {
      const fileName = basename(path);
      await importAttachment<CaseDoc>(
        ctx,
        input.caseId,
        {
          source: path,
          fileName,
          mediaType: mediaTypeOf(fileName),
          sourceDescription: input.source,
        },
        (doc, record) => {
          if (doc.updatedAt !== expected) {
            throw new AppError('Conflict', 'The case was changed during the import.');
          }
          const item: EvidenceItem = {
            id: newId(),
            blobId: record.blobId,
            exhibit: nextExhibit(doc.evidence),
            originalFileName: record.fileName,
            mediaType: record.mediaType,
            size: record.size,
            sha256: record.sha256,
            source: input.source,
            collectedBy: input.collectedBy,
            collectedOn: input.collectedOn,
            description: input.description,
            importedAt: record.importedAt,
          };
          const custody: CustodyEntry = {
            evidenceId: item.id,
            event: 'import',
            at: record.importedAt,
            actor: ctx.actor,
            note: `SHA-256 ${record.sha256}`,
          };
          items.push(item);
          const next = parseCaseDoc({
            ...doc,
            evidence: [...doc.evidence, item],
            custody: [...doc.custody, custody],
            updatedAt: record.importedAt,
          });
          expected = next.updatedAt;
          return next;
        },
      );
    }
    const after = await ws.store.readCase<CaseDoc>(input.caseId);
    for (let s = base.seq + 1; s <= after.seq; s += 1) ws.markMainOnly(input.caseId, s);
    ws.indexCase(after.value, after.seq);
    const nameOf = await ws.nameLookup();
    return {
      caseId: input.caseId,
      seq: after.seq,
      overview: overviewOf(after.value, nameOf),
      items,
    };
  }

  private async item(ws: OpenWorkspace, caseId: string, evidenceId: string) {
    const { value } = await ws.store.readCase<CaseDoc>(caseId);
    const item = value.evidence.find((e) => e.id === evidenceId);
    if (!item) throw new AppError('NotFound', 'No such evidence item in this case.');
    const record: AttachmentRecord = {
      blobId: item.blobId,
      fileName: item.originalFileName,
      mediaType: item.mediaType,
      size: item.size,
      sha256: item.sha256,
      // The reader takes the chunk size from the blob's authenticated header, not from here.
      chunkSizeLog2: 16,
      importedAt: item.importedAt,
      source: item.source.slice(0, 4000),
      importedBy: ws.access.actor,
    };
    return { item, record };
  }

  /** Append one custody line: main's own write, conditional on the version it read, retried. */
  private async custody(ws: OpenWorkspace, caseId: string, entry: CustodyEntry): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const { value, seq } = await ws.store.readCase<CaseDoc>(caseId);
      const next = { ...value, custody: [...value.custody, entry] };
      try {
        const saved = await ws.store.updateCase(caseId, next, { expectedSeq: seq });
        ws.markMainOnly(caseId, saved);
        return;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'Conflict') || attempt >= CUSTODY_RETRIES)
          throw error;
      }
    }
  }

  async view(input: ParsedInputOf<'evidence:view'>): Promise<OutputOf<'evidence:view'>> {
    const ws = this.workspaces.open();
    const { item, record } = await this.item(ws, input.caseId, input.evidenceId);
    const meta = {
      fileName: item.originalFileName,
      mediaType: item.mediaType,
      size: item.size,
      sha256: item.sha256,
    };
    if (item.size > EVIDENCE_VIEW_MAX_BYTES) {
      return { kind: 'too-large', ...meta, limit: EVIDENCE_VIEW_MAX_BYTES };
    }
    // openAttachment logs evidence.viewed before a byte is decrypted; the custody line follows
    // before anything leaves main.
    const reader = await openAttachment(this.context(ws), input.caseId, record);
    let bytes: Buffer;
    try {
      bytes = await reader.readRange(0, item.size);
    } finally {
      await reader.close();
    }
    await this.custody(ws, input.caseId, {
      evidenceId: item.id,
      event: 'view',
      at: this.clock.now().toISOString(),
      actor: ws.access.actor,
    });
    const base64 = bytes.toString('base64');
    bytes.fill(0);
    return { kind: 'inline', ...meta, base64 };
  }

  async export(input: ParsedInputOf<'evidence:export'>): Promise<OutputOf<'evidence:export'>> {
    const ws = this.workspaces.open();
    const { item, record } = await this.item(ws, input.caseId, input.evidenceId);
    const destination = await this.dialogs.chooseSavePath({
      title: 'Export evidence',
      defaultName: item.originalFileName,
    });
    if (destination === null) return { saved: false, sha256Verified: false };
    // exportBlob re-hashes while writing and refuses (deleting its temp file) on a mismatch.
    const result = await exportAttachment(this.context(ws), input.caseId, record, destination);
    await this.custody(ws, input.caseId, {
      evidenceId: item.id,
      event: 'export',
      at: this.clock.now().toISOString(),
      actor: ws.access.actor,
      note: `to ${basename(destination)}; SHA-256 re-checked`,
    });
    return { saved: true, sha256Verified: result.sha256 === item.sha256 };
  }
}
