import { app, protocol, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { renderEmergencyKit } from './documents/emergency-kit';
import { createHandlers } from './ipc/handlers';
import { storeDataFactory } from './vault-session/store-data';
import { systemClock } from './ports/clock';
import { createServices } from './services';
import { configureAppSession } from './electron/app-session';
import { createElectronDialogs } from './electron/dialogs';
import { onSystemLock } from './electron/lock-events';
import { createMainWindow } from './electron/main-window';
import { installApplicationMenu } from './electron/menu';
import { registerIpc } from './electron/register-ipc';
import { claimSingleInstance } from './electron/single-instance';
import { hardenWebContents } from './electron/web-contents-guards';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './shell-policy/app-origin';
import { describeErrorForLog } from './shell-policy/log-safety';

// Composition root. Deliberately absent: crashReporter (minidumps hold decrypted memory) and any
// logging of payloads; log lines carry channel names and error classes only.
const log = (message: string): void => console.log(`[confidant] ${message}`);

// Privileged schemes must be registered before 'ready'; the sandbox is forced for every renderer.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

/** The local user label recorded in the (encrypted) audit log. */
function localActor(): string {
  try {
    return userInfo().username || 'local';
  } catch {
    return 'local';
  }
}

async function start(): Promise<void> {
  const dataDirectory = app.getPath('userData');
  configureAppSession(join(__dirname, '../renderer'));
  const services = await createServices({
    dataDirectory,
    runtime: 'electron',
    version: app.getVersion(),
    platform: process.platform,
    clock: systemClock,
    dialogs: createElectronDialogs(() => mainWindow),
    vaultData: storeDataFactory({ clock: systemClock, actor: localActor() }),
    renderEmergencyKit,
  });
  registerIpc({
    handlers: createHandlers(services),
    events: services.events,
    windows: () => (mainWindow ? [mainWindow] : []),
    log,
  });
  app.setAboutPanelOptions({ applicationName: 'Confidant', applicationVersion: app.getVersion() });
  installApplicationMenu({
    platform: process.platform,
    isPackaged: app.isPackaged,
    events: services.events,
  });
  // Screen lock, suspend, shutdown and system idle lock the vault: keys zeroed, then the renderer told.
  onSystemLock((reason) => void services.vault.lock(reason), {
    idleLockMinutes: () => services.preferences.get().idleLockMinutes,
  });

  const { window, loaded } = await createMainWindow({
    preloadPath: join(__dirname, '../preload/index.js'),
    dataDirectory,
    isPackaged: app.isPackaged,
    preferences: services.preferences,
    events: services.events,
    log,
    closing: {
      announce: () => services.events.emit('app:before-close', {}),
      waitForAck: (ms) => services.closeCoordinator.waitForAck(ms),
      // Queued writes are flushed, the lock audited and the keys zeroed before the window goes.
      lockVault: () => services.vault.lock('quit'),
    },
  });
  mainWindow = window;
  window.on('closed', () => {
    mainWindow = null;
  });
  await loaded;
}

if (!claimSingleInstance(() => mainWindow)) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // Quit on every platform when the window closes: an unlocked vault must not linger windowless.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(`start-up failed: ${describeErrorForLog(error)}`);
      app.exit(1);
    });
}
