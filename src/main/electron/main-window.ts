import { BrowserWindow, screen } from 'electron';
import { preferencesSchema } from '../../shared/ipc/contract';
import type { EventBus } from '../ipc/event-bus';
import type { PreferencesStore } from '../preferences/preferences-store';
import { APP_ENTRY_URL, isAppUrl } from '../shell-policy/app-origin';
import { createCloseHandler, type ClosePorts } from '../shell-policy/close-sequence';
import { SESSION_PARTITION } from '../shell-policy/web-preferences';
import {
  MIN_SIZE,
  clampToDisplays,
  loadWindowState,
  saveWindowState,
  stateFromBounds,
} from '../shell-policy/window-state';
import { hardenWebContents } from './web-contents-guards';

export interface MainWindowOptions {
  preloadPath: string;
  /** userData: where window-state.json lives (no case data in it). */
  dataDirectory: string;
  isPackaged: boolean;
  preferences: Pick<PreferencesStore, 'get'>;
  events: Pick<EventBus, 'subscribe'>;
  log: (message: string) => void;
  /** The close sequence's service side: app:before-close, its acknowledgement, the vault lock. */
  closing: Pick<ClosePorts, 'announce' | 'waitForAck' | 'lockVault'>;
}

/**
 * Creates the one Confidant window. Returned before the page loads so the caller can register it as
 * a trusted IPC sender first (the renderer calls app:info while loading); `loaded` settles with the
 * navigation to app://confidant/index.html.
 */
export async function createMainWindow(
  options: MainWindowOptions,
): Promise<{ window: BrowserWindow; loaded: Promise<void> }> {
  const remembered = await loadWindowState(options.dataDirectory);
  const bounds = clampToDisplays(
    remembered,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const win = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Confidant',
    show: false,
    // Written out in full, defaults included, so an Electron default change cannot loosen them and
    // Electronegativity can verify them here (REQUIRED_WEB_PREFERENCES is the reviewed table).
    webPreferences: {
      preload: options.preloadPath,
      partition: SESSION_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click (auxclick) opens links without a click the page can intercept.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      // The spellcheck dictionary is stored in plaintext in the profile.
      spellcheck: false,
      navigateOnDragDrop: false,
      enableWebSQL: false,
      safeDialogs: true,
      // A DevTools console in a packaged, unlocked window would reach every decrypted screen.
      devTools: !options.isPackaged,
    },
  });
  hardenWebContents(win.webContents);

  // Screen-capture protection follows the preference live (macOS and Windows; a no-op on Linux).
  win.setContentProtection(options.preferences.get().contentProtection);
  const unsubscribe = options.events.subscribe((event, payload) => {
    if (event !== 'preferences:changed' || win.isDestroyed()) return;
    const prefs = preferencesSchema.safeParse(payload);
    if (prefs.success) win.setContentProtection(prefs.data.contentProtection);
  });

  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  let rendererGone = false;
  win.webContents.on('render-process-gone', (_event, details) => {
    rendererGone = true;
    options.log(`renderer gone: ${details.reason} (exit ${details.exitCode})`);
  });

  // Closing: the renderer saves pending edits while the geometry is saved, the vault locks, then the
  // window closes for real (shell-policy/close-sequence.ts decides; this only wires it).
  const onClose = createCloseHandler({
    ...options.closing,
    rendererAlive: () => !rendererGone && isAppUrl(win.webContents.getURL()),
    saveGeometry: () =>
      saveWindowState(
        options.dataDirectory,
        stateFromBounds(win.getNormalBounds(), win.isMaximized()),
      ),
    close: () => {
      if (!win.isDestroyed()) win.close();
    },
    log: options.log,
  });
  win.on('close', (event) => {
    if (!onClose()) event.preventDefault();
  });
  win.on('closed', unsubscribe);

  return { window: win, loaded: win.loadURL(APP_ENTRY_URL) };
}
