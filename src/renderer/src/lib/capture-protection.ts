import type { AppInfo, Preferences } from '@shared/ipc/contract';

/**
 * What screen-capture blocking actually does here. Electron can hide a window from screenshots and
 * screen sharing only on macOS and Windows (BrowserWindow.setContentProtection), and only the desktop
 * app has a window to hide; elsewhere the preference is kept but has no effect, and we say so.
 */
export type CaptureProtection = 'blocked' | 'allowed' | 'unavailable';

const platformsThatBlockCapture = new Set(['darwin', 'win32']);

export function canBlockCapture(info: Pick<AppInfo, 'platform' | 'runtime'>): boolean {
  return info.runtime === 'electron' && platformsThatBlockCapture.has(info.platform);
}

export function captureProtection(
  preferences: Pick<Preferences, 'contentProtection'>,
  info: Pick<AppInfo, 'platform' | 'runtime'>,
): CaptureProtection {
  if (!preferences.contentProtection) return 'allowed';
  return canBlockCapture(info) ? 'blocked' : 'unavailable';
}
