import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/main/ipc/handlers';
import { dispatch } from '../../src/main/ipc/dispatch';
import { createServices } from '../../src/main/services';
import { eventChannels, invokeChannels } from '../../src/shared/ipc/channels';
import { contract, eventContract } from '../../src/shared/ipc/contract';
import { ScriptedDialogs } from '../harness/scripted-dialogs';
import { testPorts } from '../support/test-ports';
import { script, type ScriptContext } from './sample-inputs';

async function realHandlers() {
  const root = await mkdtemp(join(tmpdir(), 'confidant-contract-'));
  const dialogs = new ScriptedDialogs();
  const services = await createServices(
    testPorts({ dataDirectory: join(root, 'user-data'), dialogs }),
  );
  return { root, dialogs, handlers: createHandlers(services) };
}

describe('IPC contract', () => {
  it('has a schema for exactly the channels the preload exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...invokeChannels].sort());
    expect(Object.keys(eventContract).sort()).toEqual([...eventChannels].sort());
  });

  it('has a handler for every channel and nothing else', async () => {
    const { root, handlers } = await realHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...invokeChannels].sort());
    await rm(root, { recursive: true, force: true });
  });

  it('the preload loops over the channel list rather than naming channels', () => {
    const preload = readFileSync('src/preload/index.ts', 'utf8');
    expect(preload).toMatch(/for \(const channel of invokeChannels\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer[,)]/);
    for (const channel of invokeChannels) expect(preload).not.toContain(`'${channel}'`);
  });

  it('every channel succeeds against the real services and its output survives JSON', async () => {
    const { root, dialogs, handlers } = await realHandlers();
    const ctx: ScriptContext = { root, dialogs, recoveryKey: '', vaultPath: '' };
    const covered = new Set<string>();
    for (const { channel, input, after } of script) {
      const result = await dispatch(handlers, channel, input(ctx));
      expect(result.ok, `${channel}: ${JSON.stringify(result)}`).toBe(true);
      const roundTripped = JSON.parse(JSON.stringify(result));
      expect(roundTripped).toEqual(result);
      if (result.ok) {
        expect(contract[channel].output.parse(roundTripped.value)).toEqual(result.value);
        after?.(result.value as never, ctx);
      }
      covered.add(channel);
    }
    expect([...covered].sort()).toEqual([...invokeChannels].sort());
    expect(dialogs.pending).toBe(0);
    await rm(root, { recursive: true, force: true });
  });
});
