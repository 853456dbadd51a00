import { z } from 'zod';
import { AppError } from '../ipc/app-error';

/**
 * The decrypted content of the vault index (vault.md §5, §8), split so that a save rewrites a
 * bounded amount whatever the vault's size:
 *
 * - `index.cfd`, the **root**: the single commit point. It names the current version and SHA-256 of
 *   every index shard, and holds the small vault-wide state (settings, audit position, shred list).
 * - `index/<xx>.<seq>.cfd`, 256 **shards** (xx = the first byte of an id, in hex): the case entries
 *   (wrapped CK, current seq and hash, overview for the case list) and the vault-level records
 *   (e.g. the people directory) whose ids fall in that shard. Copy-on-write like case files.
 *
 * A save writes the case file, one shard (~1.2 KB per case in it with real overviews, so ~46 KB at
 * 10,000 cases) and the root (~90 bytes per non-empty shard), instead of one index that grows with
 * every case.
 */

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const SHARD_COUNT = 256;
/** Current and previous version of each shard are kept; older ones are pruned. */
export const SHARD_VERSIONS_KEPT = 2;
/**
 * Written by this build: 3 = shards in either encoding, new ones in v2 (columns). Version 2 roots
 * (shards in the v1 encoding only) are still read; every commit writes the root as 3, and after
 * open one background commit rewrites the remaining v1 shards (see vault-format.md, "Upgrade").
 */
export const INDEX_VERSION = 3;
export const READABLE_INDEX_VERSIONS: readonly number[] = [2, 3];

/** One case in a shard: what the list needs, and what opening the case file checks against. */
export interface CaseEntry {
  /** 60-byte wrapped CK (base64), wrapped under K_wrap with vaultId and caseId bound in the AAD. */
  wrappedKey: string;
  currentSeq: number;
  /** Hex SHA-256 of the current case file (header ‖ ciphertext ‖ tag). */
  sha256: string;
  overview: Record<string, unknown>;
  legalHold: boolean;
  blobIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** Collections of vault-level records (not tied to one case's key), e.g. `people`. */
export const collectionNameSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/);

export const shardRefSchema = z.object({
  seq: z.number().int().positive(),
  sha256: hex(32),
});
export type ShardRef = z.infer<typeof shardRefSchema>;

export const rootIndexSchema = z.object({
  v: z.union([z.literal(2), z.literal(INDEX_VERSION)]),
  /** Non-empty shards only, keyed by two lowercase hex digits. */
  shards: z.record(z.string().regex(/^[0-9a-f]{2}$/), shardRefSchema),
  /** Vault settings: small, so kept in the root and committed with it atomically. */
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
export type RootIndex = z.infer<typeof rootIndexSchema>;

/** Per collection, per id: the vault-level records whose ids fall in one shard. */
export type ShardRecords = Record<string, Record<string, unknown>>;

/** One shard in memory, whichever encoding its file has (`shard-codec.ts`). */
export interface ShardData {
  shard: number;
  cases: Record<string, CaseEntry>;
  records: ShardRecords;
}

/** The logical index a caller sees: every case entry, whichever shard holds it. */
export interface IndexView {
  cases: Readonly<Record<string, CaseEntry>>;
  shredded: readonly string[];
  shreddedBlobs: readonly string[];
}

function structure(what: string): AppError {
  return new AppError('DocCorrupt', `The vault ${what} has an unexpected structure.`);
}

export function parseRootIndex(value: unknown): RootIndex {
  if (
    typeof value === 'object' &&
    value !== null &&
    'v' in value &&
    typeof value.v === 'number' &&
    !READABLE_INDEX_VERSIONS.includes(value.v)
  ) {
    throw new AppError('UnsupportedVersion', 'The vault index uses another format version.', {
      version: value.v,
    });
  }
  const parsed = rootIndexSchema.safeParse(value);
  if (!parsed.success) throw structure('index');
  return parsed.data;
}

/** Which shard an id (32 lowercase hex characters) lives in: its first byte. */
export function shardOf(id: string): number {
  return Number.parseInt(id.slice(0, 2), 16);
}

/**
 * Shards that ever held a shredded case keep no previous version: it would still hold the wrapped
 * CK, which opens the audit details sealed under it.
 */
export function shardsWithoutPrevious(shredded: readonly string[]): Set<number> {
  return new Set(shredded.map(shardOf));
}

export function shardKey(shard: number): string {
  return shard.toString(16).padStart(2, '0');
}

/** The 16-byte docId of a shard file: fifteen zero bytes and the shard number. */
export function shardDocId(shard: number): Buffer {
  const id = Buffer.alloc(16);
  id[15] = shard;
  return id;
}

export const INDEX_DIR = 'index';
export const CASE_FILE_RE = /^([0-9a-f]{32})\.(\d+)\.cfd$/;
export const SHARD_FILE_RE = /^([0-9a-f]{2})\.(\d+)\.cfd$/;
export const BLOB_FILE_RE = /^([0-9a-f]{32})\.cfb$/;

export function caseFileName(caseId: string, seq: number): string {
  return `${caseId}.${seq}.cfd`;
}

export function shardFileName(shard: number, seq: number): string {
  return `${shardKey(shard)}.${seq}.cfd`;
}
