import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { KEYSLOT_FILE_NAME, parseKeyslots, readKeyslotFile } from '../vault/keyslots';
import type { CliIo } from './cli-io';
import { CliError } from './passphrase-source';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict parsing: unknown options and a wrong number of positionals are usage errors. */
export function parseCommandArgs<O extends Options>(
  argv: string[],
  options: O,
  positionals: string[],
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  if (parsed.positionals.length !== positionals.length) {
    throw new CliError(`expected ${positionals.map((p) => `<${p}>`).join(' ')}`);
  }
  return {
    values: parsed.values as Record<string, string | boolean | undefined>,
    positionals: parsed.positionals,
  };
}

async function countFiles(dir: string): Promise<number> {
  try {
    return (await readdir(dir)).length;
  } catch {
    return 0;
  }
}

/** `vault info <dir>`: what can be said without a passphrase. Reads, never writes. */
async function info(argv: string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommandArgs(argv, {}, ['dir']);
  const dir = resolve(positionals[0]!);
  const file = parseKeyslots(await readKeyslotFile(join(dir, KEYSLOT_FILE_NAME)));
  io.out(`vault      ${dir}`);
  io.out(`id         ${file.vaultId.toString('base64url')}`);
  io.out(`format     confidant-keyslots v1`);
  for (const slot of file.slots) {
    const kdf = Object.entries(slot.kdf)
      .filter(([key]) => key !== 'salt')
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(' ');
    io.out(`slot       ${slot.type.padEnd(11)} ${kdf}`);
  }
  io.out(`cases      ${await countFiles(join(dir, 'cases'))} file(s)`);
  io.out(`blobs      ${await countFiles(join(dir, 'blobs'))} file(s)`);
  io.out(`audit      ${await countFiles(join(dir, 'audit'))} segment(s)`);
  return 0;
}

export async function vaultCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'info':
      return info(rest, io);
    default:
      throw new CliError(sub ? `unknown vault command "${sub}"` : 'vault needs a command');
  }
}
