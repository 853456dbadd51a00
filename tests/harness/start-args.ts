import { parseArgs } from 'node:util';

export interface StartArgs {
  port: number;
  json: boolean;
  rendererDir: string | undefined;
}

export class ArgumentError extends Error {}

/** Parses `start.ts` arguments; anything unknown or malformed is refused with a specific message. */
export function parseStartArgs(argv: string[]): StartArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '0' },
        json: { type: 'boolean', default: false },
        'renderer-dir': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new ArgumentError((error as Error).message);
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new ArgumentError(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
  }
  return { port, json: values.json, rendererDir: values['renderer-dir'] };
}
