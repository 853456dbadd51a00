import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannels } from '../../../src/shared/ipc/channels';
import type { Handlers } from '../../../src/shared/ipc/contract';
import { fakeHandlers } from '../support/fake-handlers';
import type * as DispatchModule from '../../../src/main/ipc/dispatch';
import { EventBus } from '../../../src/main/ipc/event-bus';
import { defaultPreferences } from '../../../src/main/preferences/preferences-store';
import {
  FakeBrowserWindow,
  FakeFrame,
  FakeWebContents,
  ipcMain,
  resetFakes,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);
vi.mock('../../../src/main/ipc/dispatch', async (importOriginal) => {
  const original = await importOriginal<typeof DispatchModule>();
  return { dispatch: vi.fn(original.dispatch) };
});

const { registerIpc } = await import('../../../src/main/electron/register-ipc');
const { dispatch } = await import('../../../src/main/ipc/dispatch');

const handlers: Handlers = fakeHandlers({
  'app:info': () => ({
    name: 'Confidant',
    version: '0.1.0',
    platform: 'linux',
    dataDirectory: '/data',
    runtime: 'electron',
  }),
  'preferences:get': () => defaultPreferences,
  'preferences:update': (patch) => ({ ...defaultPreferences, ...patch }),
});

let win: FakeBrowserWindow;
let events: EventBus;
let log: ReturnType<typeof vi.fn<(message: string) => void>>;
let unregister: () => void;

beforeEach(async () => {
  resetFakes();
  win = new FakeBrowserWindow({});
  await win.loadURL('app://confidant/index.html');
  events = new EventBus();
  log = vi.fn<(message: string) => void>();
  unregister = registerIpc({ handlers, events, windows: () => [win as never], log });
});

function eventFrom(sender: FakeWebContents, frame: FakeFrame | null = sender.mainFrame) {
  return { sender, senderFrame: frame };
}

const invoke = (channel: string, event: unknown, input?: unknown) => {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, input);
};

describe('registerIpc', () => {
  it('registers exactly one handle per contract channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...invokeChannels].sort());
  });

  it('dispatches calls from the main frame of our window on app://confidant', async () => {
    const result = await invoke('app:info', eventFrom(win.webContents));
    expect(result).toMatchObject({ ok: true, value: { name: 'Confidant', runtime: 'electron' } });
    expect(dispatch).toHaveBeenCalledWith(handlers, 'app:info', undefined, expect.anything());
  });

  it('still validates input after the sender check', async () => {
    const result = await invoke('preferences:update', eventFrom(win.webContents), {
      idleLockMinutes: 999,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
  });

  const refusals: Array<[string, () => unknown, string]> = [
    [
      'a subframe',
      () =>
        eventFrom(
          win.webContents,
          new FakeFrame('app://confidant/index.html', 'app://confidant', win.webContents.mainFrame),
        ),
      'subframe',
    ],
    [
      'a foreign origin (https)',
      () => {
        win.webContents.mainFrame = new FakeFrame('https://evil.example/', 'https://evil.example');
        return eventFrom(win.webContents);
      },
      'foreign-origin',
    ],
    [
      'a foreign app:// host',
      () => {
        win.webContents.mainFrame = new FakeFrame('app://evil/index.html', 'app://evil');
        return eventFrom(win.webContents);
      },
      'foreign-origin',
    ],
    [
      'a file:// page',
      () => {
        win.webContents.mainFrame = new FakeFrame('file:///tmp/x.html', 'file://');
        return eventFrom(win.webContents);
      },
      'foreign-origin',
    ],
    ['an unknown webContents', () => eventFrom(new FakeWebContents()), 'unknown-webcontents'],
    ['a disposed frame (senderFrame null)', () => eventFrom(win.webContents, null), 'no-frame'],
    [
      'a frame whose getters throw',
      () => ({
        sender: win.webContents,
        get senderFrame(): never {
          throw new Error('Render frame was disposed');
        },
      }),
      'no-frame',
    ],
  ];

  it.each(refusals)(
    'refuses %s with Forbidden and never dispatches',
    async (_name, makeEvent, reason) => {
      for (const channel of invokeChannels) {
        const result = await invoke(channel, makeEvent(), { theme: 'dark' });
        expect(result).toMatchObject({ ok: false, error: { code: 'Forbidden' } });
      }
      expect(dispatch).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith(expect.stringContaining(`(${reason})`));
      // The log line names the channel and the reason only, never the input.
      for (const [line] of log.mock.calls) expect(String(line)).not.toContain('dark');
    },
  );

  it('refuses a window that is destroyed', async () => {
    win.destroyed = true;
    const result = await invoke('app:info', eventFrom(win.webContents));
    expect(result).toMatchObject({ ok: false, error: { code: 'Forbidden' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('forwards bus events to the window while it shows our page', () => {
    events.emit('vault:locked', { reason: 'idle' });
    expect(win.webContents.sent).toEqual([['vault:locked', { reason: 'idle' }]]);
    win.webContents.url = 'https://evil.example/';
    events.emit('app:command', { command: 'lock' });
    expect(win.webContents.sent).toHaveLength(1);
    win.webContents.url = 'app://confidant/index.html';
    win.destroyed = true;
    events.emit('app:command', { command: 'lock' });
    expect(win.webContents.sent).toHaveLength(1);
  });

  it('unregisters handlers and the event forwarding', () => {
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    events.emit('vault:locked', { reason: 'user' });
    expect(win.webContents.sent).toEqual([]);
  });

  it('logs internal failures without their message', async () => {
    resetFakes();
    const failing: Handlers = {
      ...handlers,
      'preferences:get': () => {
        throw new Error('case "Smith v. Jones" unreadable');
      },
    };
    registerIpc({ handlers: failing, events, windows: () => [win as never], log });
    const result = await invoke('preferences:get', eventFrom(win.webContents));
    expect(result).toMatchObject({ ok: false, error: { code: 'Internal' } });
    expect(log).toHaveBeenCalledWith('ipc failed: preferences:get (Error)');
  });
});
