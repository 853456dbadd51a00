import type { CaseDoc, CaseOverview } from '../../shared/domain/case-doc';
import type { Person } from '../../shared/domain/person';
import { CaseSearchIndex, searchableOf } from '../search/case-search-index';
import { SerialQueue } from '../vault-session/serial-queue';
import type { CaseStoreAccess } from '../vault-session/vault-data';
import type { VaultStore } from '../vault/vault-store';

export const PEOPLE_COLLECTION = 'people';
const BUILD_BATCH = 50;

/** Lets the event loop serve IPC between batches of a long background job. */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Main-side state of one unlocked vault for the case services: the people directory (names for
 * overviews), the search index, the case-number queue and the seqs main wrote on its own. All of
 * it is decrypted data, so it lives exactly as long as the store object: `drop` on lock.
 */
export class OpenWorkspace {
  readonly search: CaseSearchIndex;
  /** Case creation allocates numbers from the settings high-water mark: one at a time. */
  readonly creations = new SerialQueue();
  /** Per case, seqs written by main alone (custody lines, evidence import): no content change. */
  private readonly mainOnlySeqs = new Map<string, Set<number>>();
  /** Highest live sequence per prefix-year, read once from the overviews, then kept current. */
  liveNumbers: Map<string, number> | null = null;
  private people: Map<string, Person> | null = null;
  private dropped = false;
  /** Saves feed the index only once a build has begun (the CLI's bulk demo never starts one). */
  private indexing = false;
  private build: Promise<void> | null = null;
  buildMs: number | null = null;

  constructor(readonly access: CaseStoreAccess) {
    this.search = new CaseSearchIndex((id) => this.people?.get(id)?.name);
  }

  get store(): VaultStore {
    return this.access.store;
  }

  async peopleMap(): Promise<Map<string, Person>> {
    if (!this.people) {
      const records = await this.store.listRecords<Person>(PEOPLE_COLLECTION);
      this.people ??= new Map(records.map((r) => [r.id, r.value]));
    }
    return this.people;
  }

  async nameLookup(): Promise<(id: string) => string | undefined> {
    const people = await this.peopleMap();
    return (id) => people.get(id)?.name;
  }

  rememberPerson(person: Person): void {
    this.people?.set(person.id, person);
  }

  async overviews(): Promise<CaseOverview[]> {
    // The index's overviews were validated when written; they are read-only here.
    return (await this.store.listCases()).map((c) => c.overview as CaseOverview);
  }

  markMainOnly(caseId: string, seq: number): void {
    const seqs = this.mainOnlySeqs.get(caseId) ?? new Set<number>();
    seqs.add(seq);
    this.mainOnlySeqs.set(caseId, seqs);
  }

  /** True when every version after `expected` up to `current` was written by main alone. */
  onlyMainWroteSince(caseId: string, expected: number, current: number): boolean {
    if (expected > current) return false;
    const seqs = this.mainOnlySeqs.get(caseId);
    for (let s = expected + 1; s <= current; s += 1) if (!seqs?.has(s)) return false;
    return true;
  }

  indexCase(doc: CaseDoc, seq: number): void {
    if (this.indexing && !this.dropped) this.search.upsert(searchableOf(doc, seq));
  }

  /** Start (once) the background build; resolves when every case is indexed. */
  searchReady(): Promise<void> {
    this.indexing = true;
    this.build ??= this.buildIndex();
    return this.build;
  }

  private async buildIndex(): Promise<void> {
    const t0 = performance.now();
    await this.peopleMap();
    const ids = (await this.store.listCases()).map((c) => c.caseId);
    for (let i = 0; i < ids.length; i += BUILD_BATCH) {
      if (this.dropped) return;
      const batch = ids.slice(i, i + BUILD_BATCH);
      const docs = await Promise.all(
        batch.map((id) => this.store.readCase<CaseDoc>(id).catch(() => null)),
      );
      for (const read of docs) if (read && !this.dropped) this.indexCase(read.value, read.seq);
      await yieldToLoop();
    }
    this.buildMs = performance.now() - t0;
  }

  drop(): void {
    this.dropped = true;
    this.search.clear();
    this.people?.clear();
    this.people = null;
    this.mainOnlySeqs.clear();
  }
}

/**
 * Hands the case services the workspace of the vault unlocked right now, creating it (and starting
 * the search build) for a new store and dropping the old one whenever the store changes.
 */
export class CaseWorkspaces {
  private current: OpenWorkspace | null = null;

  constructor(
    private readonly access: () => CaseStoreAccess,
    private readonly options: { buildSearch?: boolean } = {},
  ) {}

  /** Throws VaultLocked / NotFound (from the session) when there is no unlocked vault. */
  open(): OpenWorkspace {
    const access = this.access();
    if (this.current?.access.store !== access.store) {
      this.current?.drop();
      this.current = new OpenWorkspace(access);
      if (this.options.buildSearch !== false)
        void this.current.searchReady().catch(() => undefined);
    }
    return this.current;
  }

  /** The vault locked: forget every decrypted byte this layer holds. */
  drop(): void {
    this.current?.drop();
    this.current = null;
  }

  get active(): OpenWorkspace | null {
    return this.current;
  }
}
