import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function tempDir(prefix = 'confidant-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Every path under `dir` (files and directories), depth-first. */
export async function walk(dir: string, maxDepth = 8): Promise<string[]> {
  const out: string[] = [];
  const visit = async (d: string, depth: number): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(d);
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(d, name);
      out.push(p);
      const st = await stat(p).catch(() => null);
      if (st?.isDirectory() && depth < maxDepth) await visit(p, depth + 1);
    }
  };
  await visit(dir, 0);
  return out;
}

/** The encodings a plaintext leak could take on disk (vault.md E1, CI variant). */
export function canaryForms(canary: string): Buffer[] {
  const utf8 = Buffer.from(canary, 'utf8');
  const forms = [utf8, Buffer.from(canary, 'utf16le'), Buffer.from(utf8.toString('hex'), 'ascii')];
  // base64 at all three alignments: prefix 0, 1 or 2 bytes, then drop the unstable edges.
  for (let shift = 0; shift < 3; shift += 1) {
    const b64 = Buffer.concat([Buffer.alloc(shift), utf8]).toString('base64');
    forms.push(Buffer.from(b64.slice(4, -4), 'ascii'));
  }
  return forms;
}

/** Files under `dirs` containing any form of any canary. */
export async function scanForCanaries(
  dirs: string[],
  canaries: string[],
  since = 0,
): Promise<string[]> {
  const hits: string[] = [];
  const forms = canaries.flatMap(canaryForms);
  for (const dir of dirs) {
    for (const path of await walk(dir, 3)) {
      const st = await stat(path).catch(() => null);
      if (!st?.isFile() || st.size > 16 * 1024 * 1024 || st.mtimeMs < since) continue;
      const bytes = await readFile(path).catch(() => null);
      if (bytes && forms.some((f) => bytes.includes(f))) hits.push(path);
    }
  }
  return hits;
}
