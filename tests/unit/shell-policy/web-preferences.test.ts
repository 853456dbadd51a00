import { describe, expect, it } from 'vitest';
import { describeErrorForLog } from '../../../src/main/shell-policy/log-safety';
import {
  isDevicePermissionGranted,
  isPermissionGranted,
} from '../../../src/main/shell-policy/permission-policy';
import {
  REQUIRED_WEB_PREFERENCES,
  SESSION_PARTITION,
  isPersistentPartition,
} from '../../../src/main/shell-policy/web-preferences';

describe('web preferences policy', () => {
  it('requires the hardening profile of vault.md §11', () => {
    expect(REQUIRED_WEB_PREFERENCES).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
    });
    expect(REQUIRED_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
  });

  it('uses an in-memory partition', () => {
    expect(isPersistentPartition(SESSION_PARTITION)).toBe(false);
    expect(isPersistentPartition('persist:confidant')).toBe(true);
  });
});

describe('permission policy', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'clipboard-sanitized-write',
    'hid',
    'serial',
    'usb',
    'midi',
    'midiSysex',
    'openExternal',
    'fullscreen',
    'display-capture',
    'unknown',
  ])('refuses %s', (permission) => {
    expect(isPermissionGranted(permission, 'app://confidant/index.html')).toBe(false);
  });

  it('refuses device grants', () => {
    for (const type of ['hid', 'serial', 'usb'])
      expect(isDevicePermissionGranted(type)).toBe(false);
  });
});

describe('log safety', () => {
  it('logs error class and code, never the message', () => {
    const error = Object.assign(new Error('/home/hr/Cases/Smith grievance.pdf'), {
      code: 'ENOENT',
    });
    expect(describeErrorForLog(error)).toBe('Error (ENOENT)');
    expect(describeErrorForLog(new TypeError('case title: Jones'))).toBe('TypeError');
    expect(describeErrorForLog('Jones')).toBe('string');
    const odd = Object.assign(new Error('x'), { code: 'case Jones with spaces' });
    expect(describeErrorForLog(odd)).toBe('Error');
  });
});
