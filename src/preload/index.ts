import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannels, invokeChannels, isEventChannel } from '../shared/ipc/channels';

// The renderer gets one function per channel and a narrow subscribe; never ipcRenderer itself.
const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
for (const channel of invokeChannels) {
  api[channel] = (input?: unknown) => ipcRenderer.invoke(channel, input);
}

function subscribe(event: string, listener: (payload: unknown) => void): () => void {
  if (!isEventChannel(event)) throw new Error(`Unknown event: ${event}`);
  const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => {
    ipcRenderer.removeListener(event, wrapped);
  };
}

contextBridge.exposeInMainWorld('confidant', {
  invoke: Object.freeze(api),
  subscribe,
  events: Object.freeze([...eventChannels]),
});
