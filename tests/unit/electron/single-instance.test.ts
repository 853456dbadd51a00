import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, app, resetFakes } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { claimSingleInstance } = await import('../../../src/main/electron/single-instance');

beforeEach(resetFakes);

describe('single-instance lock', () => {
  it('reports failure when another instance holds the lock, registering nothing', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(claimSingleInstance(() => null)).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('focuses, shows and restores the first window when a second instance starts', () => {
    const win = new FakeBrowserWindow({});
    win.minimized = true;
    expect(claimSingleInstance(() => win as never)).toBe(true);
    app.emit('second-instance', {}, ['confidant', '/some/file'], '/cwd', {});
    expect(win.minimized).toBe(false);
    expect(win.visible).toBe(true);
    expect(win.focused).toBe(true);
  });

  it('ignores a second instance while no window exists', () => {
    expect(claimSingleInstance(() => null)).toBe(true);
    expect(() => app.emit('second-instance', {}, [], '/', {})).not.toThrow();
    const win = new FakeBrowserWindow({});
    win.destroyed = true;
    resetFakes();
    claimSingleInstance(() => win as never);
    app.emit('second-instance', {}, [], '/', {});
    expect(win.focused).toBe(false);
  });
});
