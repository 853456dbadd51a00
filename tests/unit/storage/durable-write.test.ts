import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/ipc/app-error';
import { appendDurably, writeFileDurably } from '../../../src/main/storage/durable-write';
import { SimFs } from '../vault/helpers/sim-fs';

async function setup(): Promise<SimFs> {
  const fs = new SimFs();
  await fs.mkdir('/d', { recursive: true, mode: 0o700 });
  await writeFileDurably('/d/f', Buffer.from('old'), fs);
  return fs;
}

/** A SimFs whose renames fail with `code` the first `times` calls. */
function flakyRename(fs: SimFs, code: string, times: number): void {
  const real = fs.rename.bind(fs);
  let left = times;
  fs.rename = async (from, to) => {
    if (left-- > 0) throw Object.assign(new Error(code), { code });
    return real(from, to);
  };
}

describe('writeFileDurably', () => {
  it('does exclusive 0600 create → write → fsync → rename → directory fsync, in that order', async () => {
    const fs = await setup();
    const start = fs.log.length;
    await writeFileDurably('/d/f', Buffer.from('new'), fs);
    const ops = fs.log.slice(start);
    expect(ops.map((op) => op.t)).toEqual(['create', 'write', 'fsync', 'rename', 'dirsync']);
    expect(ops[0]).toMatchObject({ mode: 0o600 });
    expect((await fs.stat('/d/f')).mode & 0o777).toBe(0o600);
    expect(fs.bytesOf('/d/f')?.toString()).toBe('new');
  });

  it('ENOSPC / EIO → StorageIOError, previous file intact, no temp left', async () => {
    for (const code of ['ENOSPC', 'EIO'] as const) {
      for (let atOp = 0; atOp < 4; atOp += 1) {
        const fs = await setup();
        fs.arm({ atOp, code, afterBytes: 1 });
        const error = await writeFileDurably('/d/f', Buffer.alloc(10000, 1), fs).catch((e) => e);
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ code: 'StorageIOError', details: { cause: code } });
        expect(fs.bytesOf('/d/f')?.toString()).toBe('old');
        expect(fs.allFiles()).toEqual(['/d/f']);
      }
    }
  });

  it('Windows: retries EBUSY/EPERM/EACCES renames, then fails cleanly within ~2 s', async () => {
    const fs = await setup();
    fs.platform = 'win32';
    flakyRename(fs, 'EBUSY', 3);
    await writeFileDurably('/d/f', Buffer.from('new'), fs);
    expect(fs.bytesOf('/d/f')?.toString()).toBe('new');

    const stuck = await setup();
    stuck.platform = 'win32';
    flakyRename(stuck, 'EPERM', Number.POSITIVE_INFINITY);
    await expect(writeFileDurably('/d/f', Buffer.from('x'), stuck)).rejects.toMatchObject({
      code: 'StorageIOError',
    });
    expect(stuck.allFiles()).toEqual(['/d/f']);
    expect(stuck.bytesOf('/d/f')?.toString()).toBe('old');
  });

  it('POSIX does not retry a failed rename', async () => {
    const fs = await setup();
    flakyRename(fs, 'EBUSY', 1);
    await expect(writeFileDurably('/d/f', Buffer.from('x'), fs)).rejects.toMatchObject({
      code: 'StorageIOError',
    });
  });
});

describe('appendDurably', () => {
  it('appends with fsync and cuts a failed append back to the known length', async () => {
    const fs = new SimFs();
    await fs.mkdir('/d', { recursive: true, mode: 0o700 });
    await appendDurably('/d/log', Buffer.from('aaaa'), 0, fs);
    await appendDurably('/d/log', Buffer.from('bbbb'), 4, fs);
    fs.arm({ atOp: 0, code: 'ENOSPC', afterBytes: 2 });
    await expect(appendDurably('/d/log', Buffer.from('cccc'), 8, fs)).rejects.toMatchObject({
      code: 'StorageIOError',
    });
    fs.arm(null);
    expect(fs.bytesOf('/d/log')?.toString()).toBe('aaaabbbb');
    // The cut is durable: a power cut right now keeps exactly the acknowledged appends.
    expect(fs.crash(fs.log.length, 'drop-all').bytesOf('/d/log')?.toString()).toBe('aaaabbbb');
  });
});
