import { vi } from 'vitest';
import { invokeChannels } from '../../../src/shared/ipc/channels';
import type { Handlers } from '../../../src/shared/ipc/contract';

/**
 * A Handlers table whose every entry is a vi.fn that fails if called, so a test states exactly which
 * handlers it expects to run; pass overrides for those.
 */
export function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const table: Record<string, unknown> = {};
  for (const channel of invokeChannels) {
    table[channel] = vi.fn(() => {
      throw new Error(`unexpected call to ${channel}`);
    });
  }
  for (const [channel, handler] of Object.entries(overrides))
    table[channel] = vi.fn(handler as never);
  return table as unknown as Handlers;
}
