import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { invokeChannels } from '../../shared/ipc/channels';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../ipc/dispatch';
import type { EventBus } from '../ipc/event-bus';
import { isAppUrl } from '../shell-policy/app-origin';
import { describeErrorForLog } from '../shell-policy/log-safety';
import { forbiddenResult, refuseSender, type SenderFacts } from '../shell-policy/sender-policy';

export interface RegisterIpcOptions {
  handlers: Handlers;
  events: Pick<EventBus, 'subscribe'>;
  /** The windows this process created and still owns; only their top frames may call. */
  windows: () => readonly BrowserWindow[];
  log: (message: string) => void;
}

function senderFacts(event: IpcMainInvokeEvent, windows: readonly BrowserWindow[]): SenderFacts {
  const isKnownWebContents = windows.some(
    (win) => !win.isDestroyed() && win.webContents === event.sender,
  );
  try {
    const frame = event.senderFrame;
    if (!frame)
      return {
        isKnownWebContents,
        hasFrame: false,
        isMainFrame: false,
        frameUrl: undefined,
        frameOrigin: undefined,
      };
    return {
      isKnownWebContents,
      hasFrame: true,
      isMainFrame: frame === event.sender.mainFrame && frame.parent === null,
      frameUrl: frame.url,
      frameOrigin: frame.origin,
    };
  } catch {
    // WebFrameMain getters throw once the frame is disposed: treat like a missing frame.
    return {
      isKnownWebContents,
      hasFrame: false,
      isMainFrame: false,
      frameUrl: undefined,
      frameOrigin: undefined,
    };
  }
}

/**
 * One ipcMain.handle per contract channel. The sender is checked before anything else, so a
 * refused call never reaches schema validation, the handler or the log with its payload. Events
 * from the bus go to every owned window that still shows our own page. Returns an unregister
 * function.
 */
export function registerIpc(options: RegisterIpcOptions): () => void {
  for (const channel of invokeChannels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      const refusal = refuseSender(senderFacts(event, options.windows()));
      if (refusal) {
        options.log(`ipc refused: ${channel} (${refusal})`);
        return forbiddenResult();
      }
      return dispatch(options.handlers, channel, input, {
        onInternalError: (name, error) =>
          options.log(`ipc failed: ${name} (${describeErrorForLog(error)})`),
      });
    });
  }
  const unsubscribe = options.events.subscribe((event, payload) => {
    for (const win of options.windows()) {
      if (win.isDestroyed() || !isAppUrl(win.webContents.getURL())) continue;
      win.webContents.send(event, payload);
    }
  });
  return () => {
    unsubscribe();
    for (const channel of invokeChannels) ipcMain.removeHandler(channel);
  };
}
