import type { Handlers } from '../../shared/ipc/contract';
import type { Services } from '../services';

/** The typed table of handlers: one per channel, Electron-free, shared by IPC, the harness and tests. */
export function createHandlers(services: Services): Handlers {
  const { ports, preferences, events } = services;
  return {
    'app:info': () => ({
      name: 'Confidant',
      version: ports.version,
      platform: ports.platform,
      dataDirectory: ports.dataDirectory,
      runtime: ports.runtime,
    }),
    'preferences:get': () => preferences.get(),
    'preferences:update': async (patch) => {
      const next = await preferences.update(patch);
      events.emit('preferences:changed', next);
      return next;
    },
  };
}
