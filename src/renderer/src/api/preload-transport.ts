import type { Channel } from '@shared/ipc/channels';
import type { Subscribe } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/result';
import type { Transport } from './transport';

interface PreloadBridge {
  invoke: Record<Channel, (input?: unknown) => Promise<Result<unknown>>>;
  subscribe: Subscribe;
}

declare global {
  interface Window {
    confidant?: PreloadBridge;
  }
}

/** The production transport: the sandboxed preload's `window.confidant`. */
export function createTransport(): Transport {
  const bridge = window.confidant;
  if (!bridge) throw new Error('The Confidant bridge is missing: the preload did not load.');
  return {
    invoke: (channel, input) => bridge.invoke[channel](input),
    subscribe: bridge.subscribe,
  };
}
