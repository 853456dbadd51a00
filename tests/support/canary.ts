import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The forms a secret could take on disk: plain and wide text, base64 at each alignment, hex. */
export function encodings(secret: string): Buffer[] {
  const utf8 = Buffer.from(secret, 'utf8');
  const forms = [utf8, Buffer.from(secret, 'utf16le'), Buffer.from(utf8.toString('hex'))];
  for (let shift = 0; shift < 3; shift++) {
    // Base64 of the secret preceded by 0–2 bytes: drop the characters touched by the prefix.
    const b64 = Buffer.concat([Buffer.alloc(shift), utf8]).toString('base64');
    forms.push(Buffer.from(b64.slice(shift === 0 ? 0 : 4, -4)));
  }
  return forms;
}

/** Every file under `dir` (recursively) that holds any encoding of any secret. */
export async function filesContaining(
  dir: string,
  secrets: string[],
  exclude: (path: string) => boolean = () => false,
): Promise<string[]> {
  const hits: string[] = [];
  const needles = secrets.flatMap(encodings);
  for (const name of await readdir(dir, { recursive: true })) {
    const path = join(dir, name);
    if (exclude(path)) continue;
    const bytes = await readFile(path).catch(() => null);
    if (bytes && needles.some((needle) => bytes.includes(needle))) hits.push(path);
  }
  return hits;
}
