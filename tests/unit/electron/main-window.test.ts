import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CloseCoordinator } from '../../../src/main/close-coordinator';
import type { MainWindowOptions } from '../../../src/main/electron/main-window';
import { EventBus } from '../../../src/main/ipc/event-bus';
import { defaultPreferences } from '../../../src/main/preferences/preferences-store';
import { REQUIRED_WEB_PREFERENCES } from '../../../src/main/shell-policy/web-preferences';
import { WINDOW_STATE_FILE } from '../../../src/main/shell-policy/window-state';
import { electron, fakeEvent, resetFakes, type FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { createMainWindow } = await import('../../../src/main/electron/main-window');

let dataDirectory: string;
let events: EventBus;
let prefs = { ...defaultPreferences };
// Unless a test says otherwise the renderer answers app:before-close at once.
const promptRenderer = () => ({
  announce: vi.fn(),
  waitForAck: vi.fn(() => Promise.resolve(true)),
  lockVault: vi.fn(() => Promise.resolve()),
});

beforeEach(() => {
  resetFakes();
  dataDirectory = mkdtempSync(join(tmpdir(), 'confidant-main-window-'));
  events = new EventBus();
  prefs = { ...defaultPreferences };
});
afterEach(() => rmSync(dataDirectory, { recursive: true, force: true }));

async function open(isPackaged = true, closing: MainWindowOptions['closing'] = promptRenderer()) {
  const created = await createMainWindow({
    preloadPath: '/app/out/preload/index.js',
    dataDirectory,
    isPackaged,
    preferences: { get: () => prefs },
    events,
    log: vi.fn(),
    closing,
  });
  await created.loaded;
  const win = created.window as unknown as FakeBrowserWindow;
  return { win, webPreferences: win.options.webPreferences as Record<string, unknown> };
}

describe('main window', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['disableBlinkFeatures', 'Auxclick'],
    ['webviewTag', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
    ['preload', '/app/out/preload/index.js'],
  ])('sets webPreferences.%s = %s', async (key, value) => {
    const { webPreferences } = await open();
    expect(webPreferences[key]).toBe(value);
  });

  it('matches the reviewed REQUIRED_WEB_PREFERENCES table exactly', async () => {
    const { webPreferences } = await open();
    expect(webPreferences).toMatchObject(REQUIRED_WEB_PREFERENCES);
  });

  it('leaves enableBlinkFeatures unset', async () => {
    const { webPreferences } = await open();
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('uses a non-persistent session partition', async () => {
    const { webPreferences } = await open();
    expect(typeof webPreferences.partition).toBe('string');
    expect(String(webPreferences.partition).startsWith('persist:')).toBe(false);
    expect(webPreferences).not.toHaveProperty('session');
  });

  it('disables DevTools in packaged builds only', async () => {
    expect((await open(true)).webPreferences.devTools).toBe(false);
    expect((await open(false)).webPreferences.devTools).toBe(true);
  });

  it('loads app://confidant/index.html and shows once ready', async () => {
    const { win } = await open();
    expect(win.webContents.url).toBe('app://confidant/index.html');
    expect(win.options.show).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
  });

  it('installs the navigation guards on its webContents', async () => {
    const { win } = await open();
    expect(win.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });
    const event = fakeEvent('https://evil.example/');
    win.webContents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('applies content protection from preferences and re-applies it on preferences:changed', async () => {
    prefs = { ...prefs, contentProtection: true };
    const { win } = await open();
    expect(win.contentProtection).toEqual([true]);
    events.emit('preferences:changed', { ...prefs, contentProtection: false });
    events.emit('preferences:changed', { ...prefs, contentProtection: true });
    expect(win.contentProtection).toEqual([true, false, true]);
    events.emit('app:command', { command: 'lock' });
    expect(win.contentProtection).toEqual([true, false, true]);
  });

  it('stops following preferences after the window closed', async () => {
    const { win } = await open();
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    events.emit('preferences:changed', { ...prefs, contentProtection: false });
    expect(win.contentProtection).toEqual([true]);
  });

  it('restores remembered geometry, clamped to a display, and the maximised state', async () => {
    writeFileSync(
      join(dataDirectory, WINDOW_STATE_FILE),
      JSON.stringify({ x: 5000, y: 5000, width: 1000, height: 700, maximized: true }),
    );
    const { win } = await open();
    expect(win.options).toMatchObject({ x: 460, y: 170, width: 1000, height: 700 });
    expect(win.maximized).toBe(true);
  });

  it('starts at the default size, centred, without a state file', async () => {
    const { win } = await open();
    expect(win.options).toMatchObject({ width: 1280, height: 800, x: 320, y: 120 });
    expect(win.maximized).toBe(false);
    expect(electron.screen.getAllDisplays).toHaveBeenCalled();
  });

  it('saves its normal bounds and maximised state durably on close, then closes', async () => {
    const { win } = await open();
    win.maximized = true;
    win.normalBounds = { x: 11, y: 22, width: 1111, height: 777 };
    win.close();
    expect(win.destroyed).toBe(false);
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(JSON.parse(readFileSync(join(dataDirectory, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 11,
      y: 22,
      width: 1111,
      height: 777,
      maximized: true,
    });
  });

  it('still closes when the state cannot be written', async () => {
    const log = vi.fn();
    // A regular file where the directory should be: every write fails with ENOTDIR.
    const blocker = join(dataDirectory, 'not-a-directory');
    writeFileSync(blocker, '');
    const created = await createMainWindow({
      preloadPath: '/p.js',
      dataDirectory: join(blocker, 'user-data'),
      isPackaged: true,
      preferences: { get: () => prefs },
      events,
      log,
      closing: promptRenderer(),
    });
    const win = created.window as unknown as FakeBrowserWindow;
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^window state not saved: /));
  });

  describe('closing without losing an edit', () => {
    // The real coordinator and bus, as index.ts wires them; only the vault lock is a spy.
    function wired() {
      const coordinator = new CloseCoordinator();
      const order: string[] = [];
      const announced: string[] = [];
      events.subscribe((event) => announced.push(event));
      const closing = {
        announce: () => events.emit('app:before-close', {}),
        waitForAck: (ms: number) => coordinator.waitForAck(ms),
        lockVault: vi.fn(async () => {
          order.push('lock');
        }),
      };
      return { coordinator, closing, order, announced };
    }

    it('announces app:before-close, waits for the ack, then locks the vault and closes', async () => {
      const { coordinator, closing, order, announced } = wired();
      const { win } = await open(true, closing);
      win.on('closed', () => order.push('closed'));
      win.close();
      expect(announced).toEqual(['app:before-close']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(closing.lockVault).not.toHaveBeenCalled();
      expect(win.destroyed).toBe(false);
      coordinator.acknowledge();
      await vi.waitFor(() => expect(win.destroyed).toBe(true));
      expect(order).toEqual(['lock', 'closed']);
      expect(readFileSync(join(dataDirectory, WINDOW_STATE_FILE), 'utf8')).toContain('"width"');
    });

    it('prevents further closes while the sequence runs, without starting a second one', async () => {
      const { coordinator, closing, announced } = wired();
      const { win } = await open(true, closing);
      win.close();
      win.close();
      expect(announced).toEqual(['app:before-close']);
      expect(win.destroyed).toBe(false);
      coordinator.acknowledge();
      await vi.waitFor(() => expect(win.destroyed).toBe(true));
      expect(closing.lockVault).toHaveBeenCalledTimes(1);
    });

    it('does not wait for a renderer that is gone', async () => {
      const { closing, announced } = wired();
      const { win } = await open(true, closing);
      win.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
      win.close();
      await vi.waitFor(() => expect(win.destroyed).toBe(true));
      expect(announced).toEqual([]);
      expect(closing.lockVault).toHaveBeenCalledTimes(1);
    });

    it('closes after the timeout when the renderer never answers', async () => {
      const { closing } = wired();
      const { win } = await open(true, closing);
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        win.close();
        await vi.advanceTimersByTimeAsync(2900);
        expect(win.destroyed).toBe(false);
        await vi.advanceTimersByTimeAsync(200);
      } finally {
        vi.useRealTimers();
      }
      await vi.waitFor(() => expect(win.destroyed).toBe(true));
      expect(closing.lockVault).toHaveBeenCalledTimes(1);
    });
  });
});
