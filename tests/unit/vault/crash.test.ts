import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VaultStore } from '../../../src/main/vault/vault-store';
import { removeDir, tempDir } from './helpers/real-dir';

const CHILD = join(import.meta.dirname, 'helpers', 'crash-child.ts');
// CI runs 100; the nightly tier sets CONFIDANT_CRASH_ITERATIONS (e.g. 5000).
const ITERATIONS = Number(process.env['CONFIDANT_CRASH_ITERATIONS'] ?? 100);
const LANES = 2;

interface Model {
  cases: Map<string, number>;
  settings: number | undefined;
}

/** Run the child until a random moment, SIGKILL it, and return its stdout lines. */
function runAndKill(root: string, key: Buffer, id: Buffer, seed: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, root, key.toString('hex'), id.toString('hex'), String(seed)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    // Mostly kill while writes run; sometimes during start-up recovery.
    const kill = () => child.kill('SIGKILL');
    if (seed % 5 === 0) timer = setTimeout(kill, Math.random() * 600);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (timer === undefined && out.includes('READY\n'))
        timer = setTimeout(kill, Math.random() * 150);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      const lines = out.split('\n');
      lines.pop(); // a partial last line was never fully printed
      const failed = lines.find((l) => l.startsWith('ERROR'));
      if (failed) reject(new Error(`${failed}\n${err}`));
      else resolve(lines);
    });
  });
}

async function lane(roots: string[]): Promise<number> {
  const root = join(await tempDir('confidant-crash-'), 'vault');
  roots.push(root);
  const key = randomBytes(32);
  const id = randomBytes(16);
  const model: Model = { cases: new Map(), settings: undefined };
  let created = false;
  let acknowledged = 0;
  for (let i = 0; i < ITERATIONS / LANES; i += 1) {
    const lines = await runAndKill(root, key, id, (Math.random() * 2 ** 31) | 0 || 7);
    let inflight: string[] | null = null;
    for (const line of lines) {
      const [tag, op, a, b] = line.split(' ');
      if (line === 'READY') created = true;
      if (tag === 'I') inflight = [op!, a ?? '', b ?? ''];
      if (tag !== 'A') continue;
      inflight = null;
      acknowledged += 1;
      if (op === 'create') model.cases.set(a!, 0);
      if (op === 'update') model.cases.set(a!, Number(b));
      if (op === 'shred') model.cases.delete(a!);
      if (op === 'settings') model.settings = Number(a);
    }
    if (!created) continue;

    // The vault opens, every file decrypts, every acknowledged write is there.
    const store = await VaultStore.open(root, key, id);
    const listed = await store.listCases();
    for (const c of listed) {
      const { n } = (await store.readCase<{ n: number }>(c.caseId)).value;
      const want = model.cases.get(c.caseId);
      if (want === undefined) {
        // Only the in-flight create (n = 0) or a shred in flight may differ from the model.
        expect(inflight?.[0], `unexpected case ${c.caseId}`).toBe('create');
        model.cases.set(c.caseId, n);
        continue;
      }
      if (inflight?.[0] === 'update' && inflight[1] === c.caseId) {
        expect([want, want + 1]).toContain(n);
      } else expect(n, `case ${c.caseId} iteration ${i}`).toBe(want);
      model.cases.set(c.caseId, n);
    }
    for (const caseId of model.cases.keys()) {
      if (!listed.some((c) => c.caseId === caseId)) {
        expect(inflight?.slice(0, 2), `lost case ${caseId}`).toEqual(['shred', caseId]);
        model.cases.delete(caseId);
      }
    }
    const settings = (await store.getSettings<{ n?: number }>()).n;
    if (inflight?.[0] === 'settings')
      expect([model.settings, Number(inflight[1])]).toContain(settings);
    else expect(settings).toBe(model.settings);
    model.settings = settings;
    await store.verifyAudit();
    await store.close({ audit: false });
    expect((await readdir(join(root, 'cases'))).some((n) => n.endsWith('.tmp'))).toBe(false);
  }
  return acknowledged;
}

describe('kill -9 crash loop (D1, CI variant)', () => {
  const roots: string[] = [];
  afterAll(async () => {
    for (const r of roots) await removeDir(join(r, '..'));
  });

  it(`${ITERATIONS} killed children: vault always opens, every acknowledged write present`, async () => {
    const acked = await Promise.all(Array.from({ length: LANES }, () => lane(roots)));
    expect(acked.reduce((x, y) => x + y, 0)).toBeGreaterThan(ITERATIONS);
  }, 120_000);
});
