import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CaseOverview } from '../../shared/domain/case-doc';
import { casePrefixSchema, DEFAULT_CASE_PREFIX } from '../../shared/domain/case-number';
import { CASE_PAGE_MAX } from '../../shared/domain/case-list-query';
import { caseContract } from '../../shared/ipc/case-contract';
import { CaseService } from '../cases/case-service';
import { localToday } from '../cases/case-doc-rules';
import { EvidenceService } from '../cases/evidence-service';
import { PeopleService } from '../cases/people-service';
import { CaseWorkspaces } from '../cases/workspace';
import { systemClock } from '../ports/clock';
import type { Dialogs } from '../ports/dialogs';
import { WorkerKdfRunner } from '../vault/kdf';
import { Vault } from '../vault/vault';
import type { CliIo } from './cli-io';
import { demoCase, demoPeople, seededRandom } from './demo-data';
import { CliError, readPassphrase } from './passphrase-source';
import {
  kdfSettings,
  parseCommandArgs,
  passphraseOptions,
  readNewPassphrase,
} from './vault-command';

/** The CLI has no window: any dialog a service opens is a bug, not a question for the user. */
const noDialogs: Dialogs = {
  chooseDirectory: async () => null,
  chooseFilesToOpen: async () => [],
  chooseSavePath: async () => null,
};

/** The same case services the app composes, over a vault the CLI unlocked itself. */
export function servicesFor(vault: Vault, actor = 'cli') {
  const workspaces = new CaseWorkspaces(
    () => ({ store: vault.store, vaultId: Buffer.from(vault.vaultId, 'base64url'), actor }),
    { buildSearch: false },
  );
  const cases = new CaseService(workspaces, systemClock);
  return {
    workspaces,
    cases,
    people: new PeopleService(workspaces, systemClock),
    evidence: new EvidenceService(workspaces, systemClock, noDialogs),
  };
}

function count(value: string | boolean | undefined, name: string, max: number): number {
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) > max) {
    throw new CliError(`${name} takes a whole number from 0 to ${max}`);
  }
  return Number(value);
}

const ANCHOR = '2026-03-01';
const DEMO_MAX = 100_000;
const ATTACHMENT_CASES = 5;

/** `demo <dir> --cases N --seed S`: a new vault full of synthetic, deterministic cases. */
export async function demoCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    {
      cases: { type: 'string' },
      seed: { type: 'string' },
      prefix: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'kdf-memory-mib': { type: 'string' },
      'kdf-iterations': { type: 'string' },
    },
    ['dir'],
  );
  const total = count(values['cases'] ?? '200', '--cases', DEMO_MAX);
  const seed = count(values['seed'] ?? '1', '--seed', 2 ** 32 - 1);
  // Checked before the vault exists, so a bad prefix leaves nothing behind.
  const prefix = casePrefixSchema.safeParse(values['prefix'] ?? DEFAULT_CASE_PREFIX);
  if (!prefix.success) {
    throw new CliError(
      '--prefix takes 1 to 10 letters or digits, starting with a letter (e.g. ER)',
    );
  }
  const dir = resolve(positionals[0]!);
  const passphrase = await readNewPassphrase(io, values['passphrase-file'], 'CONFIDANT_PASSPHRASE');
  const runner = new WorkerKdfRunner();
  const settings = await kdfSettings(values, runner, io);
  const { vault, recoveryKey } = await Vault.create(dir, passphrase, settings, { runner });
  try {
    await fill(vault, total, seed, io, prefix.data);
  } finally {
    await vault.lock();
  }
  io.out(`Created demo vault ${dir} with ${total} cases (seed ${seed})`);
  io.out('');
  io.out('Recovery key (shown once; print it or write it down and keep it offline):');
  io.out('');
  io.out(`  ${recoveryKey}`);
  return 0;
}

export async function fill(
  vault: Vault,
  total: number,
  seed: number,
  io: CliIo,
  prefix: string = DEFAULT_CASE_PREFIX,
): Promise<void> {
  const rand = seededRandom(seed);
  const { people, cases, evidence } = servicesFor(vault);
  if (prefix !== DEFAULT_CASE_PREFIX) await cases.updateNumbering({ prefix });
  const personIds: string[] = [];
  for (const input of demoPeople(rand, Math.max(8, Math.min(600, Math.ceil(total / 4))))) {
    personIds.push((await people.upsert({ person: input })).id);
  }
  const today = localToday(new Date());
  const scratch = await mkdtemp(join(tmpdir(), 'confidant-demo-'));
  try {
    for (let i = 0; i < total; i += 1) {
      const { input, complete } = demoCase(rand, i, personIds, ANCHOR, today);
      const saved = await cases.createWith(input, complete);
      if (i < ATTACHMENT_CASES) {
        const file = join(scratch, `statement-${i + 1}.txt`);
        await writeFile(
          file,
          `Signed statement for ${saved.overview.number}.\n${input.intake.account}\n`,
        );
        await evidence.import({
          caseId: saved.caseId,
          expectedSeq: saved.seq,
          paths: [file],
          source: 'Handed over at the interview',
          collectedBy: 'Sam Rivera',
          collectedOn: input.intake.receivedOn,
          description: 'Signed witness statement',
        });
      }
      if ((i + 1) % 1000 === 0) io.err(`… ${i + 1} cases`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function partiesOf(o: CaseOverview): string {
  return o.parties.map((p) => `${p.name} (${p.role})`).join(', ');
}

/** `cases list <dir> [--json]`: every case, newest first, through the cases:list handler path. */
export async function casesCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'list')
    throw new CliError(sub ? `unknown cases command "${sub}"` : 'expected: cases list <dir>');
  const { values, positionals } = parseCommandArgs(
    rest,
    { json: { type: 'boolean' }, 'passphrase-file': { type: 'string' } },
    ['dir'],
  );
  const dir = resolve(positionals[0]!);
  const passphrase = await readPassphrase(
    'Passphrase: ',
    passphraseOptions(io, values['passphrase-file']),
  );
  const vault = await Vault.unlock(dir, passphrase, { runner: new WorkerKdfRunner() });
  {
    const items: CaseOverview[] = [];
    try {
      const { cases } = servicesFor(vault);
      const query = caseContract['cases:list'].input;
      for (let offset = 0; ; offset += CASE_PAGE_MAX) {
        const page = await cases.list(query.parse({ offset, limit: CASE_PAGE_MAX }));
        items.push(...page.items);
        if (items.length >= page.total || page.items.length === 0) break;
      }
    } finally {
      await vault.lock();
    }
    if (values['json']) {
      const rows = items.map((o) => ({
        number: o.number,
        title: o.title,
        type: o.type,
        status: o.status,
        parties: o.parties.map((p) => ({ name: p.name, role: p.role })),
      }));
      io.out(JSON.stringify(rows, null, 2));
    } else {
      for (const o of items)
        io.out(
          `${o.number}  ${o.type.padEnd(20)} ${o.status.padEnd(13)} ${o.title} — ${partiesOf(o)}`,
        );
      io.out(`${items.length} case(s)`);
    }
    return 0;
  }
}
