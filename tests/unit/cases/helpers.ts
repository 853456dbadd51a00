import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { createHandlers } from '../../../src/main/ipc/handlers';
import { createServices, type Services } from '../../../src/main/services';
import type { Channel } from '../../../src/shared/ipc/channels';
import type { InputOf, OutputOf } from '../../../src/shared/ipc/contract';
import type { IpcError } from '../../../src/shared/ipc/result';
import { ScriptedDialogs } from '../../harness/scripted-dialogs';
import { testPorts } from '../../support/test-ports';

export const PASSPHRASE = 'a case workspace passphrase';

export interface Workbench {
  root: string;
  dialogs: ScriptedDialogs;
  services: Services;
  call<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>>;
  fail(channel: Channel, input?: unknown): Promise<IpcError>;
  lock(): Promise<void>;
  unlock(): Promise<void>;
  close(): Promise<void>;
}

/** Real services through the real dispatch, on an unlocked vault in a temp folder (test KDF). */
export async function workbench(): Promise<Workbench> {
  const root = await mkdtemp(join(tmpdir(), 'confidant-cases-'));
  const dialogs = new ScriptedDialogs();
  const services = await createServices(
    testPorts({ dataDirectory: join(root, 'user-data'), dialogs }),
  );
  const handlers = createHandlers(services);
  const raw = (channel: Channel, input?: unknown) => dispatch(handlers, channel, input);
  const call = async <C extends Channel>(channel: C, input?: InputOf<C>) => {
    const result = await raw(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as OutputOf<C>;
  };
  const fail = async (channel: Channel, input?: unknown) => {
    const result = await raw(channel, input);
    if (result.ok) throw new Error(`${channel} succeeded unexpectedly`);
    return result.error;
  };
  dialogs.push({ kind: 'directory', path: root });
  const created = await call('vault:create', { name: 'Cases', passphrase: PASSPHRASE });
  await call('vault:confirm-recovery-key', { recoveryKey: created.recoveryKey });
  return {
    root,
    dialogs,
    services,
    call,
    fail,
    lock: async () => {
      await call('vault:lock');
    },
    unlock: async () => {
      await call('vault:unlock', { passphrase: PASSPHRASE });
    },
    close: async () => {
      await call('vault:close');
      await rm(root, { recursive: true, force: true });
    },
  };
}

export function intake(reportedBy: string | null, receivedOn = '2026-02-20') {
  return {
    receivedOn,
    channel: 'email' as const,
    reportedBy,
    account: 'Repeated remarks about my accent in the Monday stand-up.',
    desiredOutcome: 'That it stops.',
    acknowledgedOn: null,
    immediateRisk: false,
  };
}

export async function person(wb: Workbench, name: string): Promise<string> {
  return (await wb.call('people:upsert', { person: { name } })).id;
}
