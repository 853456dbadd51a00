import type { Channel } from '../../src/shared/ipc/channels';
import type { InputOf } from '../../src/shared/ipc/contract';

/** One valid input per channel; the contract test fails when a new channel has none. */
export const sampleInputs: { [C in Channel]: InputOf<C> } = {
  'app:info': undefined,
  'preferences:get': undefined,
  'preferences:update': { theme: 'dark', idleLockMinutes: 10 },
};
