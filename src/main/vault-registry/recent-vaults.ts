import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ensurePrivateDirectory, writeFileDurably } from '../storage/durable-write';
import { nodeFs, type FsPort } from '../storage/fs-port';

export const RECENT_VAULTS_FILE = 'recent-vaults.json';
const MAX_RECENT = 20;

export const recentVaultSchema = z.strictObject({
  path: z.string().min(1),
  name: z.string().min(1).max(80),
  lastOpenedAt: z.iso.datetime(),
});
export type RecentVault = z.infer<typeof recentVaultSchema>;

const fileSchema = z.strictObject({ v: z.literal(1), vaults: z.array(recentVaultSchema) });

/**
 * The list of vaults this device has opened (a consultant keeps one per client). It holds folder
 * paths and display names only — both visible on the lock screen before any key exists, so they are
 * documented as not secret. A damaged file is set aside in memory, not overwritten, until a change.
 */
export class RecentVaults {
  private vaults: RecentVault[] = [];
  private damaged = false;

  private constructor(
    private readonly dir: string,
    private readonly fs: FsPort,
  ) {}

  static async open(dir: string, fs: FsPort = nodeFs): Promise<RecentVaults> {
    const registry = new RecentVaults(dir, fs);
    await registry.load();
    return registry;
  }

  get wasDamaged(): boolean {
    return this.damaged;
  }

  list(): RecentVault[] {
    return this.vaults.map((v) => ({ ...v }));
  }

  find(path: string): RecentVault | undefined {
    const wanted = resolve(path);
    return this.vaults.find((v) => v.path === wanted);
  }

  /** Adds or refreshes a vault and moves it to the top. */
  async touch(path: string, name: string, at: Date): Promise<void> {
    const entry = { path: resolve(path), name, lastOpenedAt: at.toISOString() };
    const rest = this.vaults.filter((v) => v.path !== entry.path);
    await this.save([entry, ...rest].slice(0, MAX_RECENT));
  }

  async rename(path: string, name: string): Promise<void> {
    const wanted = resolve(path);
    await this.save(this.vaults.map((v) => (v.path === wanted ? { ...v, name } : v)));
  }

  async forget(path: string): Promise<void> {
    const wanted = resolve(path);
    await this.save(this.vaults.filter((v) => v.path !== wanted));
  }

  private async save(next: RecentVault[]): Promise<void> {
    await ensurePrivateDirectory(this.dir, this.fs);
    const body = JSON.stringify({ v: 1, vaults: next }, null, 2);
    await writeFileDurably(join(this.dir, RECENT_VAULTS_FILE), Buffer.from(body), this.fs);
    this.vaults = next;
    this.damaged = false;
  }

  private async load(): Promise<void> {
    let text: string;
    try {
      text = (await this.fs.readFile(join(this.dir, RECENT_VAULTS_FILE))).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.damaged = true;
      return;
    }
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      if (parsed.success) this.vaults = parsed.data.vaults;
      else this.damaged = true;
    } catch {
      this.damaged = true;
    }
  }
}
