import { join } from 'node:path';
import { AppError } from '../ipc/app-error';
import { systemClock } from '../ports/clock';
import { nodeFs, type FsPort } from '../storage/fs-port';
import { BlobReader } from '../vault/blob-reader';
import { BLOB_HEADER_BYTES, BLOB_MAX_CHUNK_LOG2, BLOB_MIN_CHUNK_LOG2 } from '../vault/blob-format';
import { decodeDoc, DocKind } from '../vault/doc-format';
import {
  BLOB_FILE_RE,
  CASE_FILE_RE,
  INDEX_DIR,
  SHARD_FILE_RE,
  SHARD_VERSIONS_KEPT,
  type IndexView,
} from '../vault/index-format';
import type { IndexState } from '../vault/index-state';
import { deriveVaultKeys, unwrapCaseKey, zeroize, type VaultKeys } from '../vault/keys';
import {
  KEYSLOT_FILE_NAME,
  closeKeyslots,
  parseKeyslots,
  unlockWithPassphrase,
  type KdfDeps,
} from '../vault/keyslots';
import { loadState } from '../vault/vault-store-load';
import { readOnlyFs } from './read-only-fs';

export type FindingLevel = 'ok' | 'problem' | 'note';

export interface Finding {
  level: FindingLevel;
  subject: string;
  message: string;
}

export interface VerifyReport {
  findings: Finding[];
  problems: number;
}

class Report {
  readonly findings: Finding[] = [];
  ok(subject: string, message: string): void {
    this.findings.push({ level: 'ok', subject, message });
  }
  note(subject: string, message: string): void {
    this.findings.push({ level: 'note', subject, message });
  }
  problem(subject: string, error: unknown): void {
    const message =
      error instanceof AppError
        ? `${error.code}: ${error.message}${error.details ? ` ${JSON.stringify(error.details)}` : ''}`
        : `unexpected: ${(error as Error).message}`;
    this.findings.push({ level: 'problem', subject, message });
  }
  done(): VerifyReport {
    return {
      findings: this.findings,
      problems: this.findings.filter((f) => f.level === 'problem').length,
    };
  }
}

async function list(fs: FsPort, dir: string): Promise<string[]> {
  return fs.readdir(dir).catch(() => []);
}

/**
 * Checks a vault without changing it: the keyslot file, the index against the audit log, every case
 * file's tag, seq and hash, every attachment's header and every chunk tag, orphans and file modes.
 * Like `restic check`, it reports every problem it can reach rather than stopping at the first.
 */
export async function verifyVault(
  dir: string,
  passphrase: string,
  kdf: KdfDeps,
  fs: FsPort = nodeFs,
): Promise<VerifyReport> {
  const report = new Report();
  const ro = readOnlyFs(fs);
  let bytes: Buffer;
  try {
    bytes = await ro.readFile(join(dir, KEYSLOT_FILE_NAME));
    const file = parseKeyslots(bytes);
    report.ok(KEYSLOT_FILE_NAME, `checksum ok, ${file.slots.length} key slot(s)`);
  } catch (error) {
    report.problem(KEYSLOT_FILE_NAME, error);
    return report.done();
  }
  // A wrong passphrase is the caller's to report: it says nothing about the vault's health.
  const session = await unlockWithPassphrase(bytes, passphrase, kdf);
  const keys = deriveVaultKeys(session.vaultKey, session.vaultId);
  try {
    let index: IndexView;
    let state: { index: IndexState } | undefined;
    try {
      const loaded = await loadState(ro, dir, session.vaultId, keys, {
        actor: 'verify',
        clock: systemClock,
      });
      state = loaded;
      index = loaded.index.view();
      // loadState binds the log to the index by hashing; `verify` authenticates every record too.
      const { size } = await loaded.audit.verify();
      report.ok(
        'index.cfd',
        `seq ${loaded.index.rootSeq}, ${loaded.index.shardStates().size} shard(s) verify, ` +
          `${Object.keys(index.cases).length} case(s)`,
      );
      report.ok(
        'audit',
        `${size} record(s), chain verifies, head ${loaded.audit.checkpoint().head.slice(0, 16)}…`,
      );
    } catch (error) {
      report.problem('index and audit log', error);
      return report.done();
    }
    await verifyCases(ro, dir, session.vaultId, keys, index, report);
    await verifyLeftovers(ro, dir, index, state.index, report);
    await verifyModes(ro, dir, report);
  } finally {
    zeroize(keys.indexKey, keys.auditKey, keys.wrapKey);
    closeKeyslots(session);
  }
  return report.done();
}

async function verifyCases(
  fs: FsPort,
  dir: string,
  vaultId: Buffer,
  keys: VaultKeys,
  index: IndexView,
  report: Report,
): Promise<void> {
  for (const [caseId, entry] of Object.entries(index.cases)) {
    const subject = `case ${caseId}`;
    let caseKey: Buffer;
    try {
      caseKey = unwrapCaseKey(
        keys.wrapKey,
        vaultId,
        Buffer.from(caseId, 'hex'),
        Buffer.from(entry.wrappedKey, 'base64'),
      );
    } catch (error) {
      report.problem(subject, error);
      continue;
    }
    try {
      const path = join(dir, 'cases', `${caseId}.${entry.currentSeq}.cfd`);
      let file: Buffer;
      try {
        file = await fs.readFile(path);
      } catch {
        report.problem(
          subject,
          new AppError('DocMissing', `cases/${caseId}.${entry.currentSeq}.cfd is missing`),
        );
        continue;
      }
      try {
        decodeDoc(file, {
          kind: DocKind.Case,
          vaultId,
          docId: Buffer.from(caseId, 'hex'),
          key: caseKey,
          seq: entry.currentSeq,
          sha256: entry.sha256,
        });
        report.ok(subject, `version ${entry.currentSeq} decrypts and matches the index`);
      } catch (error) {
        report.problem(subject, error);
      }
      for (const blobId of entry.blobIds) {
        await verifyBlob(fs, dir, vaultId, caseId, blobId, caseKey, report);
      }
    } finally {
      zeroize(caseKey);
    }
  }
}

/** The plaintext size a .cfb of this length must hold (every chunk full but the last). */
function plaintextSize(fileLength: number, chunkLog2: number): number {
  const payload = fileLength - BLOB_HEADER_BYTES;
  const sealed = 2 ** chunkLog2 + 16;
  const chunks = Math.max(1, Math.ceil(payload / sealed));
  return Math.max(0, payload - chunks * 16);
}

async function verifyBlob(
  fs: FsPort,
  dir: string,
  vaultId: Buffer,
  caseId: string,
  blobId: string,
  caseKey: Buffer,
  report: Report,
): Promise<void> {
  const subject = `attachment ${blobId}`;
  const path = join(dir, 'blobs', `${blobId}.cfb`);
  let reader: BlobReader | null = null;
  try {
    const stat = await fs.stat(path).catch(() => null);
    if (!stat) throw new AppError('DocMissing', `blobs/${blobId}.cfb is missing`);
    const header = (await fs.readFile(path)).subarray(0, BLOB_HEADER_BYTES);
    const log2 = header[9] ?? 0;
    if (log2 < BLOB_MIN_CHUNK_LOG2 || log2 > BLOB_MAX_CHUNK_LOG2) {
      throw new AppError('BlobHeaderCorrupt', 'The attachment header names an invalid chunk size.');
    }
    reader = await BlobReader.open({
      path,
      caseKey,
      vaultId,
      caseId: Buffer.from(caseId, 'hex'),
      blobId: Buffer.from(blobId, 'hex'),
      size: plaintextSize(stat.size, log2),
    });
    let verified = 0;
    for await (const chunk of reader.chunks()) verified += chunk.length;
    report.ok(subject, `${verified} byte(s), every chunk verifies`);
  } catch (error) {
    report.problem(subject, error);
  } finally {
    await reader?.close();
  }
}

async function verifyLeftovers(
  fs: FsPort,
  dir: string,
  index: IndexView,
  state: IndexState,
  report: Report,
): Promise<void> {
  for (const name of await list(fs, join(dir, INDEX_DIR))) {
    const match = SHARD_FILE_RE.exec(name);
    const ref = match ? state.root.shards[match[1]!] : undefined;
    const seq = Number(match?.[2]);
    if (!ref || seq > ref.seq || seq <= ref.seq - SHARD_VERSIONS_KEPT)
      report.note(`${INDEX_DIR}/${name}`, 'not a current index shard; removed at the next unlock');
  }
  const cases = new Set(Object.keys(index.cases));
  const blobs = new Set(Object.values(index.cases).flatMap((entry) => entry.blobIds));
  for (const name of await list(fs, join(dir, 'cases'))) {
    const match = CASE_FILE_RE.exec(name);
    if (!match)
      report.note(`cases/${name}`, 'not a case file; it will be quarantined at the next unlock');
    else if (!cases.has(match[1]!)) report.note(`cases/${name}`, 'belongs to no case in the index');
  }
  for (const name of await list(fs, join(dir, 'blobs'))) {
    const match = BLOB_FILE_RE.exec(name);
    if (!match || !blobs.has(match[1]!)) report.note(`blobs/${name}`, 'not referenced by any case');
  }
  const quarantined = await list(fs, join(dir, 'quarantine'));
  if (quarantined.length > 0)
    report.note('quarantine', `${quarantined.length} file(s) set aside earlier`);
}

async function verifyModes(fs: FsPort, dir: string, report: Report): Promise<void> {
  if (process.platform === 'win32') return;
  const loose: string[] = [];
  const visit = async (path: string, rel: string): Promise<void> => {
    const stat = await fs.stat(path);
    const mode = stat.mode & 0o777;
    if (stat.isDirectory()) {
      if (mode & 0o077) loose.push(`${rel || '.'} (${mode.toString(8)})`);
      for (const name of await list(fs, path))
        await visit(join(path, name), rel ? `${rel}/${name}` : name);
    } else if (mode & 0o077) {
      loose.push(`${rel} (${mode.toString(8)})`);
    }
  };
  await visit(dir, '');
  if (loose.length === 0) report.ok('permissions', 'files 0600, folders 0700');
  else
    report.problem(
      'permissions',
      new AppError('StorageIOError', `readable by others: ${loose.join(', ')}`),
    );
}
