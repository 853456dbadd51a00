import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startHarness } from './server';
import { ArgumentError, parseStartArgs } from './start-args';

// `npm run start:browser`: the documented way to use and demo the UI where no Electron binary exists.
async function main(): Promise<void> {
  let args;
  try {
    args = parseStartArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ArgumentError)) throw error;
    console.error(`start:browser: ${error.message}`);
    console.error('usage: start.ts [--port N] [--json] [--renderer-dir DIR]');
    process.exit(2);
  }
  const rendererDir = resolve(args.rendererDir ?? 'out/harness-renderer');
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    console.error(
      `start:browser: no built renderer in ${rendererDir}; run \`npm run build:harness\` first.`,
    );
    process.exit(2);
  }
  const { version } = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as {
    version: string;
  };
  const harness = await startHarness({ rendererDir, port: args.port, version });
  if (args.json) {
    console.log(JSON.stringify({ url: harness.url, origin: harness.origin, token: harness.token }));
  } else {
    console.log(
      `Confidant browser preview (test data only, in a temporary folder):\n\n  ${harness.url}\n`,
    );
    console.log('Press Ctrl+C to stop. The temporary data is deleted on exit.');
  }
  const stop = (): void => {
    void harness.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
