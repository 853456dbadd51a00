import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../ipc/app-error';
import { verifyVault } from '../vault-verify/verify-vault';
import { calibrateArgon2 } from '../vault/kdf-calibrate';
import { WorkerKdfRunner } from '../vault/kdf';
import { assertParamsAllowed, ARGON2_SALT_BYTES, PRODUCTION_KDF_POLICY } from '../vault/kdf-policy';
import {
  KEYSLOT_FILE_NAME,
  parseKeyslots,
  readKeyslotFile,
  type Argon2Settings,
} from '../vault/keyslots';
import { Vault } from '../vault/vault';
import type { CliIo } from './cli-io';
import { CliError, readPassphrase } from './passphrase-source';

export const NEW_PASSPHRASE_ENV = 'CONFIDANT_NEW_PASSPHRASE';
const MIN_NEW_PASSPHRASE = 10;

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

export function passphraseOptions(io: CliIo, file: string | boolean | undefined) {
  return {
    passphraseFile: typeof file === 'string' ? file : undefined,
    env: io.env,
    ...(io.prompt ? { prompt: io.prompt } : {}),
  };
}

/** A new passphrase: from a file or the environment as given, or typed twice at the prompt. */
export async function readNewPassphrase(
  io: CliIo,
  file: string | boolean | undefined,
  envName: string,
) {
  const fromEnv = io.env[envName];
  const options = passphraseOptions(io, file);
  let value: string;
  if (options.passphraseFile === undefined && fromEnv === undefined) {
    value = await readPassphrase('New passphrase: ', { ...options, env: {} });
    const again = await readPassphrase('Repeat the new passphrase: ', { ...options, env: {} });
    if (again !== value) throw new CliError('the two passphrases differ');
  } else {
    value = await readPassphrase('', { ...options, env: { CONFIDANT_PASSPHRASE: fromEnv } });
  }
  if ([...value].length < MIN_NEW_PASSPHRASE) {
    throw new CliError(`a new passphrase needs at least ${MIN_NEW_PASSPHRASE} characters`);
  }
  return value;
}

function positiveInt(value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value))
    throw new CliError(`${name} takes a whole number`);
  return Number(value);
}

/** Argon2id settings: explicit ones checked against the production bounds, else calibrated here. */
export async function kdfSettings(
  values: Record<string, string | boolean | undefined>,
  runner: WorkerKdfRunner,
  io: CliIo,
): Promise<Argon2Settings> {
  const mib = positiveInt(values['kdf-memory-mib'], '--kdf-memory-mib');
  const t = positiveInt(values['kdf-iterations'], '--kdf-iterations');
  if (mib === undefined && t === undefined) {
    io.err('Calibrating the key derivation for this computer…');
    const { m, t: iterations, p, measuredMs } = await calibrateArgon2({ runner });
    io.err(`Argon2id m=${m / 1024} MiB t=${iterations}: ${Math.round(measuredMs)} ms per unlock`);
    return { m, t: iterations, p };
  }
  const settings = { m: (mib ?? 64) * 1024, t: t ?? 3, p: 1 };
  try {
    assertParamsAllowed({ ...settings, saltLength: ARGON2_SALT_BYTES }, PRODUCTION_KDF_POLICY);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(`KDF settings refused: ${error.message}`);
    throw error;
  }
  return settings;
}

async function create(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      'passphrase-file': { type: 'string' },
      'kdf-memory-mib': { type: 'string' },
      'kdf-iterations': { type: 'string' },
    },
    ['dir'],
  );
  const dir = resolve(positionals[0]!);
  const passphrase = await readNewPassphrase(io, values['passphrase-file'], 'CONFIDANT_PASSPHRASE');
  const runner = new WorkerKdfRunner();
  const settings = await kdfSettings(values, runner, io);
  const { vault, recoveryKey } = await Vault.create(dir, passphrase, settings, { runner });
  const id = vault.vaultId;
  await vault.lock();
  io.out(`Created vault ${id} in ${dir}`);
  io.out('');
  io.out('Recovery key (shown once; print it or write it down and keep it offline):');
  io.out('');
  io.out(`  ${recoveryKey}`);
  io.out('');
  io.out(
    'Anyone with this key and the vault folder can read every case. Confidant cannot recover it.',
  );
  return 0;
}

async function verify(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { 'passphrase-file': { type: 'string' } },
    ['dir'],
  );
  const dir = resolve(positionals[0]!);
  const passphrase = await readPassphrase(
    'Passphrase: ',
    passphraseOptions(io, values['passphrase-file']),
  );
  const report = await verifyVault(dir, passphrase, { runner: new WorkerKdfRunner() });
  const label = { ok: 'ok     ', problem: 'PROBLEM', note: 'note   ' } as const;
  for (const finding of report.findings) {
    const line = `${label[finding.level]}  ${finding.subject}: ${finding.message}`;
    if (finding.level === 'problem') io.err(line);
    else io.out(line);
  }
  io.out(report.problems === 0 ? 'no problems found' : `${report.problems} problem(s) found`);
  return report.problems === 0 ? 0 : 1;
}

async function changePassphrase(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { 'passphrase-file': { type: 'string' }, 'new-passphrase-file': { type: 'string' } },
    ['dir'],
  );
  const dir = resolve(positionals[0]!);
  const current = await readPassphrase(
    'Current passphrase: ',
    passphraseOptions(io, values['passphrase-file']),
  );
  const next = await readNewPassphrase(io, values['new-passphrase-file'], NEW_PASSPHRASE_ENV);
  const runner = new WorkerKdfRunner();
  const vault = await Vault.unlock(dir, current, { runner });
  try {
    await vault.changePassphrase(next);
  } finally {
    await vault.lock();
  }
  io.out('Passphrase changed. Only vault.json was rewritten; the recovery key still works.');
  return 0;
}

export async function vaultCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'create':
      return create(rest, io);
    case 'verify':
      return verify(rest, io);
    case 'change-passphrase':
      return changePassphrase(rest, io);
    case 'info':
      return info(rest, io);
    default:
      throw new CliError(sub ? `unknown vault command "${sub}"` : 'vault needs a command');
  }
}
