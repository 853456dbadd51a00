import type { Adapter } from 'lowdb';
import { AppError } from '../ipc/app-error';
import type { Overview, VaultStore } from './vault-store';

/**
 * lowdb `Adapter<T>` over the vault store (vault.md §6). lowdb is only the in-memory model; every
 * byte on disk goes through the store's commit protocol (never TextFile/JSONFile/DataFile, whose
 * steno writer neither fsyncs nor restricts modes).
 *
 * `read()` returns null only for a case this adapter is about to create (the index has no entry
 * yet); a case the index lists but whose file is missing throws DocMissing, because `Low.read()`
 * would otherwise keep `defaultData` and the next `write()` would replace a real case with it.
 * `write()` resolves after the index commit, i.e. when the save is acknowledged.
 */
export class CaseDocumentAdapter<T> implements Adapter<T> {
  private pending: Promise<void> = Promise.resolve();

  private constructor(
    private readonly store: VaultStore,
    private caseId: string | null,
    private readonly overviewOf: (data: T) => Overview,
  ) {}

  /** An adapter for an existing case. */
  static forCase<T>(store: VaultStore, caseId: string, overviewOf: (data: T) => Overview) {
    if (!store.hasCase(caseId))
      throw new AppError('NotFound', 'No such case in this vault.', { caseId });
    return new CaseDocumentAdapter<T>(store, caseId, overviewOf);
  }

  /** An adapter for a case that does not exist yet; its first write creates it. */
  static forNewCase<T>(store: VaultStore, overviewOf: (data: T) => Overview) {
    return new CaseDocumentAdapter<T>(store, null, overviewOf);
  }

  get id(): string | null {
    return this.caseId;
  }

  async read(): Promise<T | null> {
    if (this.caseId === null) return null;
    return (await this.store.readCase<T>(this.caseId)).value;
  }

  write(data: T): Promise<void> {
    // Chained so a second write issued before the first (creating) one finished updates the case
    // the first created instead of creating another one.
    const run = this.pending.then(() => this.writeNow(data));
    this.pending = run.catch(() => undefined);
    return run;
  }

  private async writeNow(data: T): Promise<void> {
    if (this.caseId === null) {
      this.caseId = await this.store.createCase(this.overviewOf(data), data);
      return;
    }
    await this.store.updateCase(this.caseId, data, { overview: this.overviewOf(data) });
  }
}

/** lowdb adapter for the vault's settings document (always present; `{}` in a new vault). */
export class SettingsAdapter<T extends Record<string, unknown>> implements Adapter<T> {
  constructor(private readonly store: VaultStore) {}

  read(): Promise<T | null> {
    return this.store.getSettings<T>();
  }

  write(data: T): Promise<void> {
    return this.store.setSettings(data);
  }
}
