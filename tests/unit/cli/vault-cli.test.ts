import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/main/cli/cli-io';
import { runCli } from '../../../src/main/cli/index';
import { argon2idRaw } from '../../../src/main/vault/kdf';
import { writeBlob } from '../../../src/main/vault/blob-writer';
import { Vault } from '../../../src/main/vault/vault';

// Real production KDF bounds at their floor (64 MiB, t=3): a few hundred ms per unlock.
const FLOOR = ['--kdf-memory-mib', '64', '--kdf-iterations', '3'];
const PASS = 'the cli passphrase';

function io(env: Record<string, string> = {}) {
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

let root: string;
let vaultDir: string;
let recoveryKey: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'confidant-cli-'));
  vaultDir = join(root, 'client-a');
  const t = io({ CONFIDANT_PASSPHRASE: PASS });
  expect(await runCli(['vault', 'create', vaultDir, ...FLOOR], t.io)).toBe(0);
  recoveryKey = t.out.find((l) => /^\s+[0-9A-Z]{4}-/.test(l))!.trim();
  // Add a case with an attachment through the store, as the app would.
  const vault = await Vault.unlock(vaultDir, PASS, { runner: { derive: argon2idRaw } });
  const caseId = await vault.store.createCase({ title: 'ER-2026-0001' }, { notes: 'interview' });
  const caseKey = vault.store.unwrapCaseKey(caseId);
  const blob = await writeBlob({
    path: join(vaultDir, 'blobs', 'pending.cfb'),
    source: (async function* () {
      yield randomBytes(200_000);
    })(),
    caseKey,
    vaultId: Buffer.from(vault.vaultId, 'base64url'),
    caseId: Buffer.from(caseId, 'hex'),
  });
  const { rename } = await import('node:fs/promises');
  await rename(
    join(vaultDir, 'blobs', 'pending.cfb'),
    vault.store.blobPath(blob.blobId.toString('hex')),
  );
  await vault.store.updateCase(
    caseId,
    { notes: 'interview', evidence: 1 },
    { blobIds: [blob.blobId.toString('hex')] },
  );
  await vault.lock();
}, 60_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe('confidant vault (CLI)', () => {
  it('printed a well-formed recovery key once at creation', () => {
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){13}[0-9A-Z]{4}$/);
  });

  it('info reads the key slots without a passphrase', async () => {
    const t = io();
    expect(await runCli(['vault', 'info', vaultDir], t.io)).toBe(0);
    expect(t.out.join('\n')).toMatch(/slot\s+passphrase\s+alg=argon2id m=65536 p=1 t=3/);
    expect(t.out.join('\n')).toMatch(/slot\s+recovery/);
  });

  it('verify finds no problem in a healthy vault and checks cases and attachments', async () => {
    const t = io({ CONFIDANT_PASSPHRASE: PASS });
    expect(await runCli(['vault', 'verify', vaultDir], t.io)).toBe(0);
    const text = t.out.join('\n');
    expect(text).toMatch(/ok\s+case [0-9a-f]{32}: version 2 decrypts and matches the index/);
    expect(text).toMatch(/ok\s+attachment [0-9a-f]{32}: 200000 byte\(s\), every chunk verifies/);
    expect(text).toContain('no problems found');
  });

  it('verify reports a damaged attachment precisely, exits 1, and changes nothing', async () => {
    const blobs = await readdir(join(vaultDir, 'blobs'));
    const path = join(vaultDir, 'blobs', blobs[0]!);
    const original = await readFile(path);
    const damaged = Buffer.from(original);
    damaged[184 + 70_000] = damaged[184 + 70_000]! ^ 0x01;
    await writeFile(path, damaged);
    try {
      const snapshot = await readdir(vaultDir, { recursive: true });
      const t = io({ CONFIDANT_PASSPHRASE: PASS });
      expect(await runCli(['vault', 'verify', vaultDir], t.io)).toBe(1);
      expect(t.err.join('\n')).toMatch(/PROBLEM\s+attachment [0-9a-f]{32}: BlobCorrupt.*"chunk":1/);
      expect(t.out.at(-1)).toBe('1 problem(s) found');
      expect(await readdir(vaultDir, { recursive: true })).toEqual(snapshot);
    } finally {
      await writeFile(path, original);
    }
  });

  it('verify reports a damaged index with its code', async () => {
    const indexPath = join(vaultDir, 'index.cfd');
    const original = await readFile(indexPath);
    const damaged = Buffer.from(original);
    damaged[200] = damaged[200]! ^ 0xff;
    await writeFile(indexPath, damaged);
    try {
      const t = io({ CONFIDANT_PASSPHRASE: PASS });
      expect(await runCli(['vault', 'verify', vaultDir], t.io)).toBe(1);
      expect(t.err.join('\n')).toMatch(/PROBLEM\s+index and audit log: DocCorrupt/);
    } finally {
      await writeFile(indexPath, original);
    }
  });

  it('verify authenticates every audit record and names the first broken one', async () => {
    const segment = join(vaultDir, 'audit', 'audit.1.log');
    const original = await readFile(segment);
    const damaged = Buffer.from(original);
    damaged[40] = damaged[40]! ^ 0x01; // inside the first record's ciphertext
    await writeFile(segment, damaged);
    try {
      const t = io({ CONFIDANT_PASSPHRASE: PASS });
      expect(await runCli(['vault', 'verify', vaultDir], t.io)).toBe(1);
      expect(t.err.join('\n')).toMatch(/PROBLEM\s+index and audit log: AuditChainBroken.*"seq":1/);
    } finally {
      await writeFile(segment, original);
    }
  });

  it('a wrong passphrase is its own error, not a corrupt vault', async () => {
    const t = io({ CONFIDANT_PASSPHRASE: 'not the passphrase' });
    expect(await runCli(['vault', 'verify', vaultDir], t.io)).toBe(1);
    expect(t.err.join('\n')).toContain('WrongPassphrase');
  });

  it('change-passphrase rewrites only vault.json; the old passphrase then fails', async () => {
    const before = new Map<string, Buffer>();
    for (const name of await readdir(vaultDir, { recursive: true })) {
      const buf = await readFile(join(vaultDir, name)).catch(() => null);
      if (buf) before.set(name, buf);
    }
    const t = io({
      CONFIDANT_PASSPHRASE: PASS,
      CONFIDANT_NEW_PASSPHRASE: 'a brand new passphrase',
    });
    expect(await runCli(['vault', 'change-passphrase', vaultDir], t.io)).toBe(0);
    for (const [name, buf] of before) {
      if (name === 'vault.json' || name.startsWith('audit')) continue;
      const now = await readFile(join(vaultDir, name)).catch(() => null);
      expect(now?.equals(buf), `${name} unchanged`).toBe(true);
    }
    expect((await readFile(join(vaultDir, 'vault.json'))).equals(before.get('vault.json')!)).toBe(
      false,
    );
    expect(await runCli(['vault', 'verify', vaultDir], io({ CONFIDANT_PASSPHRASE: PASS }).io)).toBe(
      1,
    );
    const ok = io({ CONFIDANT_PASSPHRASE: 'a brand new passphrase' });
    expect(await runCli(['vault', 'verify', vaultDir], ok.io)).toBe(0);
  });

  it.each([
    [['vault'], 2, /vault needs a command/],
    [['vault', 'create'], 2, /expected <dir>/],
    [['vault', 'info', 'a', 'b'], 2, /expected <dir>/],
    [['vault', 'create', '/tmp/x', '--kdf-memory-mib', 'lots'], 2, /whole number/],
    [['vault', 'verify', '/tmp/x', '--frobnicate'], 2, /Unknown option/],
    [['frob'], 2, /unknown command "frob"/],
  ])('refuses %j with exit %i and a specific message', async (argv, code, message) => {
    const t = io({ CONFIDANT_PASSPHRASE: PASS });
    expect(await runCli(argv, t.io)).toBe(code);
    expect(t.err.join('\n')).toMatch(message);
  });

  it('refuses KDF settings below the production floor before deriving anything', async () => {
    const t = io({ CONFIDANT_PASSPHRASE: PASS });
    const dir = join(root, 'weak');
    expect(
      await runCli(
        ['vault', 'create', dir, '--kdf-memory-mib', '1', '--kdf-iterations', '1'],
        t.io,
      ),
    ).toBe(2);
    expect(t.err.join('\n')).toMatch(/KDF settings refused/);
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('refuses to create over an existing vault', async () => {
    const t = io({ CONFIDANT_PASSPHRASE: PASS });
    expect(await runCli(['vault', 'create', vaultDir, ...FLOOR], t.io)).toBe(1);
    expect(t.err.join('\n')).toMatch(/Conflict/);
  });

  it('refuses a new passphrase that is too short', async () => {
    const t = io({ CONFIDANT_PASSPHRASE: 'short' });
    expect(await runCli(['vault', 'create', join(root, 'short'), ...FLOOR], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(/at least 10 characters/);
  });
});
