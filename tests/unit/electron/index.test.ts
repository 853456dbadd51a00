import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../../src/shared/ipc/channels';
import { APP_SCHEME_PRIVILEGES } from '../../../src/main/shell-policy/app-origin';

// index.ts is re-imported per test (vi.resetModules), which would also give a mock factory that
// imports fake-electron a fresh copy; hoisting one instance keeps test and app on the same fakes.
const fakes = await vi.hoisted(async () => import('./fake-electron'));
vi.mock('electron', () => fakes.electron);
const {
  FakeBrowserWindow,
  FakeWebContents,
  app,
  electron,
  fakeEvent,
  ipcMain,
  powerMonitor,
  resetFakes,
} = fakes;
type FakeBrowserWindow = InstanceType<typeof FakeBrowserWindow>;

let userData: string;

beforeEach(() => {
  resetFakes();
  vi.resetModules();
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  userData = mkdtempSync(join(tmpdir(), 'confidant-index-'));
  app.getPath.mockImplementation(() => userData);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  rmSync(userData, { recursive: true, force: true });
});

async function boot(): Promise<FakeBrowserWindow> {
  await import('../../../src/main/index');
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  const win = FakeBrowserWindow.instances[0]!;
  await vi.waitFor(() => expect(win.webContents.url).toBe('app://confidant/index.html'));
  return win;
}

describe('composition root (src/main/index.ts)', () => {
  it('quits at once when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../../src/main/index');
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('registers app:// as privileged before ready and forces the sandbox', async () => {
    await boot();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: APP_SCHEME_PRIVILEGES },
    ]);
    const registered = vi.mocked(electron.protocol.registerSchemesAsPrivileged).mock
      .invocationCallOrder[0]!;
    expect(registered).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('starts the shell: session, IPC, menu, window; never the crash reporter', async () => {
    await boot();
    expect(electron.session.fromPartition).toHaveBeenCalledWith('confidant');
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(electron.crashReporter.start).not.toHaveBeenCalled();
  });

  it('serves app:info over IPC with runtime electron and the userData directory', async () => {
    const win = await boot();
    const handler = ipcMain.handlers.get('app:info')!;
    const result = await handler(
      { sender: win.webContents, senderFrame: win.webContents.mainFrame },
      undefined,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { runtime: 'electron', dataDirectory: userData, version: '0.1.0' },
    });
  });

  it('focuses the first window when a second instance starts', async () => {
    const win = await boot();
    app.emit('second-instance', {}, [], '/', {});
    expect(win.focused).toBe(true);
  });

  it('hardens every webContents created later', async () => {
    await boot();
    const stray = new FakeWebContents();
    app.emit('web-contents-created', {}, stray);
    expect(stray.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const event = fakeEvent('file:///etc/passwd');
    stray.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('locks the vault on screen lock and after the system idle period', async () => {
    await boot();
    // Same module instance as index.ts imported (modules are reset per test, not per import).
    const { VaultSession } = await import('../../../src/main/vault-session/vault-session');
    const lock = vi.spyOn(VaultSession.prototype, 'lock');
    powerMonitor.emit('lock-screen');
    expect(lock).toHaveBeenCalledWith('system');
    powerMonitor.getSystemIdleTime.mockReturnValue(5 * 60);
    vi.advanceTimersByTime(5_000);
    expect(lock).toHaveBeenCalledWith('idle');
  });

  it('emits app:command to the window from the menu', async () => {
    const win = await boot();
    const template = vi.mocked(electron.Menu.buildFromTemplate).mock.calls[0]![0] as Array<{
      submenu?: Array<{ id?: string; click?: () => void }>;
    }>;
    const lock = template
      .flatMap((menu) => menu.submenu ?? [])
      .find((item) => item.id === 'command:lock');
    lock?.click?.();
    expect(win.webContents.sent).toContainEqual(['app:command', { command: 'lock' }]);
  });

  it('quits when the last window closes', async () => {
    await boot();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });

  it('closing the window asks the renderer to flush, then locks the vault for quit', async () => {
    const win = await boot();
    const { VaultSession } = await import('../../../src/main/vault-session/vault-session');
    const lock = vi.spyOn(VaultSession.prototype, 'lock');
    win.close();
    expect(win.webContents.sent).toContainEqual(['app:before-close', {}]);
    expect(win.destroyed).toBe(false);
    const ready = ipcMain.handlers.get('app:ready-to-close')!;
    const result = await ready(
      { sender: win.webContents, senderFrame: win.webContents.mainFrame },
      undefined,
    );
    expect(result).toEqual({ ok: true, value: null });
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(lock).toHaveBeenCalledWith('quit');
  });
});
