import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CliError, readPassphrase } from '../../../src/main/cli/passphrase-source';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'confidant-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readPassphrase', () => {
  it('prefers --passphrase-file and drops only the trailing newline', async () => {
    const file = join(dir, 'pw');
    await writeFile(file, '  correct horse  \n');
    const prompt = vi.fn();
    const value = await readPassphrase('?', {
      passphraseFile: file,
      env: { CONFIDANT_PASSPHRASE: 'env' },
      prompt,
    });
    expect(value).toBe('  correct horse  ');
    expect(prompt).not.toHaveBeenCalled();
  });

  it('uses CONFIDANT_PASSPHRASE when no file is given', async () => {
    expect(await readPassphrase('?', { env: { CONFIDANT_PASSPHRASE: 'from env' } })).toBe(
      'from env',
    );
  });

  it('falls back to the prompt', async () => {
    expect(await readPassphrase('?', { env: {}, prompt: async () => 'typed' })).toBe('typed');
  });

  it('names a missing passphrase file clearly', async () => {
    await expect(
      readPassphrase('?', { passphraseFile: join(dir, 'nope'), env: {} }),
    ).rejects.toThrow(/cannot read --passphrase-file .*nope \(ENOENT\)/);
  });

  it('refuses an empty passphrase', async () => {
    await expect(readPassphrase('?', { env: { CONFIDANT_PASSPHRASE: '' } })).rejects.toBeInstanceOf(
      CliError,
    );
  });
});
