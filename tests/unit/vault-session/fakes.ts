import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditAction } from '../../../src/main/audit/audit-record';
import { EventBus } from '../../../src/main/ipc/event-bus';
import { fixedClock } from '../../../src/main/ports/clock';
import type { TimerPort } from '../../../src/main/vault-session/idle-timer';
import type { OpenedVaultData, VaultDataFactory } from '../../../src/main/vault-session/vault-data';
import { VaultSession } from '../../../src/main/vault-session/vault-session';
import { argon2idRaw, type KdfRunner } from '../../../src/main/vault/kdf';
import { TEST_ARGON2, TEST_KDF_POLICY } from '../../../src/main/vault/kdf-policy';
import { RecentVaults } from '../../../src/main/vault-registry/recent-vaults';
import { ScriptedDialogs } from '../../harness/scripted-dialogs';

/** An in-memory data side that records what the session asked of it. */
export class MemoryVaultData implements VaultDataFactory {
  readonly events: Array<{ dir: string; action: AuditAction; details?: Record<string, unknown> }> =
    [];
  opened = 0;
  closed = 0;
  failOpen: Error | null = null;

  private handle(dir: string): OpenedVaultData {
    return {
      audit: async (action, details) => {
        this.events.push({ dir, action, details });
      },
      checkpoint: async () => ({
        size: this.events.length,
        head: 'ab'.repeat(32),
        time: '2026-03-02T09:00:00.000Z',
      }),
      close: async () => {
        this.closed += 1;
      },
    };
  }

  async initialise(dir: string): Promise<OpenedVaultData> {
    this.events.push({ dir, action: 'vault.created' });
    this.opened += 1;
    return this.handle(dir);
  }

  async open(dir: string): Promise<OpenedVaultData> {
    if (this.failOpen) throw this.failOpen;
    this.opened += 1;
    this.events.push({ dir, action: 'unlock.ok' });
    return this.handle(dir);
  }
}

export class ManualTimers implements TimerPort {
  pending: Array<{ fn: () => void; ms: number; id: number }> = [];
  private next = 1;
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.push({ fn, ms, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((t) => t.id !== handle);
  }
  fireAll(): void {
    const due = this.pending;
    this.pending = [];
    for (const t of due) t.fn();
  }
}

export async function makeSession() {
  const root = await mkdtemp(join(tmpdir(), 'confidant-session-'));
  const dialogs = new ScriptedDialogs();
  const events = new EventBus();
  const seen: Array<{ event: string; payload: unknown }> = [];
  events.subscribe((event, payload) => seen.push({ event, payload }));
  let kdfRuns = 0;
  const runner: KdfRunner = {
    derive: async (secret, params) => {
      kdfRuns += 1;
      return argon2idRaw(secret, params);
    },
  };
  const data = new MemoryVaultData();
  const timers = new ManualTimers();
  const kits: string[] = [];
  const session = new VaultSession({
    registry: await RecentVaults.open(join(root, 'user-data')),
    dialogs,
    clock: fixedClock(new Date('2026-03-02T09:00:00Z')),
    events,
    kdf: { runner, policy: TEST_KDF_POLICY },
    argon2ForNewVault: async () => ({ ...TEST_ARGON2 }),
    data,
    idleMinutes: () => 5,
    renderEmergencyKit: async (input) => {
      kits.push(input.recoveryKey);
      return Buffer.from(`%PDF-1.7 kit for ${input.vaultName}`);
    },
    timers,
  });
  return { root, session, dialogs, data, timers, seen, kits, kdfRuns: () => kdfRuns };
}
