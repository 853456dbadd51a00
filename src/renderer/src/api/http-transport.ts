import type { Channel } from '@shared/ipc/channels';
import type { Subscribe } from '@shared/ipc/contract';
import { fail, type Result } from '@shared/ipc/result';
import type { Transport } from './transport';

// Harness-only transport (tests and the browser preview). The production build aliases
// `@transport` to preload-transport.ts, and a test checks that this file never reaches out/.
const TOKEN_HEADER = 'x-confidant-token';

function readToken(): string {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (!token)
    throw new Error('Harness token missing: open the URL printed by `npm run start:browser`.');
  return token;
}

export function createTransport(): Transport {
  const token = readToken();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const ensureEventSource = (): void => {
    if (source) return;
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      const { event, payload } = JSON.parse(message.data) as { event: string; payload: unknown };
      for (const listener of listeners.get(event) ?? []) listener(payload);
    };
  };

  const subscribe = ((event: string, listener: (payload: unknown) => void) => {
    ensureEventSource();
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  }) as Subscribe;

  return {
    async invoke(channel: Channel, input: unknown): Promise<Result<unknown>> {
      try {
        const response = await fetch(`/ipc/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify({ input }),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return fail('Internal', 'The preview server is not answering. Is it still running?');
      }
    },
    subscribe,
  };
}
