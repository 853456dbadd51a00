import { AppError } from '../ipc/app-error';
import {
  collectionNameSchema,
  shardOf,
  type CaseEntry,
  type ShardData,
  type ShardRecords,
} from './index-format';

/**
 * The JSON inside an index shard file (vault-format.md, "Index shard"), in two encodings:
 *
 * - **v1** (written up to index version 2): `cases` is an object of one keyed object per case.
 * - **v2** (index version 3): columns. The fixed-width fields of every case are concatenated into
 *   one string each (`ids`, `keys`, `hashes`), the others are parallel arrays, and `overviews` is
 *   an array of the overview objects as the caller gave them.
 *
 * Why columns: unlock parses every shard of the vault (10,000 entries at the benchmark size), and
 * JSON.parse plus the garbage it makes scale with bytes and with the number of strings and
 * objects. v2 drops eight property names per case, and three strings per case become three per
 * shard (the entry's strings are sliced from them on decode, which V8 does without copying).
 * The overviews stay plain JSON objects: rebuilding them from a key table in JavaScript measured
 * slower than letting JSON.parse create them, although it saved a third of the bytes.
 *
 * Validation is done here, in one pass that also builds the in-memory entries, rather than with
 * zod: a zod parse rebuilds every object, which cost about a third of unlock at 10,000 cases.
 */

/** A wrapped CK is always 60 bytes (nonce 12 ‖ CK 32 ‖ tag 16): 80 base64 characters, no padding. */
export const WRAPPED_KEY_CHARS = 80;
const ID_CHARS = 32;
const HASH_CHARS = 64;

const HEX16 = /^[0-9a-f]{32}$/;
const HEX32 = /^[0-9a-f]{64}$/;
/** Per ASCII code: 1 if allowed. A table loop, because a regex over the ~1 MB of columns of a
 * 10,000-case vault measured ~9 ms per unlock; the loop is a small fraction of that. */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i += 1) table[chars.charCodeAt(i)] = 1;
  return table;
}
const HEX_CHARS = charTable('0123456789abcdef');
const BASE64_CHARS = charTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');

function allIn(s: string, table: Uint8Array): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 128 || table[c] !== 1) return false;
  }
  return true;
}

export interface ShardFileV2 {
  v: 2;
  shard: number;
  ids: string;
  keys: string;
  hashes: string;
  seqs: number[];
  legalHolds: boolean[];
  blobIds: string[][];
  createdAt: string[];
  updatedAt: string[];
  overviews: Record<string, unknown>[];
  records: ShardRecords;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isSeq = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

const isBlobIds = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((id) => typeof id === 'string' && HEX16.test(id));

function corrupt(): AppError {
  return new AppError('DocCorrupt', 'The vault index shard has an unexpected structure.');
}

/** The shard's v2 JSON value. Throws (a bug, never user input) on a key that is not 80 chars. */
export function encodeShard(data: ShardData): ShardFileV2 {
  const entries = Object.entries(data.cases);
  const file: ShardFileV2 = {
    v: 2,
    shard: data.shard,
    ids: entries.map(([id]) => id).join(''),
    keys: entries.map(([, e]) => e.wrappedKey).join(''),
    hashes: entries.map(([, e]) => e.sha256).join(''),
    seqs: entries.map(([, e]) => e.currentSeq),
    legalHolds: entries.map(([, e]) => e.legalHold),
    blobIds: entries.map(([, e]) => e.blobIds),
    createdAt: entries.map(([, e]) => e.createdAt),
    updatedAt: entries.map(([, e]) => e.updatedAt),
    overviews: entries.map(([, e]) => e.overview),
    records: data.records,
  };
  // The columns are split by position on decode, so a field of another width would shift every
  // later case; refuse to write it rather than write a shard that decodes wrongly.
  const n = entries.length;
  if (
    file.ids.length !== n * ID_CHARS ||
    file.keys.length !== n * WRAPPED_KEY_CHARS ||
    file.hashes.length !== n * HASH_CHARS
  ) {
    throw new AppError('Internal', 'An index entry has a field of the wrong width.');
  }
  return file;
}

function checkRecords(value: unknown, shard: number): value is ShardRecords {
  return (
    isObject(value) &&
    Object.entries(value).every(
      ([collection, records]) =>
        collectionNameSchema.safeParse(collection).success &&
        isObject(records) &&
        Object.keys(records).every((id) => HEX16.test(id) && shardOf(id) === shard),
    )
  );
}

function isCaseEntryV1(v: unknown): v is CaseEntry {
  return (
    isObject(v) &&
    typeof v['wrappedKey'] === 'string' &&
    v['wrappedKey'].length > 0 &&
    isSeq(v['currentSeq']) &&
    typeof v['sha256'] === 'string' &&
    HEX32.test(v['sha256']) &&
    isObject(v['overview']) &&
    typeof v['legalHold'] === 'boolean' &&
    isBlobIds(v['blobIds']) &&
    typeof v['createdAt'] === 'string' &&
    typeof v['updatedAt'] === 'string'
  );
}

function decodeV1(value: Record<string, unknown>, shard: number): ShardData {
  const cases = value['cases'];
  const ok =
    isObject(cases) &&
    Object.entries(cases).every(
      ([id, entry]) => HEX16.test(id) && shardOf(id) === shard && isCaseEntryV1(entry),
    );
  if (!ok) throw corrupt();
  return {
    shard,
    cases: cases as Record<string, CaseEntry>,
    records: value['records'] as ShardRecords,
  };
}

/** A string of `n` fields of `width` characters, each character in `table`. */
function isColumn(v: unknown, n: number, width: number, table: Uint8Array): v is string {
  return typeof v === 'string' && v.length === n * width && allIn(v, table);
}

function isArrayOf<T>(v: unknown, n: number, item: (x: unknown) => x is T): v is T[] {
  if (!Array.isArray(v) || v.length !== n) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
}

const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean';
const isString = (x: unknown): x is string => typeof x === 'string';

function decodeV2(value: Record<string, unknown>, shard: number): ShardData {
  const { ids, keys, hashes, seqs, legalHolds, blobIds, createdAt, updatedAt, overviews } = value;
  const n = Array.isArray(seqs) ? seqs.length : -1;
  const ok =
    isArrayOf(seqs, n, isSeq) &&
    isColumn(ids, n, ID_CHARS, HEX_CHARS) &&
    isColumn(keys, n, WRAPPED_KEY_CHARS, BASE64_CHARS) &&
    isColumn(hashes, n, HASH_CHARS, HEX_CHARS) &&
    isArrayOf(legalHolds, n, isBoolean) &&
    isArrayOf(blobIds, n, isBlobIds) &&
    isArrayOf(createdAt, n, isString) &&
    isArrayOf(updatedAt, n, isString) &&
    isArrayOf(overviews, n, isObject);
  if (!ok) throw corrupt();
  const cases: Record<string, CaseEntry> = {};
  for (let i = 0; i < n; i += 1) {
    const id = ids.slice(i * ID_CHARS, (i + 1) * ID_CHARS);
    // A case of another shard, or the same id twice (the second would silently replace the first).
    if (shardOf(id) !== shard || Object.hasOwn(cases, id)) throw corrupt();
    cases[id] = {
      wrappedKey: keys.slice(i * WRAPPED_KEY_CHARS, (i + 1) * WRAPPED_KEY_CHARS),
      currentSeq: seqs[i]!,
      sha256: hashes.slice(i * HASH_CHARS, (i + 1) * HASH_CHARS),
      overview: overviews[i]!,
      legalHold: legalHolds[i]!,
      blobIds: blobIds[i]!,
      createdAt: createdAt[i]!,
      updatedAt: updatedAt[i]!,
    };
  }
  return { shard, cases, records: value['records'] as ShardRecords };
}

/** The encoding of a shard value that `decodeShard` accepted: 1 (legacy) or 2. */
export function shardEncodingOf(value: unknown): 1 | 2 {
  return isObject(value) && value['v'] === 1 ? 1 : 2;
}

/**
 * Validate a decrypted shard and return its in-memory form. `shard` is what the root says this
 * file is: a shard claiming another number, or holding an id that belongs elsewhere, is corrupt.
 * `allowV2` is false under a version-2 root, which no writer of v2 shards ever produced.
 */
export function decodeShard(value: unknown, shard: number, allowV2: boolean): ShardData {
  if (!isObject(value) || value['shard'] !== shard || !checkRecords(value['records'], shard))
    throw corrupt();
  if (value['v'] === 1) return decodeV1(value, shard);
  if (value['v'] === 2 && allowV2) return decodeV2(value, shard);
  throw corrupt();
}
