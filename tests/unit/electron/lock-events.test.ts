import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { powerMonitor, resetFakes } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { onSystemLock } = await import('../../../src/main/electron/lock-events');

let minutes = 5;
let stop: () => void = () => undefined;

beforeEach(() => {
  resetFakes();
  vi.useFakeTimers();
  minutes = 5;
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('onSystemLock', () => {
  it.each(['lock-screen', 'suspend', 'shutdown'])('locks with reason system on %s', (name) => {
    const callback = vi.fn();
    stop = onSystemLock(callback, { idleLockMinutes: () => minutes, platform: 'linux' });
    powerMonitor.emit(name);
    expect(callback).toHaveBeenCalledWith('system');
  });

  it('locks on user-did-resign-active on macOS only', () => {
    const mac = vi.fn();
    stop = onSystemLock(mac, { idleLockMinutes: () => minutes, platform: 'darwin' });
    powerMonitor.emit('user-did-resign-active');
    expect(mac).toHaveBeenCalledWith('system');
    stop();
    const linux = vi.fn();
    stop = onSystemLock(linux, { idleLockMinutes: () => minutes, platform: 'linux' });
    powerMonitor.emit('user-did-resign-active');
    expect(linux).not.toHaveBeenCalled();
  });

  it('locks once with reason idle when system idle time passes the preference', () => {
    const callback = vi.fn();
    stop = onSystemLock(callback, { idleLockMinutes: () => minutes, platform: 'linux' });
    powerMonitor.getSystemIdleTime.mockReturnValue(299);
    vi.advanceTimersByTime(5_000);
    expect(callback).not.toHaveBeenCalled();
    powerMonitor.getSystemIdleTime.mockReturnValue(300);
    vi.advanceTimersByTime(5_000);
    vi.advanceTimersByTime(5_000);
    expect(callback.mock.calls).toEqual([['idle']]);
    powerMonitor.getSystemIdleTime.mockReturnValue(1);
    vi.advanceTimersByTime(5_000);
    powerMonitor.getSystemIdleTime.mockReturnValue(400);
    vi.advanceTimersByTime(5_000);
    expect(callback.mock.calls).toEqual([['idle'], ['idle']]);
  });

  it('reads the idle preference on every sample', () => {
    const callback = vi.fn();
    stop = onSystemLock(callback, { idleLockMinutes: () => minutes, platform: 'linux' });
    powerMonitor.getSystemIdleTime.mockReturnValue(90);
    vi.advanceTimersByTime(5_000);
    expect(callback).not.toHaveBeenCalled();
    minutes = 1;
    vi.advanceTimersByTime(5_000);
    expect(callback).toHaveBeenCalledWith('idle');
  });

  it('stops listening and polling when disposed', () => {
    const callback = vi.fn();
    onSystemLock(callback, { idleLockMinutes: () => minutes, platform: 'darwin' })();
    powerMonitor.emit('lock-screen');
    powerMonitor.getSystemIdleTime.mockReturnValue(10_000);
    vi.advanceTimersByTime(60_000);
    expect(callback).not.toHaveBeenCalled();
    expect(powerMonitor.listenerCount('lock-screen')).toBe(0);
  });
});
