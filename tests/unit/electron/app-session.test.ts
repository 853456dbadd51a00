import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../src/shared/security/csp';
import { electron, fakeEvent, resetFakes, type FakeSession } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const { configureAppSession } = await import('../../../src/main/electron/app-session');

let base: string;
let root: string;
let ses: FakeSession;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'confidant-session-'));
  root = join(base, 'renderer');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Confidant</title>');
  writeFileSync(join(base, 'secret.txt'), 'secret');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));
beforeEach(() => {
  resetFakes();
  ses = configureAppSession(root) as unknown as FakeSession;
});

describe('app session', () => {
  it('is the in-memory partition (no persist: prefix)', () => {
    expect(electron.session.fromPartition).toHaveBeenCalledTimes(1);
    expect(ses.partition.startsWith('persist:')).toBe(false);
  });

  it('serves app:// on this session with CSP and nosniff on every response', async () => {
    expect(ses.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = ses.protocolHandlers.get('app')!;
    const ok = await handler(new Request('app://confidant/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(contentSecurityPolicy('app'));
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    const traversal = await handler(new Request('app://confidant/..%2fsecret.txt'));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('secret');
    expect(traversal.headers.get('content-security-policy')).toBe(contentSecurityPolicy('app'));
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'hid',
    'serial',
    'usb',
    'openExternal',
  ])('refuses the %s permission through the request and the check handler', (permission) => {
    const callback = vi.fn();
    ses.permissionRequestHandler?.({}, permission, callback, {
      requestingUrl: 'app://confidant/index.html',
      isMainFrame: true,
    });
    expect(callback).toHaveBeenCalledWith(false);
    expect(ses.permissionCheckHandler?.({}, permission, 'app://confidant', {})).toBe(false);
  });

  it('refuses device access', () => {
    for (const deviceType of ['hid', 'serial', 'usb']) {
      expect(ses.devicePermissionHandler?.({ deviceType })).toBe(false);
    }
  });

  it('cancels every request that is not app:// or an app blob', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      ses.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://confidant/assets/a.js')).toBe(false);
    expect(decide('https://evil.example/x')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('ws://127.0.0.1:9222/')).toBe(true);
  });

  it('prevents downloads and turns the spell checker off', () => {
    const event = fakeEvent();
    ses.emit('will-download', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
    expect(ses.spellChecker).toBe(false);
  });
});
