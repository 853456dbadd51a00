import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/main/cli/cli-io';
import { runCli } from '../../../src/main/cli/index';

const FLOOR = ['--kdf-memory-mib', '64', '--kdf-iterations', '3'];
const PASS = 'the demo passphrase';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { CONFIDANT_PASSPHRASE: PASS },
    prompt: async () => {
      throw new Error('no prompt in tests');
    },
  };
  return { io: value, out, err };
}

let root: string;
let vault: string;
let caseNumber: string;
let reportInput: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'confidant-document-cli-'));
  vault = join(root, 'vault');
  expect(await runCli(['demo', vault, '--cases', '3', '--seed', '7', ...FLOOR], io().io)).toBe(0);
  const list = io();
  expect(await runCli(['cases', 'list', vault, '--json'], list.io)).toBe(0);
  caseNumber = (JSON.parse(list.out.join('\n')) as { number: string }[])[0]!.number;
  const org = join(root, 'org.json');
  await writeFile(org, JSON.stringify({ name: 'Acme Widgets Inc.', addressLines: ['Hà Nội'] }));
  const set = io();
  expect(await runCli(['document', 'settings', '--vault', vault, '--set', org], set.io)).toBe(0);
  reportInput = join(root, 'report.json');
  await writeFile(
    reportInput,
    JSON.stringify({
      commissionedBy: 'Head of People (Nguyễn Văn An)',
      scope: 'Whether the conduct alleged happened and breached policy.',
      policies: ['Dignity at Work policy'],
    }),
  );
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const base = () => ['--vault', vault, '--case', caseNumber];

describe('document command', () => {
  it('writes a report pdftotext can read, mode 0600, and refuses to overwrite', async () => {
    const out = join(root, 'report.pdf');
    const t = io();
    const args = ['document', 'report', ...base(), '--out', out, '--input', reportInput];
    expect(await runCli(args, t.io), t.err.join('\n')).toBe(0);
    expect(t.out[0]).toMatch(/^Wrote .*report\.pdf: \d+ page\(s\), SHA-256 [0-9a-f]{64}/);
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    expect(text).toContain(caseNumber);
    expect(text).toContain('Nguyễn Văn An');
    expect(text).toContain('Audit checkpoint #');

    const again = io();
    expect(await runCli(args, again.io)).toBe(2);
    expect(again.err[0]).toContain('exists; pass --force');
    expect(await runCli([...args, '--force', '--redacted'], io().io)).toBe(0);
  }, 60_000);

  it('refuses bad arguments with a specific message and exit code 2', async () => {
    const bad = join(root, 'bad.json');
    await writeFile(bad, '{ "signatory": ');
    const wrongShape = join(root, 'wrong.json');
    await writeFile(
      wrongShape,
      JSON.stringify({ signatory: { name: 'Jordan Blake' }, dueOn: 'soon' }),
    );
    const out = join(root, 'x.pdf');
    const cases: [string[], RegExp][] = [
      [['document', 'memo', ...base(), '--out', out], /unknown document kind "memo"/],
      [
        ['document', 'interview-statement', ...base(), '--out', out],
        /--interview <id> is required for interview-statement/,
      ],
      [
        ['document', 'report', ...base(), '--out', out, '--interview', 'a'.repeat(32)],
        /--interview: only the interview statement/,
      ],
      [['document', 'report', '--vault', vault, '--out', out], /--case is required/],
      [['document', 'report', ...base(), '--out', out, '--input', bad], /is not valid JSON/],
      [
        ['document', 'property-checklist', ...base(), '--out', out, '--input', wrongShape],
        /--input for property-checklist: dueOn: .*; items: /,
      ],
      [
        ['document', 'termination-letter', ...base(), '--out', out, '--redacted'],
        /only the report/,
      ],
      [['document', 'report', ...base(), '--out', out, '--bogus'], /Unknown option/],
    ];
    for (const [args, message] of cases) {
      const t = io();
      expect(await runCli(args, t.io), args.join(' ')).toBe(2);
      expect(t.err[0], args.join(' ')).toMatch(message);
    }
    const missing = io();
    expect(
      await runCli(
        [
          'document',
          'report',
          '--vault',
          vault,
          '--case',
          'ER-1999-9999',
          '--out',
          out,
          '--input',
          reportInput,
        ],
        missing.io,
      ),
    ).toBe(1);
    expect(missing.err[0]).toContain('No case numbered ER-1999-9999');
    // Main's refusals of the input (InvalidInput: exit 2) carry the reason documents:available shows.
    const noInterview = io();
    const statement = ['document', 'interview-statement', ...base(), '--out', out];
    expect(await runCli([...statement, '--interview', 'a'.repeat(32)], noInterview.io)).toBe(2);
    expect(noInterview.err[0]).toContain('this case has no such interview');
    // The demo's complainant interview is finalised: the refusal names it, and its statement prints.
    const listed = /finalised interviews: ([0-9a-f]{32})/.exec(noInterview.err[0] ?? '')?.[1];
    expect(listed).toBeDefined();
    const printed = io();
    const statementOut = join(root, 'statement.pdf');
    expect(
      await runCli(
        [
          'document',
          'interview-statement',
          ...base(),
          '--out',
          statementOut,
          '--interview',
          listed!,
        ],
        printed.io,
      ),
      printed.err.join('\n'),
    ).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', statementOut, '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Interview statement');
    expect(text).toContain('Finalisation record');
    const noMediation = io();
    expect(
      await runCli(['document', 'mediation-agreement', ...base(), '--out', out], noMediation.io),
    ).toBe(2);
    expect(noMediation.err[0]).toContain('A mediation record');
    await expect(stat(out)).rejects.toThrow();
  }, 60_000);
});
