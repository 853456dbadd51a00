import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PREFERENCES_FILE,
  PreferencesStore,
  defaultPreferences,
} from '../../src/main/preferences/preferences-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'confidant-prefs-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('PreferencesStore', () => {
  it('starts from defaults and persists an update owner-only', async () => {
    const store = await PreferencesStore.open(dir);
    expect(store.get()).toEqual(defaultPreferences);
    await store.update({ theme: 'dark', idleLockMinutes: 12 });
    const again = await PreferencesStore.open(dir);
    expect(again.get()).toMatchObject({ theme: 'dark', idleLockMinutes: 12 });
    expect((await stat(join(dir, PREFERENCES_FILE))).mode & 0o777).toBe(0o600);
  });

  it('refuses an invalid update and keeps the previous file', async () => {
    const store = await PreferencesStore.open(dir);
    await store.update({ theme: 'light' });
    const before = await readFile(join(dir, PREFERENCES_FILE), 'utf8');
    await expect(store.update({ idleLockMinutes: 0 })).rejects.toThrow();
    expect(await readFile(join(dir, PREFERENCES_FILE), 'utf8')).toBe(before);
    expect(store.get().theme).toBe('light');
  });

  it.each([
    ['not JSON', '{{'],
    ['a value out of range', JSON.stringify({ idleLockMinutes: 900 })],
    ['an unknown key', JSON.stringify({ theme: 'dark', telemetry: true })],
  ])('reports a damaged file (%s), uses defaults and does not overwrite it', async (_l, body) => {
    await writeFile(join(dir, PREFERENCES_FILE), body);
    const store = await PreferencesStore.open(dir);
    expect(store.problem).toBe('invalid');
    expect(store.get()).toEqual(defaultPreferences);
    expect(await readFile(join(dir, PREFERENCES_FILE), 'utf8')).toBe(body);
  });
});
