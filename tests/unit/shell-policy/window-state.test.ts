import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  WINDOW_STATE_FILE,
  clampToDisplays,
  defaultWindowState,
  loadWindowState,
  saveWindowState,
  stateFromBounds,
} from '../../../src/main/shell-policy/window-state';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('clampToDisplays', () => {
  it('centres the default window on the primary display', () => {
    expect(clampToDisplays(defaultWindowState, [primary, right])).toEqual({
      x: 320,
      y: 120,
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      maximized: false,
    });
  });

  it('keeps a visible window where it was, on the display it mostly covers', () => {
    const state = { x: 2000, y: 100, width: 1200, height: 900, maximized: true };
    expect(clampToDisplays(state, [primary, right])).toEqual(state);
  });

  it('moves a window from an unplugged monitor back to the primary display', () => {
    const state = { x: 5000, y: 3000, width: 1000, height: 700, maximized: false };
    expect(clampToDisplays(state, [primary])).toEqual({
      x: 460,
      y: 170,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('treats a sliver of overlap as invisible', () => {
    const state = { x: 1900, y: 10, width: 1000, height: 700, maximized: false };
    const placed = clampToDisplays(state, [primary]);
    expect(placed.x! + placed.width).toBeLessThanOrEqual(primary.width);
  });

  it('shrinks an oversized window to the work area and shifts it inside', () => {
    const state = { x: -50, y: -50, width: 4000, height: 3000, maximized: false };
    expect(clampToDisplays(state, [primary])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });

  it('pulls a partly off-screen window fully inside', () => {
    const state = { x: 1500, y: 800, width: 1000, height: 700, maximized: false };
    expect(clampToDisplays(state, [primary])).toMatchObject({ x: 920, y: 340 });
  });

  it('never goes below the minimum size unless the display is smaller', () => {
    const tiny = { x: 10, y: 10, width: 50, height: 50, maximized: false };
    expect(clampToDisplays(tiny, [primary])).toMatchObject(MIN_SIZE);
    const small = { x: 0, y: 0, width: 640, height: 480 };
    expect(clampToDisplays(tiny, [small])).toMatchObject({ width: 640, height: 480 });
  });

  it('survives having no display information', () => {
    expect(clampToDisplays(defaultWindowState, [])).toEqual({
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      maximized: false,
    });
  });

  it('remembers normal bounds rounded', () => {
    expect(stateFromBounds({ x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 701,
      maximized: true,
    });
  });
});

describe('window state file', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'confidant-window-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips through its own owner-only file', async () => {
    const dir = tempDir();
    const state = { x: 5, y: 6, width: 1000, height: 700, maximized: true };
    await saveWindowState(dir, state);
    const path = join(dir, WINDOW_STATE_FILE);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(state);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await loadWindowState(dir)).toEqual(state);
  });

  it('falls back to defaults for missing, corrupt or hostile files', async () => {
    const dir = tempDir();
    expect(await loadWindowState(dir)).toEqual(defaultWindowState);
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{not json');
    expect(await loadWindowState(dir)).toEqual(defaultWindowState);
    writeFileSync(
      join(dir, WINDOW_STATE_FILE),
      JSON.stringify({ width: 1e12, height: 5, maximized: false }),
    );
    expect(await loadWindowState(dir)).toEqual(defaultWindowState);
    writeFileSync(
      join(dir, WINDOW_STATE_FILE),
      JSON.stringify({ width: 900, height: 600, maximized: false, note: 'extra' }),
    );
    expect(await loadWindowState(dir)).toEqual(defaultWindowState);
  });
});
