import { AppError } from '../ipc/app-error';
import { processIo, type CliIo } from './cli-io';
import { CliError } from './passphrase-source';
import { vaultCommand } from './vault-command';

export const USAGE = `usage: confidant <command> …

  vault create <dir> [--name NAME] [--passphrase-file F]   create a vault and print its recovery key once
  vault info <dir>                                          show the vault's format and key slots (no passphrase)
  vault verify <dir> [--passphrase-file F]                  check every file, every tag and the audit chain
  vault change-passphrase <dir> [--passphrase-file F] [--new-passphrase-file F]

The passphrase comes from --passphrase-file, else $CONFIDANT_PASSPHRASE, else a hidden prompt.`;

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 a problem found, 2 a usage or input error. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'vault':
        return await vaultCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`confidant: ${error.message}`);
      if (error.exitCode === 2) io.err('run `confidant help` for usage');
      return error.exitCode;
    }
    if (error instanceof AppError) {
      io.err(`confidant: ${error.code}: ${error.message}`);
      return error.code === 'InvalidInput' ? 2 : 1;
    }
    io.err(`confidant: unexpected failure: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
