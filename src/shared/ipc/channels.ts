// Zero-import file: the preload bundles it, so it must stay free of zod and everything else.
// Every invoke channel the renderer may call. Names are `domain:verb`.
export const invokeChannels = [
  'app:info',
  'preferences:get',
  'preferences:update',
  'app:activity',
  'app:ready-to-close',
  'vault:status',
  'vault:create',
  'vault:confirm-recovery-key',
  'vault:save-emergency-kit',
  'vault:open',
  'vault:unlock',
  'vault:recover',
  'vault:lock',
  'vault:close',
  'vault:change-passphrase',
  'vault:rotate-recovery-key',
  'vault:rename',
  'vault:forget',
  'vault:checkpoint',
  'cases:list',
  'cases:search',
  'cases:create',
  'cases:get',
  'cases:update',
  'cases:transition',
  'cases:dashboard',
  'cases:numbering-get',
  'cases:numbering-update',
  'tasks:due-soon',
  'people:list',
  'people:get',
  'people:upsert',
  'evidence:import',
  'evidence:view',
  'evidence:export',
  'documents:available',
  'documents:check',
  'documents:render',
  'documents:save',
  'documents:settings-get',
  'documents:choose-logo',
  'documents:settings-update',
  'interviews:create',
  'interviews:get',
  'interviews:update',
  'interviews:reorder',
  'interviews:delete',
  'interviews:apply-guide',
  'interviews:finalise',
  'interviews:add-addendum',
  'interviews:record-review',
  'guides:list',
  'guides:save',
  'guides:delete',
] as const;

// Main → renderer notifications (lock, progress of long work).
export const eventChannels = [
  'app:before-close',
  'app:command',
  'preferences:changed',
  'vault:locked',
  'vault:status-changed',
] as const;

export type Channel = (typeof invokeChannels)[number];
export type EventChannel = (typeof eventChannels)[number];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (invokeChannels as readonly string[]).includes(name);
}

export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && (eventChannels as readonly string[]).includes(name);
}
