import { app, type BrowserWindow } from 'electron';

/**
 * One running Confidant per user: two processes writing the same vault would race its durable
 * commits. Returns false when another instance holds the lock (the caller quits); otherwise a second
 * launch brings the existing window forward. Its argv and cwd are ignored (they are not trusted
 * input and may name files).
 */
export function claimSingleInstance(getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const win = getWindow();
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
