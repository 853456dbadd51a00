import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export const PASSPHRASE_ENV = 'CONFIDANT_PASSPHRASE';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export interface PassphraseOptions {
  passphraseFile?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** Asks on the terminal; injected so tests never need a TTY. */
  prompt?: (question: string) => Promise<string>;
}

/**
 * Where the CLI gets a passphrase, in order: --passphrase-file, $CONFIDANT_PASSPHRASE, a hidden prompt.
 * A file's trailing newline is dropped (editors add one) but nothing else is trimmed: spaces can be
 * part of a passphrase.
 */
export async function readPassphrase(
  question: string,
  { passphraseFile, env = process.env, prompt = promptHidden }: PassphraseOptions,
): Promise<string> {
  let value: string;
  if (passphraseFile !== undefined) {
    try {
      value = (await readFile(passphraseFile, 'utf8')).replace(/\r?\n$/, '');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new CliError(`cannot read --passphrase-file ${passphraseFile} (${code})`);
    }
  } else if (env[PASSPHRASE_ENV] !== undefined) {
    value = env[PASSPHRASE_ENV]!;
  } else {
    value = await prompt(question);
  }
  if (value.length === 0) throw new CliError('the passphrase is empty');
  return value;
}

/** Prompts on the terminal without echoing what is typed. */
export async function promptHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new CliError(
      `no terminal to ask for the passphrase: use --passphrase-file <file> or set ${PASSPHRASE_ENV}`,
    );
  }
  process.stderr.write(question);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}
