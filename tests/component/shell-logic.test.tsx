import { describe, expect, it } from 'vitest';
import { navigationReducer } from '@renderer/app/navigation';
import {
  effectivePreferences,
  initialPreferencesState,
  preferencesReducer,
} from '@renderer/app/preferences-state';
import { screenForCommand } from '@renderer/app/use-app-commands';
import { lockAfterOptions } from '@renderer/features/settings/lock-after-options';
import { captureProtection } from '@renderer/lib/capture-protection';
import { defaultPreferences } from './fake-api';

const failure = { code: 'StorageIOError' as const, message: 'Disk full.' };

describe('preferences state', () => {
  const start = initialPreferencesState(defaultPreferences);

  it('applies a change at once and settles on the confirmed value', () => {
    const started = preferencesReducer(start, { type: 'update-started', patch: { theme: 'dark' } });
    expect(effectivePreferences(started).theme).toBe('dark');
    const done = preferencesReducer(started, {
      type: 'update-succeeded',
      patch: { theme: 'dark' },
      value: { ...defaultPreferences, theme: 'dark' },
    });
    expect(done.pending).toEqual({});
    expect(effectivePreferences(done).theme).toBe('dark');
  });

  it('reverts and records the error when the update fails', () => {
    const started = preferencesReducer(start, { type: 'update-started', patch: { theme: 'dark' } });
    const failed = preferencesReducer(started, {
      type: 'update-failed',
      patch: { theme: 'dark' },
      error: failure,
    });
    expect(effectivePreferences(failed).theme).toBe('system');
    expect(failed.errors.theme).toEqual(failure);
    const retried = preferencesReducer(failed, {
      type: 'update-started',
      patch: { theme: 'light' },
    });
    expect(retried.errors.theme).toBeUndefined();
  });

  it('keeps a newer pending change when an older one settles', () => {
    let state = preferencesReducer(start, { type: 'update-started', patch: { theme: 'dark' } });
    state = preferencesReducer(state, { type: 'update-started', patch: { theme: 'light' } });
    state = preferencesReducer(state, {
      type: 'update-failed',
      patch: { theme: 'dark' },
      error: failure,
    });
    expect(effectivePreferences(state).theme).toBe('light');
  });

  it('takes preferences:changed as the confirmed value', () => {
    const changed = preferencesReducer(start, {
      type: 'changed',
      value: { ...defaultPreferences, idleLockMinutes: 20 },
    });
    expect(effectivePreferences(changed).idleLockMinutes).toBe(20);
  });
});

describe('navigation', () => {
  it('moves between screens and keeps state identity when nothing changes', () => {
    const home = { screen: 'home' as const };
    expect(navigationReducer(home, { type: 'navigate', screen: 'settings' })).toEqual({
      screen: 'settings',
    });
    expect(navigationReducer(home, { type: 'navigate', screen: 'home' })).toBe(home);
  });

  it('maps only the settings menu command to a screen today', () => {
    expect(screenForCommand('settings')).toBe('settings');
    expect(screenForCommand('lock')).toBeNull();
    expect(screenForCommand('new-case')).toBeNull();
  });
});

describe('lock-after options', () => {
  it('offers the standard choices and keeps an unusual current value', () => {
    expect(lockAfterOptions(5)).toEqual([1, 2, 3, 5, 10, 15, 20, 30]);
    expect(lockAfterOptions(7)).toEqual([1, 2, 3, 5, 7, 10, 15, 20, 30]);
  });
});

describe('capture protection', () => {
  it('is blocked only where the desktop app can hide its window', () => {
    const on = { contentProtection: true };
    expect(captureProtection(on, { runtime: 'electron', platform: 'darwin' })).toBe('blocked');
    expect(captureProtection(on, { runtime: 'electron', platform: 'win32' })).toBe('blocked');
    expect(captureProtection(on, { runtime: 'electron', platform: 'linux' })).toBe('unavailable');
    expect(captureProtection(on, { runtime: 'harness', platform: 'darwin' })).toBe('unavailable');
    expect(
      captureProtection({ contentProtection: false }, { runtime: 'electron', platform: 'darwin' }),
    ).toBe('allowed');
  });
});
