import { AppError } from '../ipc/app-error';
import { processIo, type CliIo } from './cli-io';
import { CliError } from './passphrase-source';
import { casesCommand, demoCommand } from './cases-command';
import { documentCommand } from './document-command';
import { vaultCommand } from './vault-command';

export const USAGE = `usage: confidant <command> …

  vault create <dir> [--passphrase-file F] [--kdf-memory-mib N --kdf-iterations N]
      create a vault in an empty or new folder and print its recovery key once
      (Argon2id is calibrated for this computer unless the settings are given)
  vault info <dir>
      show the vault's format and key slots (no passphrase needed; reads only)
  vault verify <dir> [--passphrase-file F]
      check every file, every tag and the audit chain without changing anything;
      exits 1 when a problem is found
  vault change-passphrase <dir> [--passphrase-file F] [--new-passphrase-file F]
      rewrite only vault.json; the recovery key keeps working
  demo <dir> [--cases N] [--seed S] [--prefix P] [--passphrase-file F] [--kdf-memory-mib N --kdf-iterations N]
      create a new vault filled with N synthetic cases (default 200), the same for the same seed;
      prints the recovery key once
  cases list <dir> [--json] [--passphrase-file F]
      every case: number, type, status, title and parties (--json: an array of objects)
  document <kind> --vault <dir> --case <number> --out <file.pdf> [--input F.json] [--redacted]
           [--interview ID] [--password-file F] [--passphrase-file F] [--force]
      render a case document (kinds: report, termination-letter, separation-agreement,
      final-pay-summary, property-checklist, exit-interview, disciplinary-notice,
      interview-statement, mediation-agreement); --input holds the kind's inputs as JSON; the
      file is written mode 0600 and never over an existing one unless --force; --redacted: the
      report with role labels instead of names; --interview: the finalised interview whose
      statement interview-statement prints
  document settings --vault <dir> [--set F.json]
      show, or replace with --set, the organisation letterhead the documents use

The passphrase comes from --passphrase-file, else $CONFIDANT_PASSPHRASE, else a hidden prompt;
a new passphrase from --new-passphrase-file, else $CONFIDANT_NEW_PASSPHRASE (for create:
$CONFIDANT_PASSPHRASE), else the prompt, typed twice.
Exit codes: 0 ok, 1 a problem with the vault or the passphrase, 2 a usage error.`;

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 a problem found, 2 a usage or input error. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'vault':
        return await vaultCommand(rest, io);
      case 'demo':
        return await demoCommand(rest, io);
      case 'cases':
        return await casesCommand(rest, io);
      case 'document':
        return await documentCommand(rest, io);
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
