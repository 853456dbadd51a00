// Zero-import file: the preload bundles it, so it must stay free of zod and everything else.
// Every invoke channel the renderer may call. Names are `domain:verb`.
export const invokeChannels = [
  'app:info',
  'preferences:get',
  'preferences:update',
] as const;

// Main → renderer notifications (lock, progress of long work).
export const eventChannels = ['app:command', 'preferences:changed', 'vault:locked'] as const;

export type Channel = (typeof invokeChannels)[number];
export type EventChannel = (typeof eventChannels)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (invokeChannels as readonly string[]).includes(name);
}

export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && (eventChannels as readonly string[]).includes(name);
}
