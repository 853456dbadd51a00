import { DocKind, encodeDoc, sha256Hex, ZERO_ID } from './doc-format';
import {
  INDEX_VERSION,
  shardDocId,
  shardKey,
  shardOf,
  type CaseEntry,
  type IndexView,
  type RootIndex,
  type ShardData,
} from './index-format';
import { encodeShard } from './shard-codec';

/**
 * The unlocked index in memory (root + shards) and the planning of a commit: which shards a change
 * touches, their new encrypted versions, and the new root. Planning never mutates the current
 * state, so a commit that fails on disk leaves memory as it was; only `apply` moves it forward.
 */

export interface ShardState {
  seq: number;
  sha256: string;
  data: ShardData;
  /** The encoding of the file on disk: 1 until the shard is rewritten (`shard-codec.ts`). */
  encoding: 1 | 2;
}

/** What one commit changes. `null` deletes a case entry or a record. */
export interface IndexChange {
  cases?: Record<string, CaseEntry | null>;
  records?: { collection: string; id: string; value: unknown }[];
  settings?: Record<string, unknown>;
  shredded?: { cases: string[]; blobs: string[] };
  /** Shards to write again unchanged, in the current encoding (the upgrade of v1 shards). */
  rewrite?: number[];
}

export interface ShardWrite {
  shard: number;
  /** The version this commit writes, or null when the shard became empty and is dropped. */
  next: ShardState | null;
  bytes: Buffer | null;
  /** The version it replaces (its file is pruned after the commit), if any. */
  previousSeq: number | null;
}

export interface CommitPlan {
  shardWrites: ShardWrite[];
  root: RootIndex;
  rootSeq: number;
  rootBytes: Buffer;
  rootHash: string;
}

export interface EncodeKeys {
  vaultId: Buffer;
  indexKey: Buffer;
}

function emptyShard(shard: number): ShardData {
  return { shard, cases: {}, records: {} };
}

function isEmpty(data: ShardData): boolean {
  return (
    Object.keys(data.cases).length === 0 &&
    Object.values(data.records).every((r) => Object.keys(r).length === 0)
  );
}

export class IndexState {
  private constructor(
    readonly root: RootIndex,
    readonly rootSeq: number,
    readonly rootHash: string,
    private readonly shards: ReadonlyMap<number, ShardState>,
  ) {}

  static fromDisk(
    root: RootIndex,
    rootSeq: number,
    rootHash: string,
    shards: Map<number, ShardState>,
  ): IndexState {
    return new IndexState(root, rootSeq, rootHash, shards);
  }

  /** The state of a vault before its first commit. */
  static empty(): IndexState {
    const root: RootIndex = {
      v: INDEX_VERSION,
      shards: {},
      settings: {},
      audit: { size: 0, headBefore: '' },
      shredded: [],
      shreddedBlobs: [],
    };
    return new IndexState(root, 0, '', new Map());
  }

  caseEntry(caseId: string): CaseEntry | undefined {
    const data = this.shards.get(shardOf(caseId))?.data;
    return data && Object.hasOwn(data.cases, caseId) ? data.cases[caseId] : undefined;
  }

  *caseEntries(): Generator<[string, CaseEntry]> {
    for (const { data } of this.shards.values()) yield* Object.entries(data.cases);
  }

  get caseCount(): number {
    let n = 0;
    for (const { data } of this.shards.values()) n += Object.keys(data.cases).length;
    return n;
  }

  records(collection: string): [string, unknown][] {
    const out: [string, unknown][] = [];
    for (const { data } of this.shards.values()) {
      const records = Object.hasOwn(data.records, collection)
        ? data.records[collection]
        : undefined;
      if (records) out.push(...Object.entries(records));
    }
    return out;
  }

  record(collection: string, id: string): unknown {
    const records = this.shards.get(shardOf(id))?.data.records;
    const coll = records && Object.hasOwn(records, collection) ? records[collection] : undefined;
    return coll && Object.hasOwn(coll, id) ? coll[id] : undefined;
  }

  /** Shards whose file is still in the v1 encoding (a vault written by an earlier build). */
  legacyShards(): number[] {
    return [...this.shards].filter(([, s]) => s.encoding === 1).map(([shard]) => shard);
  }

  shardStates(): ReadonlyMap<number, ShardState> {
    return this.shards;
  }

  /** Every case entry as one object, for start-up repair and `vault verify`. */
  view(): IndexView {
    return {
      cases: Object.fromEntries(this.caseEntries()),
      shredded: this.root.shredded,
      shreddedBlobs: this.root.shreddedBlobs,
    };
  }

  /** Encrypt the shards `change` touches and the next root; nothing in memory changes. */
  plan(change: IndexChange, audit: RootIndex['audit'], keys: EncodeKeys): CommitPlan {
    const touched = new Map<number, ShardData>();
    const draft = (shard: number): ShardData => {
      let data = touched.get(shard);
      if (!data) {
        const current = this.shards.get(shard)?.data;
        // Only the touched shard is copied: a save costs O(cases in one shard), not O(vault).
        data = current
          ? { ...current, cases: { ...current.cases }, records: { ...current.records } }
          : emptyShard(shard);
        touched.set(shard, data);
      }
      return data;
    };
    for (const shard of change.rewrite ?? []) if (this.shards.has(shard)) draft(shard);
    for (const [caseId, entry] of Object.entries(change.cases ?? {})) {
      const data = draft(shardOf(caseId));
      if (entry === null) delete data.cases[caseId];
      else data.cases[caseId] = structuredClone(entry);
    }
    for (const { collection, id, value } of change.records ?? []) {
      const data = draft(shardOf(id));
      const records = {
        ...(Object.hasOwn(data.records, collection) ? data.records[collection] : {}),
      };
      if (value === null) delete records[id];
      else records[id] = structuredClone(value);
      if (Object.keys(records).length === 0) delete data.records[collection];
      else data.records[collection] = records;
    }

    const shardRefs = { ...this.root.shards };
    const shardWrites: ShardWrite[] = [];
    for (const [shard, data] of touched) {
      const current = this.shards.get(shard);
      const previousSeq = current?.seq ?? null;
      if (isEmpty(data)) {
        delete shardRefs[shardKey(shard)];
        shardWrites.push({ shard, next: null, bytes: null, previousSeq });
        continue;
      }
      const seq = (current?.seq ?? 0) + 1;
      const bytes = encodeDoc({
        kind: DocKind.IndexShard,
        vaultId: keys.vaultId,
        docId: shardDocId(shard),
        seq,
        key: keys.indexKey,
        value: encodeShard(data),
        asciiJson: true,
      });
      const sha256 = sha256Hex(bytes);
      shardRefs[shardKey(shard)] = { seq, sha256 };
      shardWrites.push({ shard, next: { seq, sha256, data, encoding: 2 }, bytes, previousSeq });
    }

    const root: RootIndex = {
      ...this.root,
      // A version-2 root is rewritten as 3 on its first commit: from then on a shard file may be
      // in either encoding (each names its own), and version-2 readers refuse the vault.
      v: INDEX_VERSION,
      shards: shardRefs,
      audit,
      ...(change.settings ? { settings: structuredClone(change.settings) } : {}),
      ...(change.shredded
        ? {
            shredded: [...this.root.shredded, ...change.shredded.cases],
            shreddedBlobs: [...this.root.shreddedBlobs, ...change.shredded.blobs],
          }
        : {}),
    };
    const rootSeq = this.rootSeq + 1;
    const rootBytes = encodeDoc({
      kind: DocKind.Index,
      vaultId: keys.vaultId,
      docId: ZERO_ID,
      seq: rootSeq,
      key: keys.indexKey,
      value: root,
    });
    return { shardWrites, root, rootSeq, rootBytes, rootHash: sha256Hex(rootBytes) };
  }

  /** The state after `plan` reached disk (its root rename was the commit point). */
  apply(plan: CommitPlan): IndexState {
    const shards = new Map(this.shards);
    for (const w of plan.shardWrites) {
      if (w.next) shards.set(w.shard, w.next);
      else shards.delete(w.shard);
    }
    return new IndexState(plan.root, plan.rootSeq, plan.rootHash, shards);
  }
}
