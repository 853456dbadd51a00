/**
 * In-memory session partition: no `persist:` prefix, so cookies, caches, IndexedDB and localStorage
 * never reach disk (vault.md §10: no Chromium persistence of anything a case screen touched).
 */
export const SESSION_PARTITION = 'confidant';

export function isPersistentPartition(partition: string): boolean {
  return partition.startsWith('persist:');
}

/**
 * The hardening values every Confidant window must run with (vault.md §11). main-window.ts writes
 * them as a literal inside `new BrowserWindow({ webPreferences: { … } })` — a literal, not a call to
 * a helper, because Electronegativity (and a reviewer) can only verify what is visible at the
 * constructor; the unit tests and the _electron suite compare that literal against this table.
 */
export const REQUIRED_WEB_PREFERENCES = {
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
} as const;
