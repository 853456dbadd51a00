import { shell, type WebContents } from 'electron';
import { decideWindowOpen, isNavigationAllowed } from '../shell-policy/navigation-policy';

const hardened = new WeakSet<WebContents>();

/**
 * Deny-by-default guards for any webContents (wired from app 'web-contents-created', so contents
 * nobody expected get them too): no new windows, no navigation off app://confidant, no <webview>.
 * Idempotent, so the main window may call it directly as well.
 */
export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.setWindowOpenHandler((details) => {
    const decision = decideWindowOpen(details.url);
    if (decision.openExternally)
      void shell.openExternal(decision.openExternally).catch(() => undefined);
    return { action: 'deny' };
  });
  const guard = (event: { url: string; preventDefault(): void }): void => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
