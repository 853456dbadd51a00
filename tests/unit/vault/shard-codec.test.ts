import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/ipc/app-error';
import { escapeNonAscii } from '../../../src/main/vault/doc-format';
import {
  parseRootIndex,
  type CaseEntry,
  type ShardData,
} from '../../../src/main/vault/index-format';
import { decodeShard, encodeShard, type ShardFileV2 } from '../../../src/main/vault/shard-codec';

const SHARD = 0x4e;

/** An id of shard 0x4e: its first byte is the shard number. */
const idIn = (shard: number, fill: string) => shard.toString(16).padStart(2, '0') + fill.repeat(30);

function entry(n: number, overrides: Partial<CaseEntry> = {}): CaseEntry {
  return {
    wrappedKey: randomBytes(60).toString('base64'),
    currentSeq: n,
    sha256: randomBytes(32).toString('hex'),
    overview: {
      title: `Quấy rối — Kho vận ${n}`,
      parties: [{ personId: 'ab'.repeat(16), name: '王伟 😀', role: 'complainant' }],
      findings: { pending: 1 },
      closedOn: null,
    },
    legalHold: n % 2 === 0,
    blobIds: n === 2 ? ['d4'.repeat(16), 'e5'.repeat(16)] : [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: `2026-01-0${n}T00:00:00.000Z`,
    ...overrides,
  };
}

function shardData(): ShardData {
  return {
    shard: SHARD,
    cases: {
      [idIn(SHARD, 'a')]: entry(1),
      [idIn(SHARD, 'b')]: entry(2),
      [idIn(SHARD, 'c')]: entry(3),
    },
    records: { people: { [idIn(SHARD, 'f')]: { name: 'Nguyễn Thị Minh Khai' } } },
  };
}

/** What a file holds after JSON: the codec's output goes through JSON.stringify on disk. */
const viaJson = (value: unknown): Record<string, unknown> =>
  JSON.parse(escapeNonAscii(JSON.stringify(value))) as Record<string, unknown>;

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('index shard encoding v2 (columns)', () => {
  it('round-trips every field of every case and the records', () => {
    const data = shardData();
    expect(decodeShard(viaJson(encodeShard(data)), SHARD, true)).toEqual(data);
    const empty: ShardData = { shard: SHARD, cases: {}, records: data.records };
    expect(decodeShard(viaJson(encodeShard(empty)), SHARD, true)).toEqual(empty);
  });

  it('stores the fixed-width fields as one string per shard, in case order', () => {
    const data = shardData();
    const file = encodeShard(data);
    const ids = Object.keys(data.cases);
    expect(file.ids).toBe(ids.join(''));
    expect(file.keys).toBe(ids.map((id) => data.cases[id]!.wrappedKey).join(''));
    expect(file.keys).toHaveLength(3 * 80);
    expect(file.hashes).toHaveLength(3 * 64);
    expect(file.seqs).toEqual([1, 2, 3]);
  });

  it('refuses to write a field of the wrong width (it would shift every later case)', () => {
    const data = shardData();
    data.cases[idIn(SHARD, 'a')]!.wrappedKey = 'c2hvcnQ';
    expect(codeOf(() => encodeShard(data))).toBe('Internal');
  });

  const good = () => viaJson(encodeShard(shardData())) as unknown as ShardFileV2;
  const otherShardId = idIn(SHARD + 1, 'a');
  const mutations: [string, (f: ShardFileV2) => void][] = [
    ['another shard number', (f) => (f.shard = SHARD + 1)],
    ['an unknown encoding version', (f) => ((f as { v: number }).v = 3)],
    ['ids one character short', (f) => (f.ids = f.ids.slice(1))],
    ['an uppercase id', (f) => (f.ids = f.ids.toUpperCase())],
    ['an id of another shard', (f) => (f.ids = otherShardId + f.ids.slice(32))],
    ['the same id twice', (f) => (f.ids = f.ids.slice(0, 32) + f.ids.slice(0, 64))],
    ['keys one character long', (f) => (f.keys += 'A')],
    ['a non-base64 key character', (f) => (f.keys = `=${f.keys.slice(1)}`)],
    ['a non-ASCII key character', (f) => (f.keys = `é${f.keys.slice(1)}`)],
    ['hashes not hex', (f) => (f.hashes = `g${f.hashes.slice(1)}`)],
    ['an id with a character beyond ASCII', (f) => (f.ids = `\u0130${f.ids.slice(1)}`)],
    ['one seq too many', (f) => f.seqs.push(4)],
    ['a zero seq', (f) => (f.seqs[0] = 0)],
    ['a fractional seq', (f) => (f.seqs[1] = 1.5)],
    ['a seq beyond 2^53', (f) => (f.seqs[2] = 2 ** 53)],
    ['a legal hold that is not a boolean', (f) => ((f.legalHolds as unknown[])[0] = 0)],
    ['a legal hold missing', (f) => f.legalHolds.pop()],
    ['a bad blob id', (f) => (f.blobIds[1] = ['D4'.repeat(16)])],
    ['blob ids not an array', (f) => ((f.blobIds as unknown[])[0] = {})],
    ['a created time that is not a string', (f) => ((f.createdAt as unknown[])[0] = 1)],
    ['an updated time missing', (f) => f.updatedAt.pop()],
    ['an overview that is an array', (f) => ((f.overviews as unknown[])[0] = [])],
    ['an overview that is null', (f) => ((f.overviews as unknown[])[2] = null)],
    ['seqs missing', (f) => delete (f as Partial<ShardFileV2>).seqs],
    ['ids missing', (f) => delete (f as Partial<ShardFileV2>).ids],
    ['records missing', (f) => delete (f as Partial<ShardFileV2>).records],
    ['a bad collection name', (f) => (f.records = { People: {} })],
    ['a record of another shard', (f) => (f.records = { people: { [otherShardId]: {} } })],
  ];
  it.each(mutations)('refuses %s with DocCorrupt', (_, mutate) => {
    const file = good();
    mutate(file);
    expect(codeOf(() => decodeShard(file, SHARD, true))).toBe('DocCorrupt');
  });

  it('is refused under a version-2 root, whose shards are all v1', () => {
    expect(codeOf(() => decodeShard(good(), SHARD, false))).toBe('DocCorrupt');
  });
});

describe('index shard encoding v1 (keyed objects, index version 2), still read', () => {
  const data = shardData();
  const v1 = () => viaJson({ v: 1, ...data });

  it('decodes to the same entries as v2, under either root version', () => {
    expect(decodeShard(v1(), SHARD, false)).toEqual(data);
    expect(decodeShard(v1(), SHARD, true)).toEqual(data);
    expect(decodeShard(viaJson(encodeShard(data)), SHARD, true)).toEqual(data);
  });

  const withCase = (id: string, e: unknown) => ({ ...v1(), cases: { [id]: e } });
  it.each([
    ['an id of another shard', withCase(idIn(SHARD + 1, 'a'), entry(1))],
    ['an empty wrapped key', withCase(idIn(SHARD, 'a'), { ...entry(1), wrappedKey: '' })],
    ['a bad hash', withCase(idIn(SHARD, 'a'), { ...entry(1), sha256: 'x' })],
    ['a missing overview', withCase(idIn(SHARD, 'a'), { ...entry(1), overview: undefined })],
  ])('refuses %s with DocCorrupt', (_, file) => {
    expect(codeOf(() => decodeShard(viaJson(file), SHARD, true))).toBe('DocCorrupt');
  });
});

describe('index root versions', () => {
  const root = (v: number) => ({
    v,
    shards: {},
    settings: {},
    audit: { size: 1, headBefore: '00'.repeat(32) },
    shredded: [],
    shreddedBlobs: [],
  });

  it('reads version 2 (v1 shards) and 3; refuses 1 and 4 as UnsupportedVersion', () => {
    expect(parseRootIndex(root(2)).v).toBe(2);
    expect(parseRootIndex(root(3)).v).toBe(3);
    expect(codeOf(() => parseRootIndex(root(1)))).toBe('UnsupportedVersion');
    expect(codeOf(() => parseRootIndex(root(4)))).toBe('UnsupportedVersion');
  });
});

describe('ASCII-only shard JSON', () => {
  it('escapes every non-ASCII code unit and parses back to the same value', () => {
    const value = {
      names: ['Nguyễn Thị Minh Khai', '王伟', 'Jörg', '😀', '\u2028', 'plain'],
      lone: '\ud800x',
    };
    const text = escapeNonAscii(JSON.stringify(value));
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
    expect(JSON.parse(text)).toEqual(value);
  });
});
