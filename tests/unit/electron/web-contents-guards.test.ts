import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, electron, fakeEvent, resetFakes } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { hardenWebContents } = await import('../../../src/main/electron/web-contents-guards');

let contents: FakeWebContents;
beforeEach(() => {
  resetFakes();
  contents = new FakeWebContents();
  hardenWebContents(contents as never);
});

describe('webContents guards', () => {
  it.each([
    'https://evil.example/',
    'app://confidant/index.html',
    'file:///etc/passwd',
    'about:blank',
  ])('denies window.open(%s) and opens nothing externally', (url) => {
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevents %s to https://evil and file://',
    (eventName) => {
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://evil/index.html']) {
        const event = fakeEvent(url);
        contents.emit(eventName, event);
        expect(event.defaultPrevented, url).toBe(true);
      }
    },
  );

  it('lets same-origin app:// navigation through', () => {
    const event = fakeEvent('app://confidant/index.html#/cases');
    contents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('prevents <webview> attachment', () => {
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('is idempotent', () => {
    hardenWebContents(contents as never);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});
