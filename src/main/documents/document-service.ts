import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CaseDoc } from '../../shared/domain/case-doc';
import {
  LOGO_MAX_BYTES,
  organisationSettingsWireSchema,
  type OrganisationSettingsWire,
} from '../../shared/domain/document-inputs';
import type { RenderableKind } from '../../shared/ipc/document-contract';
import type { OutputOf, ParsedInputOf } from '../../shared/ipc/contract';
import { AppError } from '../ipc/app-error';
import type { Clock } from '../ports/clock';
import type { Dialogs } from '../ports/dialogs';
import { writeFileDurably } from '../storage/durable-write';
import type { CaseWorkspaces, OpenWorkspace } from '../cases/workspace';
import type { VaultStore } from '../vault/vault-store';
import {
  availability,
  checkKind,
  KIND_TITLES,
  renderKind,
  type KindRequest,
} from './document-kinds';
import type { DocumentContext, OrganisationSettings } from './document-kit';
import { withCaseRecords } from './report-from-case';

/** Key of the vault settings object under which the document settings live. */
export const DOCUMENTS_SETTINGS_KEY = 'documents';

type Preview = OutputOf<'documents:render'>;

interface Held {
  store: VaultStore;
  bytes: Buffer;
  sha256: string;
  fileName: string;
  documentId: string;
  encrypted: boolean;
}

function isPngOrJpeg(bytes: Uint8Array): boolean {
  const png = [0x89, 0x50, 0x4e, 0x47].every((b, i) => bytes[i] === b);
  return png || (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff);
}

export function organisationFromWire(wire: OrganisationSettingsWire): OrganisationSettings {
  const { logoBase64, ...rest } = wire;
  return { ...rest, ...(logoBase64 ? { logo: Buffer.from(logoBase64, 'base64') } : {}) };
}

/** "Audit checkpoint #1234 · 3f9a6c1e5b7d0a42": enough of the head to compare with a kept copy. */
export function checkpointLine(cp: { size: number; head: string }): string {
  return `Audit checkpoint #${cp.size} · ${cp.head.slice(0, 16)}`;
}

/**
 * The documents channels over the unlocked vault (issue #6): what can be generated for a case,
 * rendering in memory with the current audit checkpoint in the footer, and saving a rendered copy.
 *
 * `documents:save` writes the bytes held from the last render of that case and kind, not a fresh
 * render: a re-render has a new checkpoint in the footer, a new document id and time, and (with a
 * password) new salts and IVs, so its SHA-256 would differ from the one previewed and audited as
 * `pdf.generated`. Holding them costs one PDF per case and kind in main memory, zeroed on lock.
 */
export class DocumentService {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly workspaces: CaseWorkspaces,
    private readonly clock: Clock,
    private readonly dialogs: Dialogs,
  ) {}

  /** Forget every held PDF (lock, close, another vault). */
  drop(): void {
    for (const h of this.held.values()) h.bytes.fill(0);
    this.held.clear();
  }

  async getSettings(): Promise<OutputOf<'documents:settings-get'>> {
    const ws = this.workspaces.open();
    return { organisation: await this.organisation(ws.store) };
  }

  async updateSettings(
    input: ParsedInputOf<'documents:settings-update'>,
  ): Promise<OutputOf<'documents:settings-update'>> {
    const ws = this.workspaces.open();
    const org = input.organisation;
    if (org.logoBase64 && !isPngOrJpeg(Buffer.from(org.logoBase64, 'base64'))) {
      throw new AppError('InvalidInput', 'The logo must be a PNG or JPEG image.', {
        issues: [{ path: 'organisation.logoBase64', message: 'logo must be PNG or JPEG bytes' }],
      });
    }
    const settings = await ws.store.getSettings();
    const current = (settings[DOCUMENTS_SETTINGS_KEY] ?? {}) as Record<string, unknown>;
    await ws.store.setSettings({
      ...settings,
      [DOCUMENTS_SETTINGS_KEY]: { ...current, organisation: org },
    });
    return { organisation: org };
  }

  /**
   * A letterhead logo chosen in main's own dialog. Main reads it, so the renderer never names a
   * path; it is checked by its bytes (not its extension) and size before it is handed over.
   */
  async chooseLogo(): Promise<OutputOf<'documents:choose-logo'>> {
    this.workspaces.open();
    const [path] = await this.dialogs.chooseFilesToOpen({
      title: 'Choose the letterhead logo',
      filters: [{ name: 'PNG or JPEG image', extensions: ['png', 'jpg', 'jpeg'] }],
    });
    if (!path) return { logoBase64: null, fileName: null };
    const size = (await stat(path)).size;
    if (size > LOGO_MAX_BYTES) {
      throw new AppError(
        'InvalidInput',
        `The logo is ${Math.ceil(size / 1024)} KB; the largest allowed is ${LOGO_MAX_BYTES / 1024} KB.`,
        { issues: [{ path: 'organisation.logoBase64', message: 'The logo is too large.' }] },
      );
    }
    const bytes = await readFile(path);
    if (!isPngOrJpeg(bytes)) {
      throw new AppError('InvalidInput', 'The logo must be a PNG or JPEG image.', {
        issues: [{ path: 'organisation.logoBase64', message: 'Not a PNG or JPEG image.' }],
      });
    }
    return { logoBase64: bytes.toString('base64'), fileName: basename(path) };
  }

  private async organisation(store: VaultStore): Promise<OrganisationSettingsWire | null> {
    const settings = await store.getSettings();
    const docs = settings[DOCUMENTS_SETTINGS_KEY] as { organisation?: unknown } | undefined;
    const parsed = organisationSettingsWireSchema.safeParse(docs?.organisation);
    return parsed.success ? parsed.data : null;
  }

  private async load(ws: OpenWorkspace, caseId: string) {
    const { value: doc } = await ws.store.readCase<CaseDoc>(caseId);
    const people = await ws.peopleMap();
    return { doc, people };
  }

  async available(input: ParsedInputOf<'documents:available'>) {
    const ws = this.workspaces.open();
    const { doc, people } = await this.load(ws, input.caseId);
    const org = await this.organisation(ws.store);
    return { caseId: input.caseId, items: availability(doc, people, org !== null) };
  }

  /** The warnings a render would return, with the same input checks; nothing rendered or audited. */
  async check(input: ParsedInputOf<'documents:check'>): Promise<OutputOf<'documents:check'>> {
    const ws = this.workspaces.open();
    const { doc, people } = await this.load(ws, input.caseId);
    const redacted = input.kind === 'report' && input.redacted;
    const warnings = checkKind(
      { kind: input.kind, input: input.input, redacted } as KindRequest,
      doc,
      people,
    );
    return { warnings };
  }

  async render(input: ParsedInputOf<'documents:render'>): Promise<Preview> {
    const ws = this.workspaces.open();
    const { doc, people } = await this.load(ws, input.caseId);
    const org = await this.organisation(ws.store);
    if (!org) {
      throw new AppError(
        'Conflict',
        'Set the organisation letterhead (documents settings) before generating documents.',
        { missing: ['Organisation letterhead'] },
      );
    }
    const checkpoint = checkpointLine(await ws.store.checkpoint());
    const documentId = `${doc.number}-${input.kind}-${randomBytes(4).toString('hex')}`;
    const context: DocumentContext = {
      organisation: organisationFromWire(org),
      documentId,
      auditCheckpoint: checkpoint,
      createdAt: this.clock.now(),
      ...(input.password ? { protection: { userPassword: input.password } } : {}),
    };
    const redacted = input.kind === 'report' && input.redacted;
    // The report's interviews and credibility come from the case where the details leave them out.
    const kindInput =
      input.kind === 'report' ? withCaseRecords(input.input, doc, { redacted }) : input.input;
    const result = await renderKind(
      { kind: input.kind, input: kindInput, redacted } as KindRequest,
      doc,
      people,
      context,
    );
    const bytes = result.pdf.bytes;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await ws.store.recordEvent('pdf.generated', {
      caseId: doc.id,
      details: {
        kind: input.kind,
        sha256,
        documentId,
        pages: result.pdf.pageCount,
        redacted,
        encrypted: Boolean(input.password),
        ...(input.kind === 'interview-statement' ? { interviewId: input.input.interviewId } : {}),
      },
    });
    const fileName = `${doc.number} ${KIND_TITLES[input.kind]}${redacted ? ' (redacted)' : ''}.pdf`;
    this.hold(`${doc.id}:${input.kind}`, {
      store: ws.store,
      bytes,
      sha256,
      fileName,
      documentId,
      encrypted: Boolean(input.password),
    });
    return {
      kind: input.kind,
      caseId: doc.id,
      documentId,
      fileName,
      base64: bytes.toString('base64'),
      sha256,
      size: bytes.length,
      pageCount: result.pdf.pageCount,
      encrypted: Boolean(input.password),
      redacted,
      draft: result.draft,
      auditCheckpoint: checkpoint,
      warnings: result.warnings,
      missingCharacters: result.pdf.missingCharacters,
    };
  }

  private hold(key: string, entry: Held): void {
    this.held.get(key)?.bytes.fill(0);
    this.held.set(key, entry);
  }

  /** The bytes of the last render of this case and kind, if they are the ones named. */
  heldBytes(caseId: string, kind: RenderableKind, sha256: string): Held {
    const ws = this.workspaces.open();
    const held = this.held.get(`${caseId}:${kind}`);
    if (!held || held.store !== ws.store || held.sha256 !== sha256) {
      throw new AppError(
        'NotFound',
        'That preview is no longer held in memory; generate the document again.',
      );
    }
    return held;
  }

  async save(input: ParsedInputOf<'documents:save'>): Promise<OutputOf<'documents:save'>> {
    const held = this.heldBytes(input.caseId, input.kind, input.sha256);
    const path = await this.dialogs.chooseSavePath({
      title: 'Save the document',
      defaultName: held.fileName,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (path === null) return { saved: false, sha256: null, fileName: null, path: null };
    await this.writeOut(input.caseId, input.kind, held, path);
    return { saved: true, sha256: held.sha256, fileName: basename(path), path };
  }

  /**
   * Write held bytes to a path main chose (its dialog, or the CLI's --out), mode 0600 through a
   * durable temp-and-rename, and audit that a copy left the vault.
   */
  async writeOut(caseId: string, kind: RenderableKind, held: Held, path: string): Promise<void> {
    const ws = this.workspaces.open();
    await writeFileDurably(path, held.bytes);
    await ws.store.recordEvent('case.exported', {
      caseId,
      details: {
        what: 'document',
        kind,
        sha256: held.sha256,
        documentId: held.documentId,
        fileName: basename(path),
        // A password-protected PDF is still a copy outside the vault, but not a readable one.
        plaintextCopyLeftVault: !held.encrypted,
      },
    });
  }

  /** Look a case up by its number (the CLI's --case). */
  async caseIdByNumber(number: string): Promise<string> {
    const ws = this.workspaces.open();
    const found = (await ws.overviews()).find((o) => o.number === number);
    if (!found) throw new AppError('NotFound', `No case numbered ${number} in this vault.`);
    return found.id;
  }
}
