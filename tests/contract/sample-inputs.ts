import { join } from 'node:path';
import type { Channel } from '../../src/shared/ipc/channels';
import type { InputOf } from '../../src/shared/ipc/contract';
import type { ScriptedDialogs } from '../harness/scripted-dialogs';

export interface ScriptContext {
  root: string;
  dialogs: ScriptedDialogs;
  recoveryKey: string;
  vaultPath: string;
}

type Step = {
  [C in Channel]: {
    channel: C;
    input: (ctx: ScriptContext) => InputOf<C>;
    after?: (value: never, ctx: ScriptContext) => void;
  };
}[Channel];

const step = <C extends Channel>(
  channel: C,
  input: (ctx: ScriptContext) => InputOf<C>,
  after?: (value: never, ctx: ScriptContext) => void,
): Step => ({ channel, input, after }) as Step;

const none = () => undefined as never;

/**
 * A script that calls every channel once, in an order where each call can succeed against the real
 * services. The contract test fails when a channel has no step here.
 */
export const script: Step[] = [
  step('app:info', none),
  step('preferences:get', none),
  step('preferences:update', () => ({ theme: 'dark', idleLockMinutes: 10 })),
  step('app:activity', none),
  step('vault:status', none),
  step(
    'vault:create',
    (ctx) => {
      ctx.dialogs.push({ kind: 'directory', path: ctx.root });
      return { name: 'Contract vault', passphrase: 'first passphrase here' };
    },
    (value: { recoveryKey: string; status: { vault: { path: string } } }, ctx) => {
      ctx.recoveryKey = value.recoveryKey;
      ctx.vaultPath = value.status.vault.path;
    },
  ),
  step('vault:save-emergency-kit', (ctx) => {
    ctx.dialogs.push({ kind: 'save', path: join(ctx.root, 'kit.pdf') });
    return undefined as never;
  }),
  step('vault:confirm-recovery-key', (ctx) => ({ recoveryKey: ctx.recoveryKey })),
  step('vault:checkpoint', none),
  step('vault:rename', () => ({ name: 'Renamed vault' })),
  step('vault:change-passphrase', () => ({
    current: 'first passphrase here',
    next: 'second passphrase here',
  })),
  step(
    'vault:rotate-recovery-key',
    () => ({ passphrase: 'second passphrase here' }),
    (value: { recoveryKey: string }, ctx) => {
      ctx.recoveryKey = value.recoveryKey;
    },
  ),
  step('vault:lock', none),
  step('vault:unlock', () => ({ passphrase: 'second passphrase here' })),
  step('vault:recover', (ctx) => ({
    recoveryKey: ctx.recoveryKey,
    newPassphrase: 'third passphrase here',
  })),
  step('vault:close', none),
  step('vault:open', (ctx) => ({ path: ctx.vaultPath })),
  // The open vault cannot be forgotten (Conflict); forgetting an unlisted folder is a no-op.
  step('vault:forget', (ctx) => ({ path: join(ctx.root, 'not-listed') })),
];
