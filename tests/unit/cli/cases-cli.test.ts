import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/main/cli/cli-io';
import { runCli } from '../../../src/main/cli/index';

// Production KDF bounds at their floor, as the vault CLI tests use.
const FLOOR = ['--kdf-memory-mib', '64', '--kdf-iterations', '3'];
const PASS = 'the demo passphrase';

function io(env: Record<string, string> = { CONFIDANT_PASSPHRASE: PASS }) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env,
    prompt: async () => {
      throw new Error('no prompt in tests');
    },
  };
  return { io: value, out, err };
}

interface Row {
  number: string;
  title: string;
  type: string;
  status: string;
  parties: { name: string; role: string }[];
}

async function listJson(dir: string): Promise<Row[]> {
  const t = io();
  expect(await runCli(['cases', 'list', dir, '--json'], t.io)).toBe(0);
  return JSON.parse(t.out.join('\n')) as Row[];
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'confidant-demo-cli-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('demo and cases list', () => {
  it('is deterministic for a seed and lists as JSON', async () => {
    const runs: Row[][] = [];
    for (const name of ['a', 'b']) {
      const t = io();
      const dir = join(root, name);
      expect(await runCli(['demo', dir, '--cases', '20', '--seed', '42', ...FLOOR], t.io)).toBe(0);
      expect(t.out.some((l) => /^\s+[0-9A-Z]{4}-/.test(l))).toBe(true);
      runs.push(await listJson(dir));
    }
    const [a, b] = runs as [Row[], Row[]];
    expect(a).toHaveLength(20);
    const key = (rows: Row[]) => rows.map((r) => `${r.number} ${r.title}`).sort();
    expect(key(a)).toEqual(key(b));
    expect(a.every((r) => /^ER-\d{4}-\d{4}$/.test(r.number) && r.parties.length > 0)).toBe(true);
    const names = a.flatMap((r) => r.parties.map((p) => p.name));
    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(new Set(a.map((r) => r.type)).size).toBe(18);
    expect(a.some((r) => r.status === 'closed')).toBe(true);

    const text = io();
    expect(await runCli(['cases', 'list', join(root, 'a')], text.io)).toBe(0);
    expect(text.out.at(-1)).toBe('20 case(s)');
  });

  it('refuses bad arguments with a message and exit code 2', async () => {
    const cases: string[][] = [
      ['demo', join(root, 'c'), '--cases', 'many'],
      ['demo', join(root, 'c'), '--seed', '-1'],
      ['demo'],
      ['demo', join(root, 'c'), '--bogus'],
      ['demo', join(root, 'c'), '--prefix', '9ER'],
      ['demo', join(root, 'c'), '--prefix', 'E-R'],
      ['demo', join(root, 'c'), '--prefix'],
      ['cases'],
      ['cases', 'drop', join(root, 'a')],
      ['cases', 'list'],
    ];
    for (const argv of cases) {
      const t = io();
      expect(await runCli(argv, t.io), argv.join(' ')).toBe(2);
      expect(t.err[0]).toMatch(/^confidant: /);
    }
  });

  it('numbers demo cases with --prefix', async () => {
    const t = io();
    const dir = join(root, 'p');
    expect(await runCli(['demo', dir, '--cases', '3', '--prefix', 'hr', ...FLOOR], t.io)).toBe(0);
    const rows = await listJson(dir);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => /^HR-\d{4}-\d{4}$/.test(r.number))).toBe(true);
  });

  it('a bad --prefix creates no vault', async () => {
    const t = io();
    const dir = join(root, 'bad-prefix');
    expect(await runCli(['demo', dir, '--prefix', 'TOOLONGPREFIX', ...FLOOR], t.io)).toBe(2);
    expect(t.err[0]).toMatch(/^confidant: --prefix takes/);
    await expect(stat(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a wrong passphrase is exit code 1', async () => {
    const t = io({ CONFIDANT_PASSPHRASE: 'not the passphrase' });
    expect(await runCli(['cases', 'list', join(root, 'a')], t.io)).toBe(1);
    expect(t.err.join('\n')).toMatch(/WrongPassphrase/);
  });
});
