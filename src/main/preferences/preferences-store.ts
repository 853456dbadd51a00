import { join } from 'node:path';
import { preferencesSchema, type Preferences } from '../../shared/ipc/contract';
import { ensurePrivateDirectory, writeFileDurably } from '../storage/durable-write';
import { nodeFs, type FsPort } from '../storage/fs-port';

export const PREFERENCES_FILE = 'preferences.json';

export const defaultPreferences: Preferences = {
  theme: 'system',
  locale: 'en',
  contentProtection: true,
  idleLockMinutes: 5,
};

export type PreferencesProblem = 'unreadable' | 'invalid' | null;

/**
 * App-level preferences (theme, language, screen-capture protection, idle lock). They hold no case
 * data, so they live outside any vault in the user-data directory. A damaged file is reported and
 * left untouched; defaults apply until the user changes a setting.
 */
export class PreferencesStore {
  private current: Preferences = defaultPreferences;
  private problemFound: PreferencesProblem = null;

  private constructor(
    private readonly dir: string,
    private readonly fs: FsPort,
  ) {}

  static async open(dir: string, fs: FsPort = nodeFs): Promise<PreferencesStore> {
    const store = new PreferencesStore(dir, fs);
    await store.load();
    return store;
  }

  get problem(): PreferencesProblem {
    return this.problemFound;
  }

  get(): Preferences {
    return { ...this.current };
  }

  async update(patch: Partial<Preferences>): Promise<Preferences> {
    const next = preferencesSchema.parse({ ...this.current, ...patch });
    await ensurePrivateDirectory(this.dir, this.fs);
    await writeFileDurably(this.path, Buffer.from(JSON.stringify(next, null, 2)), this.fs);
    this.current = next;
    this.problemFound = null;
    return this.get();
  }

  private get path(): string {
    return join(this.dir, PREFERENCES_FILE);
  }

  private async load(): Promise<void> {
    let text: string;
    try {
      text = (await this.fs.readFile(this.path)).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.problemFound = 'unreadable';
      return;
    }
    try {
      // Merge over defaults so a file written by an older version (fewer keys) still loads.
      const parsed = preferencesSchema.safeParse({ ...defaultPreferences, ...JSON.parse(text) });
      if (parsed.success) this.current = parsed.data;
      else this.problemFound = 'invalid';
    } catch {
      this.problemFound = 'invalid';
    }
  }
}
