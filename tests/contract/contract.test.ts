import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/main/ipc/handlers';
import { dispatch } from '../../src/main/ipc/dispatch';
import { fixedClock } from '../../src/main/ports/clock';
import { createServices } from '../../src/main/services';
import { eventChannels, invokeChannels } from '../../src/shared/ipc/channels';
import { contract, eventContract } from '../../src/shared/ipc/contract';
import { sampleInputs } from './sample-inputs';

async function realHandlers() {
  const dir = await mkdtemp(join(tmpdir(), 'confidant-contract-'));
  const services = await createServices({
    dataDirectory: dir,
    runtime: 'harness',
    version: '0.0.0',
    platform: 'linux',
    clock: fixedClock(new Date('2026-01-01T00:00:00Z')),
    dialogs: {
      chooseDirectory: async () => null,
      chooseFilesToOpen: async () => [],
      chooseSavePath: async () => null,
    },
  });
  return { dir, handlers: createHandlers(services) };
}

describe('IPC contract', () => {
  it('has a schema for exactly the channels the preload exposes', () => {
    expect(Object.keys(contract).sort()).toEqual([...invokeChannels].sort());
    expect(Object.keys(eventContract).sort()).toEqual([...eventChannels].sort());
  });

  it('has a handler for every channel and nothing else', async () => {
    const { dir, handlers } = await realHandlers();
    expect(Object.keys(handlers).sort()).toEqual([...invokeChannels].sort());
    await rm(dir, { recursive: true, force: true });
  });

  it('the preload loops over the channel list rather than naming channels', () => {
    const preload = readFileSync('src/preload/index.ts', 'utf8');
    expect(preload).toMatch(/for \(const channel of invokeChannels\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer[,)]/);
    for (const channel of invokeChannels) expect(preload).not.toContain(`'${channel}'`);
  });

  it('every channel has a sample input, and its real output survives a JSON round trip', async () => {
    const { dir, handlers } = await realHandlers();
    for (const channel of invokeChannels) {
      expect(channel in sampleInputs, `sample input for ${channel}`).toBe(true);
      const result = await dispatch(handlers, channel, sampleInputs[channel]);
      expect(result.ok, `${channel}: ${JSON.stringify(result)}`).toBe(true);
      const roundTripped = JSON.parse(JSON.stringify(result));
      expect(roundTripped).toEqual(result);
      if (result.ok) expect(contract[channel].output.parse(roundTripped.value)).toEqual(result.value);
    }
    await rm(dir, { recursive: true, force: true });
  });
});
