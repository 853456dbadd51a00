import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  organisationSettingsWireSchema,
  type OrganisationSettingsWire,
} from '../../shared/domain/document-inputs';
import {
  documentKindSchema,
  documentRenderInputSchema,
  documentRequestSchemas,
  renderableKindSchema,
} from '../../shared/ipc/document-contract';
import { CaseWorkspaces } from '../cases/workspace';
import { DocumentService } from '../documents/document-service';
import { describeIssues } from '../documents/spec';
import { systemClock } from '../ports/clock';
import type { Dialogs } from '../ports/dialogs';
import { WorkerKdfRunner } from '../vault/kdf';
import { Vault } from '../vault/vault';
import type { CliIo } from './cli-io';
import { CliError, readPassphrase } from './passphrase-source';
import { parseCommandArgs, passphraseOptions } from './vault-command';

/** The CLI never shows a dialog: --out names the file. */
const noDialogs: Dialogs = {
  chooseDirectory: async () => null,
  chooseFilesToOpen: async () => [],
  chooseSavePath: async () => null,
};

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${what} ${path} (${(error as NodeJS.ErrnoException).code})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${what} ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function required(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value === '') throw new CliError(`${name} is required`);
  return value;
}

async function unlocked<T>(
  dir: string,
  io: CliIo,
  passphraseFile: string | boolean | undefined,
  work: (documents: DocumentService) => Promise<T>,
): Promise<T> {
  const passphrase = await readPassphrase('Passphrase: ', passphraseOptions(io, passphraseFile));
  const vault = await Vault.unlock(dir, passphrase, { runner: new WorkerKdfRunner() });
  const workspaces = new CaseWorkspaces(
    () => ({ store: vault.store, vaultId: Buffer.from(vault.vaultId, 'base64url'), actor: 'cli' }),
    { buildSearch: false },
  );
  const documents = new DocumentService(workspaces, systemClock, noDialogs);
  try {
    return await work(documents);
  } finally {
    documents.drop();
    await vault.lock();
  }
}

/** `document settings --vault <dir> [--set <file.json>]`: show or replace the letterhead. */
async function settingsCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    argv,
    {
      vault: { type: 'string' },
      set: { type: 'string' },
      'passphrase-file': { type: 'string' },
    },
    [],
  );
  const dir = resolve(required(values['vault'], '--vault'));
  let next: OrganisationSettingsWire | undefined;
  if (typeof values['set'] === 'string') {
    const parsed = organisationSettingsWireSchema.safeParse(await readJson(values['set'], '--set'));
    if (!parsed.success) {
      throw new CliError(`--set: ${describeIssues(parsed.error).join('; ')}`);
    }
    next = parsed.data;
  }
  const shown = await unlocked(dir, io, values['passphrase-file'], async (documents) =>
    next ? documents.updateSettings({ organisation: next }) : documents.getSettings(),
  );
  io.out(JSON.stringify(shown.organisation, null, 2));
  return 0;
}

/** `--interview <id>` is the statement's interviewId (it overrides one given in --input). */
function withInterview(kind: string, raw: unknown, interview: string | boolean | undefined) {
  if (interview === undefined) {
    if (kind === 'interview-statement' && !(raw as { interviewId?: unknown }).interviewId) {
      throw new CliError('--interview <id> is required for interview-statement');
    }
    return raw;
  }
  if (kind !== 'interview-statement') {
    throw new CliError('--interview: only the interview statement is made for one interview');
  }
  const base = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  return { ...base, interviewId: required(interview, '--interview') };
}

/**
 * `document <kind> --vault <dir> --case <number> --out <file.pdf> [--input f.json] [--redacted]
 * [--interview <id>] [--password-file f] [--force]`: the same render and audit as the app's documents:render and
 * documents:save, written to --out (mode 0600, never over an existing file without --force).
 */
export async function documentCommand(argv: string[], io: CliIo): Promise<number> {
  const [kindArg, ...rest] = argv;
  if (kindArg === 'settings') return settingsCommand(rest, io);
  const known = documentKindSchema.safeParse(kindArg);
  if (!known.success) {
    throw new CliError(
      kindArg
        ? `unknown document kind "${kindArg}" (one of: ${documentKindSchema.options.join(', ')})`
        : 'expected: document <kind> --vault <dir> --case <number> --out <file.pdf>',
    );
  }
  const renderable = renderableKindSchema.safeParse(known.data);
  if (!renderable.success) throw new CliError(`${known.data}: cannot be generated yet`);
  const kind = renderable.data;
  const { values } = parseCommandArgs(
    rest,
    {
      vault: { type: 'string' },
      case: { type: 'string' },
      out: { type: 'string' },
      input: { type: 'string' },
      redacted: { type: 'boolean' },
      interview: { type: 'string' },
      'password-file': { type: 'string' },
      'passphrase-file': { type: 'string' },
      force: { type: 'boolean' },
    },
    [],
  );
  const dir = resolve(required(values['vault'], '--vault'));
  const caseNumber = required(values['case'], '--case');
  const out = resolve(required(values['out'], '--out'));
  if (values['redacted'] && kind !== 'report') {
    throw new CliError('--redacted: only the report has a redacted copy');
  }
  if (!values['force'] && (await stat(out).catch(() => null))) {
    throw new CliError(`${out} exists; pass --force to overwrite it`);
  }
  const fromFile =
    typeof values['input'] === 'string' ? await readJson(values['input'], '--input') : {};
  const raw = withInterview(kind, fromFile, values['interview']);
  const parsedInput = documentRequestSchemas[kind].safeParse(raw);
  if (!parsedInput.success) {
    throw new CliError(`--input for ${kind}: ${describeIssues(parsedInput.error).join('; ')}`);
  }
  let password: string | undefined;
  if (typeof values['password-file'] === 'string') {
    const file = values['password-file'];
    password = (
      await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new CliError(`cannot read --password-file ${file} (${error.code})`);
      })
    ).replace(/\r?\n$/, '');
    if (password.length < 8) throw new CliError('--password-file: at least 8 characters');
  }
  const preview = await unlocked(dir, io, values['passphrase-file'], async (documents) => {
    const caseId = await documents.caseIdByNumber(caseNumber);
    const request = documentRenderInputSchema.parse({
      kind,
      caseId,
      input: raw,
      ...(kind === 'report' ? { redacted: Boolean(values['redacted']) } : {}),
      ...(password ? { password } : {}),
    });
    const result = await documents.render(request);
    await documents.writeOut(caseId, kind, documents.heldBytes(caseId, kind, result.sha256), out);
    return result;
  });
  io.out(
    `Wrote ${out}: ${preview.pageCount} page(s), SHA-256 ${preview.sha256}${
      preview.encrypted ? ', password-protected' : ''
    }${preview.draft ? ' (DRAFT: findings pending)' : ''}`,
  );
  for (const w of preview.warnings) io.err(`${w.severity}: ${w.message} (${w.citation})`);
  if (preview.missingCharacters.length) {
    io.err(`warning: no font for ${preview.missingCharacters.join(' ')}; they print as boxes`);
  }
  return 0;
}
