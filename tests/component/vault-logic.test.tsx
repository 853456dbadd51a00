import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VaultStatus } from '@shared/domain/vault';
import { newPassphraseProblem } from '@renderer/features/vault/passphrase-rules';
import {
  normaliseRecoveryKey,
  recoveryKeyGroups,
} from '@renderer/features/vault/recovery-key-format';
import { CLIPBOARD_CLEAR_MS, copySecret } from '@renderer/features/vault/secret-clipboard';
import { ACTIVITY_PING_INTERVAL_MS, shouldPing } from '@renderer/features/vault/use-activity-ping';
import { gateReducer, initialGateState, routeFor } from '@renderer/features/vault/vault-gate-state';
import { fakeRecoveryKey, fakeVault } from './fake-api';

const status = (patch: Partial<VaultStatus>): VaultStatus => ({
  state: 'closed',
  vault: null,
  recent: [],
  recoveryKeyPending: false,
  ...patch,
});
const closed = status({});
const locked = status({ state: 'locked', vault: fakeVault });
const unlocked = status({ state: 'unlocked', vault: fakeVault });
const pending = status({ state: 'unlocked', vault: fakeVault, recoveryKeyPending: true });

describe('vault gate state', () => {
  it('routes each state to its step', () => {
    expect(initialGateState(closed).route).toBe('picker');
    expect(initialGateState(locked).route).toBe('unlock');
    expect(initialGateState(unlocked).route).toBe('app');
    expect(initialGateState(pending).route).toBe('recovery-key');
  });

  it('stays on the create form until vault:create answers with the key', () => {
    let state = gateReducer(initialGateState(closed), { type: 'show', route: 'create' });
    state = gateReducer(state, { type: 'status', status: pending });
    expect(state.route).toBe('create');
    state = gateReducer(state, { type: 'created', status: pending, recoveryKey: fakeRecoveryKey });
    expect(state).toMatchObject({ route: 'recovery-key', recoveryKey: fakeRecoveryKey });
    state = gateReducer(state, { type: 'status', status: unlocked });
    expect(state).toMatchObject({ route: 'app', recoveryKey: null });
  });

  it('reloads when a vault with data on screen locks, and never leaves that state', () => {
    expect(routeFor(locked, 'app', false)).toBe('reloading');
    expect(routeFor(closed, 'recovery-key', true)).toBe('reloading');
    expect(routeFor(unlocked, 'reloading', false)).toBe('reloading');
    const state = gateReducer(initialGateState(unlocked), { type: 'locked' });
    expect(state.route).toBe('reloading');
    expect(gateReducer(initialGateState(locked), { type: 'locked' }).route).toBe('unlock');
  });

  it('only offers steps that fit the state', () => {
    const start = initialGateState(locked);
    expect(gateReducer(start, { type: 'show', route: 'create' })).toBe(start);
    expect(gateReducer(start, { type: 'show', route: 'recover' }).route).toBe('recover');
    expect(routeFor(locked, 'recover', false)).toBe('recover');
  });
});

describe('new passphrase rules', () => {
  it('needs 10 characters, then score 3 or 16 characters, then a matching confirmation', () => {
    expect(newPassphraseProblem('short', '', 4)).toBe('tooShort');
    expect(newPassphraseProblem('tenletters', '', null)).toBe('checking');
    expect(newPassphraseProblem('tenletters', '', 2)).toBe('tooWeak');
    expect(newPassphraseProblem('sixteen letters!', '', 0)).toBe('confirm');
    expect(newPassphraseProblem('Tz8#qL2!vw', 'Tz8#qL2!vx', 3)).toBe('mismatch');
    expect(newPassphraseProblem('Tz8#qL2!vw', 'Tz8#qL2!vw', 3)).toBeNull();
  });
});

describe('recovery key format', () => {
  it('ignores spaces, dashes and case, and counts characters', () => {
    expect(normaliseRecoveryKey(fakeRecoveryKey.toLowerCase().replaceAll('-', ' '))).toEqual({
      key: fakeRecoveryKey,
    });
    expect(normaliseRecoveryKey('abcd efgh')).toEqual({ length: 8 });
    expect(recoveryKeyGroups(fakeRecoveryKey)).toHaveLength(14);
  });
});

describe('activity ping', () => {
  it('pings at once, then at most every 30 seconds', () => {
    expect(shouldPing(null, 1000)).toBe(true);
    expect(shouldPing(1000, 1000 + ACTIVITY_PING_INTERVAL_MS - 1)).toBe(false);
    expect(shouldPing(1000, 1000 + ACTIVITY_PING_INTERVAL_MS)).toBe(true);
  });
});

describe('copying a secret', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('clears the clipboard after 10 s if it still holds the secret', async () => {
    vi.useFakeTimers();
    expect(await copySecret(fakeRecoveryKey)).toBe(true);
    expect(await navigator.clipboard.readText()).toBe(fakeRecoveryKey);
    await vi.advanceTimersByTimeAsync(CLIPBOARD_CLEAR_MS);
    expect(await navigator.clipboard.readText()).toBe('');
  });

  it('leaves the clipboard alone when something else was copied since', async () => {
    vi.useFakeTimers();
    await copySecret(fakeRecoveryKey);
    await navigator.clipboard.writeText('meeting notes');
    await vi.advanceTimersByTimeAsync(CLIPBOARD_CLEAR_MS);
    expect(await navigator.clipboard.readText()).toBe('meeting notes');
  });
});
