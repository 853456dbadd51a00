import type { Channel } from '@shared/ipc/channels';
import type { Api, Subscribe } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/result';

/** How the renderer reaches main: the preload bridge in Electron, HTTP in the test harness. */
export interface Transport {
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  subscribe: Subscribe;
}

/** Turn a transport into the typed Api: one function per channel. */
export function createApi(transport: Transport, channels: readonly Channel[]): Api {
  const api: Record<string, (input?: unknown) => Promise<Result<unknown>>> = {};
  for (const channel of channels)
    api[channel] = (input?: unknown) => transport.invoke(channel, input);
  return api as unknown as Api;
}
