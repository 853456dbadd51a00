import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

interface HarnessHandle {
  url: string;
  origin: string;
  token: string;
  process: ChildProcess;
}

async function launchHarness(): Promise<HarnessHandle> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/harness/start.ts', '--json'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`harness exited with ${code}`)));
  });
  const info = JSON.parse(first) as Omit<HarnessHandle, 'process'>;
  return { ...info, process: child };
}

export interface HarnessControl {
  url: string;
  origin: string;
  token: string;
  /** Script answers for the next OS dialogs (directory picker, open, save). */
  queueDialogs(answers: unknown[]): Promise<void>;
  call(channel: string, input?: unknown): Promise<unknown>;
  dataDirectory: string;
}

async function post(request: APIRequestContext, h: HarnessHandle, path: string, input?: unknown) {
  const response = await request.post(`${h.origin}${path}`, {
    headers: { 'x-confidant-token': h.token },
    data: { input },
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

export const test = base.extend<{ harness: HarnessControl }, { harnessProcess: HarnessHandle }>({
  harnessProcess: [
    // Playwright requires an object pattern here even when no fixture is used.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const handle = await launchHarness();
      await use(handle);
      handle.process.kill('SIGTERM');
    },
    { scope: 'worker' },
  ],
  // A fresh data directory for every test.
  harness: async ({ harnessProcess: h, request }, use) => {
    const reset = await post(request, h, '/__test/reset');
    const { dataDirectory } = reset.value as { dataDirectory: string };
    await use({
      url: h.url,
      origin: h.origin,
      token: h.token,
      dataDirectory,
      async queueDialogs(answers) {
        const result = await post(request, h, '/__test/dialogs', answers);
        expect(result.ok).toBe(true);
      },
      call: async (channel, input) => post(request, h, `/ipc/${channel}`, input),
    });
  },
});

export { expect };
