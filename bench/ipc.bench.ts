import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../src/main/ipc/dispatch';
import { createHandlers } from '../src/main/ipc/handlers';
import { systemClock } from '../src/main/ports/clock';
import { createServices } from '../src/main/services';
import { ScriptedDialogs } from '../tests/harness/scripted-dialogs';
import { testPorts } from '../tests/support/test-ports';
import type { BenchResults } from './run';
import { percentile, round, timeMs } from './stats';

/** Cost of the IPC layer itself: validation, handler call, output check. */
export async function benchIpc(): Promise<BenchResults> {
  const dir = await mkdtemp(join(tmpdir(), 'confidant-bench-'));
  try {
    const dialogs = new ScriptedDialogs();
    const services = await createServices(
      testPorts({ dataDirectory: dir, dialogs, runtime: 'cli', clock: systemClock }),
    );
    const handlers = createHandlers(services);
    const samples: number[] = [];
    for (let i = 0; i < 2000; i++) {
      samples.push(await timeMs(() => dispatch(handlers, 'preferences:get', undefined)));
    }
    return {
      ipc_dispatch_p50_us: round(percentile(samples, 50) * 1000, 1),
      ipc_dispatch_p95_us: round(percentile(samples, 95) * 1000, 1),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
