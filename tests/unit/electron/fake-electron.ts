import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

// Fakes standing in for the `electron` module (which cannot be imported in plain Node). Each test file
// does `vi.mock('electron', async () => (await import('./fake-electron')).electron)` and inspects the
// same instances through this module.

export interface FakeEvent {
  url?: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(url?: string): FakeEvent {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeFrame {
  constructor(
    public url: string,
    public origin: string,
    public parent: FakeFrame | null = null,
  ) {}
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  mainFrame = new FakeFrame('app://confidant/index.html', 'app://confidant');
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  url = '';
  sent: Array<[string, unknown]> = [];

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  contentProtection: boolean[] = [];
  destroyed = false;
  maximized = false;
  minimized = false;
  visible = false;
  focused = false;
  normalBounds = { x: 100, y: 80, width: 1100, height: 750 };

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  setContentProtection(enable: boolean): void {
    this.contentProtection.push(enable);
  }
  loadURL(url: string): Promise<void> {
    this.webContents.url = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

export type InvokeHandler = (event: unknown, input: unknown) => Promise<unknown>;

export const ipcMain = {
  handlers: new Map<string, InvokeHandler>(),
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

export class FakeSession extends EventEmitter {
  protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  protocol = {
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
      this.protocolHandlers.set(scheme, handler);
    }),
  };
  permissionRequestHandler: ((...args: unknown[]) => void) | undefined;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | undefined;
  devicePermissionHandler: ((details: { deviceType: string }) => boolean) | undefined;
  beforeRequest:
    ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined;
  spellChecker: boolean | undefined;
  webRequest = {
    onBeforeRequest: vi.fn((listener: FakeSession['beforeRequest']) => {
      this.beforeRequest = listener;
    }),
  };
  constructor(readonly partition: string) {
    super();
  }
  setPermissionRequestHandler(handler: (...args: unknown[]) => void): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: (details: { deviceType: string }) => boolean): void {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
}

export const sessions = new Map<string, FakeSession>();

export const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  enableSandbox: vi.fn(),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn((_name: string) => '/nonexistent/confidant-user-data'),
  getVersion: vi.fn(() => '0.1.0'),
  setAboutPanelOptions: vi.fn(),
});

export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleTime: vi.fn(() => 0),
});

export const electron = {
  app,
  ipcMain,
  powerMonitor,
  BrowserWindow: FakeBrowserWindow,
  protocol: { registerSchemesAsPrivileged: vi.fn() },
  session: {
    fromPartition: vi.fn((partition: string) => {
      const existing = sessions.get(partition);
      if (existing) return existing;
      const created = new FakeSession(partition);
      sessions.set(partition, created);
      return created;
    }),
  },
  shell: { openExternal: vi.fn(() => Promise.resolve()) },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
  screen: {
    getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
  },
  dialog: {
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
  },
  crashReporter: { start: vi.fn() },
};

/** Fresh state between tests: registered handlers, windows, sessions and listeners. */
export function resetFakes(): void {
  FakeBrowserWindow.instances = [];
  ipcMain.handlers.clear();
  sessions.clear();
  app.removeAllListeners();
  powerMonitor.removeAllListeners();
  app.isPackaged = true;
  vi.clearAllMocks();
}
