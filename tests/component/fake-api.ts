import type { ApiClient } from '@renderer/api/api-context';
import type { VaultState, VaultStatus, VaultSummary } from '@shared/domain/vault';
import { invokeChannels, type Channel, type EventChannel } from '@shared/ipc/channels';
import type {
  Api,
  AppInfo,
  EventPayload,
  InputOf,
  OutputOf,
  Preferences,
  Subscribe,
} from '@shared/ipc/contract';
import { fail, ok, type ErrorCode, type Result } from '@shared/ipc/result';

export const defaultAppInfo: AppInfo = {
  name: 'Confidant',
  version: '0.1.0',
  platform: 'darwin',
  dataDirectory: '/Users/avery/Library/Application Support/Confidant',
  runtime: 'electron',
};

export const defaultPreferences: Preferences = {
  theme: 'system',
  locale: 'en',
  contentProtection: true,
  idleLockMinutes: 5,
};

/** The fake vault's secrets: what a test types to unlock, and the key "main" shows on creation. */
export const fakePassphrase = 'correct horse battery staple';
export const fakeRecoveryKey =
  'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01';
export const fakeVault: VaultSummary = {
  id: 'vault-1',
  name: 'Casework',
  path: '/Users/avery/Vaults/Casework',
};
export const fakeCheckpoint = {
  size: 42,
  head: '3f9a12bc45de67f0811234567890abcdef1234567890abcdef12345678c07e',
  time: '2026-11-20T09:30:00.000Z',
};

const compactKey = (key: string) => key.replace(/[\s-]/g, '').toUpperCase();

export interface FakeCall {
  channel: Channel;
  input: unknown;
}

export type Handler<C extends Channel> = (input: InputOf<C>) => Result<OutputOf<C>>;

export interface FakeClient {
  client: ApiClient;
  /** Every invoke, in order. */
  calls: FakeCall[];
  /** Deliver a main → renderer event to the current subscribers. */
  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void;
  /** Answer `channel` with this handler (adds one for a new channel, or replaces a default). */
  handle<C extends Channel>(channel: C, handler: Handler<C>): void;
  /** Make the next call on `channel` fail with this code and message. */
  failNext(channel: Channel, code: ErrorCode, message: string): void;
  /** Hold every call on `channel` until `release()`; for loading states. */
  hold(channel: Channel): { release: () => void };
  preferences(): Preferences;
  vaultStatus(): VaultStatus;
  listenerCount(event: EventChannel): number;
}

/**
 * An in-memory stand-in for main: answers app:info and preferences like the real handlers do,
 * including the preferences:changed event after every successful update.
 */
export function createFakeClient(
  options: {
    appInfo?: Partial<AppInfo>;
    preferences?: Partial<Preferences>;
    /** The vault's state at start-up: unlocked (the frame) unless a test says otherwise. */
    vault?: VaultState;
  } = {},
): FakeClient {
  const info: AppInfo = { ...defaultAppInfo, ...options.appInfo };
  let preferences: Preferences = { ...defaultPreferences, ...options.preferences };
  const initialState = options.vault ?? 'unlocked';
  let vault: VaultStatus = {
    state: initialState,
    vault: initialState === 'closed' ? null : { ...fakeVault },
    recent: [
      { path: fakeVault.path, name: fakeVault.name, lastOpenedAt: '2026-11-21T16:05:00.000Z' },
    ],
    recoveryKeyPending: false,
  };
  let passphrase = fakePassphrase;
  const calls: FakeCall[] = [];
  const failures = new Map<Channel, { code: ErrorCode; message: string }>();
  const held = new Map<Channel, Promise<void>>();
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();

  const emit = <E extends EventChannel>(event: E, payload: EventPayload<E>): void => {
    for (const listener of listeners.get(event) ?? [])
      (listener as (p: EventPayload<E>) => void)(payload);
  };

  // Partial on purpose: a channel added to the contract later answers UnknownChannel here until a
  // test gives it a handler with `handle()`, instead of breaking every component test's compile.
  const handlers: { [C in Channel]?: Handler<C> } = {
    'app:info': () => ok(info),
    'preferences:get': () => ok(preferences),
    'preferences:update': (patch) => {
      preferences = { ...preferences, ...patch };
      emit('preferences:changed', preferences);
      return ok(preferences);
    },
    'app:activity': () => ok(null),
    'app:ready-to-close': () => ok(null),
    'vault:status': () => ok(vault),
    'vault:create': ({ name, passphrase: chosen }) => {
      const created = { id: 'vault-2', name, path: `/Users/avery/Vaults/${name}` };
      passphrase = chosen;
      const recent = [{ path: created.path, name, lastOpenedAt: '2026-11-22T08:00:00.000Z' }];
      setVault({
        state: 'unlocked',
        vault: created,
        recent: [...recent, ...vault.recent],
        recoveryKeyPending: true,
      });
      return ok({ status: vault, recoveryKey: fakeRecoveryKey });
    },
    'vault:confirm-recovery-key': ({ recoveryKey }) => {
      if (compactKey(recoveryKey) !== compactKey(fakeRecoveryKey))
        return fail('WrongRecoveryKey', 'That is not the recovery key shown for this vault.');
      setVault({ ...vault, recoveryKeyPending: false });
      return ok(vault);
    },
    'vault:save-emergency-kit': () => ok({ saved: true }),
    'vault:open': ({ path }) => {
      const found = vault.recent.find((entry) => entry.path === path) ?? vault.recent[0];
      if (!found) return fail('NotFound', 'That vault is not in the list of recent vaults.');
      setVault({ ...vault, state: 'locked', vault: { id: 'vault-1', ...found } });
      return ok(vault);
    },
    'vault:unlock': ({ passphrase: typed }) => {
      if (typed !== passphrase) return fail('WrongPassphrase', 'The passphrase is not correct.');
      setVault({ ...vault, state: 'unlocked' });
      return ok(vault);
    },
    'vault:recover': ({ recoveryKey, newPassphrase }) => {
      if (compactKey(recoveryKey) !== compactKey(fakeRecoveryKey))
        return fail(
          'WrongRecoveryKey',
          'The recovery key does not check out; group 3 looks mistyped.',
        );
      passphrase = newPassphrase;
      setVault({ ...vault, state: 'unlocked' });
      return ok(vault);
    },
    'vault:lock': () => {
      lockVault('user');
      return ok(vault);
    },
    'vault:close': () => {
      lockVault('user');
      setVault({ ...vault, state: 'closed', vault: null });
      return ok(vault);
    },
    'vault:change-passphrase': ({ current, next }) => {
      if (current !== passphrase) return fail('WrongPassphrase', 'The passphrase is not correct.');
      passphrase = next;
      return ok(vault);
    },
    'vault:rotate-recovery-key': ({ passphrase: typed }) => {
      if (typed !== passphrase) return fail('WrongPassphrase', 'The passphrase is not correct.');
      setVault({ ...vault, recoveryKeyPending: true });
      return ok({ status: vault, recoveryKey: fakeRecoveryKey });
    },
    'vault:rename': ({ name }) => {
      if (!vault.vault) return fail('NotFound', 'No vault is open.');
      setVault({ ...vault, vault: { ...vault.vault, name } });
      return ok(vault);
    },
    'vault:forget': ({ path }) => {
      setVault({ ...vault, recent: vault.recent.filter((entry) => entry.path !== path) });
      return ok(vault);
    },
    'vault:checkpoint': () => ok(fakeCheckpoint),
  };

  // Like main: every change is announced, and locking an unlocked vault says so first.
  function setVault(next: VaultStatus): void {
    vault = next;
    emit('vault:status-changed', vault);
  }

  function lockVault(reason: EventPayload<'vault:locked'>['reason']): void {
    if (vault.state !== 'unlocked') return;
    vault = { ...vault, state: 'locked', recoveryKeyPending: false };
    emit('vault:locked', { reason });
    emit('vault:status-changed', vault);
  }

  const invoke = async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    calls.push({ channel, input });
    await held.get(channel);
    const failure = failures.get(channel);
    if (failure) {
      failures.delete(channel);
      return fail(failure.code, failure.message);
    }
    const handler = handlers[channel] as ((input: unknown) => Result<unknown>) | undefined;
    return handler
      ? handler(input)
      : fail('UnknownChannel', `The fake has no handler for ${channel}.`);
  };

  const api = Object.fromEntries(
    invokeChannels.map((channel) => [channel, (input?: unknown) => invoke(channel, input)]),
  ) as unknown as Api;

  const subscribe = ((event: EventChannel, listener: (payload: never) => void) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => {
      set.delete(listener);
    };
  }) as Subscribe;

  return {
    client: { api, subscribe },
    calls,
    emit,
    handle(channel, handler) {
      (handlers as Record<Channel, unknown>)[channel] = handler;
    },
    failNext: (channel, code, message) => failures.set(channel, { code, message }),
    hold(channel) {
      let release = (): void => {};
      held.set(
        channel,
        new Promise<void>((resolve) => {
          release = () => {
            held.delete(channel);
            resolve();
          };
        }),
      );
      return { release: () => release() };
    },
    preferences: () => preferences,
    vaultStatus: () => vault,
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
  };
}
