import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditLog, readLog, segmentPath } from '../../../src/main/audit/audit-log';
import type { FsPort } from '../../../src/main/storage/fs-port';
import { AppError } from '../../../src/main/ipc/app-error';
import { fixedClock } from '../../../src/main/ports/clock';
import { SimFs } from '../vault/helpers/sim-fs';

const DIR = '/a';
const vaultId = randomBytes(16);
const auditKey = randomBytes(32);
const options = { actor: 't', clock: fixedClock(new Date('2026-01-01T00:00:00Z')) };
const EVENTS = 1000;

/** Split a segment into its frames (u32 length ‖ body). */
function frames(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let o = 0; o < bytes.length;) {
    const len = bytes.readUInt32BE(o);
    out.push(bytes.subarray(o, o + 4 + len));
    o += 4 + len;
  }
  return out;
}

/** A read-only fs holding one segment: replaying the SimFs log per mutation would be slow. */
function oneSegment(bytes: Buffer): FsPort {
  const fail = () => Promise.reject(new Error('read-only'));
  return {
    open: fail,
    readFile: async () => bytes,
    rename: fail,
    unlink: fail,
    mkdir: fail,
    readdir: async () => ['audit.1.log'],
    stat: fail,
    chmod: fail,
    truncate: fail,
  };
}

async function brokenAt(fs: FsPort): Promise<number | 'ok'> {
  try {
    const log = await readLog(fs, DIR, vaultId, auditKey);
    // verify() is strict: an incomplete final record is a break too.
    if (log.torn) return log.records.length + 1;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError && error.code === 'AuditChainBroken')
      return error.details!['seq'] as number;
    throw error;
  }
}

describe('audit chain (G1, G2)', () => {
  let base: SimFs;
  let pristine: Buffer[];

  beforeAll(async () => {
    base = new SimFs();
    await base.mkdir(DIR, { recursive: true, mode: 0o700 });
    const log = await AuditLog.open(base, DIR, vaultId, auditKey, options);
    for (let i = 0; i < EVENTS; i += 1) {
      await log.append({ action: 'case.viewed', indexSeq: 1, indexHash: 'h', details: { i } });
    }
    pristine = frames(base.bytesOf(segmentPath(DIR, 1))!);
    expect(pristine).toHaveLength(EVENTS);
  });

  function segmentOf(list: Buffer[]): FsPort {
    return oneSegment(Buffer.concat(list));
  }

  function withFrames(list: Buffer[]): SimFs {
    const fs = base.crash(base.log.length, 'keep-all');
    fs.overwrite(segmentPath(DIR, 1), Buffer.concat(list));
    return fs;
  }

  it('verifies the untouched log and detects 480 random mutations at the first affected seq', async () => {
    expect(await brokenAt(segmentOf(pristine))).toBe('ok');
    await (await AuditLog.open(base, DIR, vaultId, auditKey, options)).verify();
    const rnd = (n: number) => Math.floor(Math.random() * n);
    const kinds = ['flip', 'delete', 'reorder', 'insert', 'duplicate', 'length'] as const;
    for (let m = 0; m < 480; m += 1) {
      const kind = kinds[m % kinds.length]!;
      const list = [...pristine];
      let expected: number;
      const i = rnd(EVENTS - 1);
      if (kind === 'flip') {
        const f = Buffer.from(list[i]!);
        f[4 + rnd(f.length - 4)]! ^= m % 2 ? 0x01 : 0xff;
        list[i] = f;
        expected = i + 1;
      } else if (kind === 'length') {
        // The length prefix is outside the AEAD; a changed frame boundary still breaks at i.
        const f = Buffer.from(list[i]!);
        f[3]! ^= 1 << rnd(8);
        list[i] = f;
        expected = i + 1;
      } else if (kind === 'delete') {
        list.splice(i, 1);
        expected = i + 1;
      } else if (kind === 'reorder') {
        const j = i + 1 + rnd(EVENTS - 1 - i);
        [list[i], list[j]] = [list[j]!, list[i]!];
        expected = i + 1;
      } else if (kind === 'insert') {
        // Insert some other record of the log at i (record i itself would leave seq i intact, so the
        // break would rightly show one later).
        const other = (i + 1 + rnd(EVENTS - 1)) % EVENTS;
        list.splice(i, 0, pristine[other]!);
        expected = i + 1;
      } else {
        list.splice(i + 1, 0, list[i]!);
        expected = i + 2;
      }
      expect(await brokenAt(segmentOf(list)), `${kind} at ${i}`).toBe(expected);
    }
  });

  it('catches truncation by 1 / 10 / 500 events against a checkpoint', async () => {
    const log = await AuditLog.open(base, DIR, vaultId, auditKey, options);
    const cp = log.checkpoint();
    expect(cp.size).toBe(EVENTS);
    await log.verifyAgainst(cp);
    for (const drop of [1, 10, 500]) {
      const fs = withFrames(pristine.slice(0, EVENTS - drop));
      const cut = await AuditLog.open(fs, DIR, vaultId, auditKey, options);
      await expect(cut.verifyAgainst(cp)).rejects.toMatchObject({
        code: 'AuditInconsistentWithCheckpoint',
      });
    }
  });

  it('rolls over into numbered segments and still detects a deleted segment', async () => {
    const fs = new SimFs();
    await fs.mkdir(DIR, { recursive: true, mode: 0o700 });
    const log = await AuditLog.open(fs, DIR, vaultId, auditKey, { ...options, segmentBytes: 1024 });
    for (let i = 0; i < 60; i += 1)
      await log.append({ action: 'lock', indexSeq: 1, indexHash: 'h' });
    const segs = fs.allFiles().filter((f) => f.startsWith(`${DIR}/audit.`));
    expect(segs.length).toBeGreaterThan(2);
    expect((await log.verify()).size).toBe(60);
    const reopened = await AuditLog.open(fs, DIR, vaultId, auditKey, options);
    expect(reopened.size).toBe(60);
    const firstOfSecond = frames(fs.bytesOf(segmentPath(DIR, 1))!).length + 1;
    await fs.unlink(segmentPath(DIR, 2));
    expect(await brokenAt(fs)).toBe(firstOfSecond);
  });
});
