import { basename, dirname } from 'node:path';
import type { FileHandlePort, FsPort } from '../../../../src/main/storage/fs-port';

/**
 * An in-memory FsPort that records every operation so tests can replay any prefix of the op log and
 * then "lose power" (vault.md D3), and can fail the n-th mutating operation with ENOSPC/EIO after k
 * bytes (D5). Model: an inode holds its current bytes and its last fsynced bytes; a directory holds
 * its current entries and the entries as of its last fsync. Directories themselves are created
 * durably (mkdir is not part of any commit path).
 */

type Op =
  | { t: 'create'; dir: string; name: string; ino: number; mode: number }
  | { t: 'write'; ino: number; pos: number; bytes: Buffer }
  | { t: 'fsync'; ino: number }
  | { t: 'rename'; fromDir: string; fromName: string; toDir: string; toName: string }
  | { t: 'unlink'; dir: string; name: string }
  | { t: 'dirsync'; dir: string }
  | { t: 'truncate'; ino: number; len: number }
  | { t: 'mkdir'; path: string }
  | { t: 'chmod'; path: string; mode: number };

export type CrashMode = 'drop-data' | 'tear' | 'drop-dir' | 'drop-all' | 'keep-all';
export const CRASH_MODES: CrashMode[] = ['drop-data', 'tear', 'drop-dir', 'drop-all'];

interface Inode {
  data: Buffer;
  synced: Buffer;
  mode: number;
}
interface Dir {
  entries: Map<string, number>;
  synced: Map<string, number>;
  mode: number;
}

export interface Injection {
  /** Fail the n-th mutating operation (0-based) counted from arming. */
  atOp: number;
  code: 'ENOSPC' | 'EIO';
  /** For a write: bytes that land before the error. */
  afterBytes?: number;
}

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

export class SimFs implements FsPort {
  readonly log: Op[] = [];
  private inodes = new Map<number, Inode>();
  private dirs = new Map<string, Dir>();
  private nextIno = 1;
  private injection: Injection | null = null;
  private mutatingOps = 0;
  platform?: NodeJS.Platform;

  constructor() {
    this.apply({ t: 'mkdir', path: '/' });
  }

  /** Count mutating ops from now; fail per `injection`. */
  arm(injection: Injection | null): void {
    this.injection = injection;
    this.mutatingOps = 0;
  }

  get opsSinceArm(): number {
    return this.mutatingOps;
  }

  /** The state after `ops[0..prefix)` and a power cut of the given kind, as a fresh SimFs. */
  crash(prefix: number, mode: CrashMode): SimFs {
    const sim = new SimFs();
    const ops = this.log.slice(0, prefix);
    for (const op of ops) sim.apply(op);
    if (mode === 'keep-all') return sim;
    if (mode === 'drop-dir' || mode === 'drop-all') {
      for (const dir of sim.dirs.values()) dir.entries = new Map(dir.synced);
    }
    if (mode !== 'drop-dir') {
      let torn: { ino: number; bytes: Buffer } | null = null;
      if (mode === 'tear') {
        const lastWrite = ops.findLastIndex((op) => op.t === 'write');
        const w = ops[lastWrite];
        if (
          w?.t === 'write' &&
          !ops.slice(lastWrite).some((op) => op.t === 'fsync' && op.ino === w.ino)
        ) {
          const inode = sim.inodes.get(w.ino)!;
          const boundary = Math.floor((w.pos + w.bytes.length) / 512) * 512;
          const keep = Math.max(0, boundary - w.pos);
          const base = Buffer.from(inode.synced);
          const end = Math.max(base.length, w.pos + keep);
          const out = Buffer.alloc(keep > 0 ? end : base.length);
          base.copy(out);
          w.bytes.copy(out, w.pos, 0, keep);
          torn = { ino: w.ino, bytes: out };
        }
      }
      for (const [ino, inode] of sim.inodes) {
        inode.data = torn?.ino === ino ? torn.bytes : Buffer.from(inode.synced);
      }
    }
    return sim;
  }

  private apply(op: Op): void {
    this.log.push(op);
    switch (op.t) {
      case 'mkdir':
        if (!this.dirs.has(op.path))
          this.dirs.set(op.path, { entries: new Map(), synced: new Map(), mode: 0o755 });
        break;
      case 'create':
        this.inodes.set(op.ino, { data: Buffer.alloc(0), synced: Buffer.alloc(0), mode: op.mode });
        this.nextIno = Math.max(this.nextIno, op.ino + 1);
        this.dirs.get(op.dir)!.entries.set(op.name, op.ino);
        break;
      case 'write': {
        const inode = this.inodes.get(op.ino)!;
        const end = op.pos + op.bytes.length;
        if (end > inode.data.length) {
          const grown = Buffer.alloc(end);
          inode.data.copy(grown);
          inode.data = grown;
        }
        op.bytes.copy(inode.data, op.pos);
        break;
      }
      case 'fsync': {
        const inode = this.inodes.get(op.ino)!;
        inode.synced = Buffer.from(inode.data);
        break;
      }
      case 'truncate': {
        const inode = this.inodes.get(op.ino)!;
        const out = Buffer.alloc(op.len);
        inode.data.copy(out, 0, 0, Math.min(op.len, inode.data.length));
        inode.data = out;
        break;
      }
      case 'rename': {
        const ino = this.dirs.get(op.fromDir)!.entries.get(op.fromName)!;
        this.dirs.get(op.fromDir)!.entries.delete(op.fromName);
        this.dirs.get(op.toDir)!.entries.set(op.toName, ino);
        break;
      }
      case 'unlink':
        this.dirs.get(op.dir)!.entries.delete(op.name);
        break;
      case 'dirsync': {
        const dir = this.dirs.get(op.dir)!;
        dir.synced = new Map(dir.entries);
        break;
      }
      case 'chmod': {
        const dir = this.dirs.get(op.path);
        if (dir) dir.mode = op.mode;
        else {
          const ino = this.lookup(op.path);
          if (ino !== undefined) this.inodes.get(ino)!.mode = op.mode;
        }
        break;
      }
    }
  }

  /** Check the injection before a mutating op; returns bytes allowed for a write. */
  private gate(path: string, bytes?: number): number | undefined {
    const n = this.mutatingOps;
    this.mutatingOps += 1;
    const inj = this.injection;
    if (!inj || inj.atOp !== n) return undefined;
    if (bytes !== undefined) return Math.min(inj.afterBytes ?? 0, bytes);
    throw errno(inj.code, path);
  }

  private lookup(path: string): number | undefined {
    return this.dirs.get(dirname(path))?.entries.get(basename(path));
  }

  private mustDir(path: string): Dir {
    const dir = this.dirs.get(path);
    if (!dir) throw errno('ENOENT', path);
    return dir;
  }

  /** Raw bytes of a file as currently visible (for tests). */
  bytesOf(path: string): Buffer | undefined {
    const ino = this.lookup(path);
    return ino === undefined ? undefined : Buffer.from(this.inodes.get(ino)!.data);
  }

  /** Replace a file's bytes durably (for tamper tests). */
  overwrite(path: string, bytes: Buffer): void {
    const ino = this.lookup(path);
    if (ino === undefined) throw errno('ENOENT', path);
    this.apply({ t: 'write', ino, pos: 0, bytes });
    this.apply({ t: 'truncate', ino, len: bytes.length });
    this.apply({ t: 'fsync', ino });
  }

  allFiles(): string[] {
    const out: string[] = [];
    for (const [dir, d] of this.dirs)
      for (const name of d.entries.keys()) out.push(dir === '/' ? `/${name}` : `${dir}/${name}`);
    return out.sort();
  }

  async open(path: string, flags: string, mode = 0o666): Promise<FileHandlePort> {
    if (this.dirs.has(path)) {
      return {
        write: async () => Promise.reject(errno('EISDIR', path)),
        sync: async () => {
          this.gate(path);
          this.apply({ t: 'dirsync', dir: path });
        },
        close: async () => undefined,
      };
    }
    const dir = this.mustDir(dirname(path));
    let ino = dir.entries.get(basename(path));
    if (flags === 'wx' && ino !== undefined) throw errno('EEXIST', path);
    if ((flags === 'r' || flags === 'r+') && ino === undefined) throw errno('ENOENT', path);
    if (ino === undefined) {
      this.gate(path);
      ino = this.nextIno++;
      this.apply({
        t: 'create',
        dir: dirname(path),
        name: basename(path),
        ino,
        mode: mode & 0o777,
      });
    }
    const fileIno = ino;
    return {
      write: async (buffer, offset = 0, length = buffer.length - offset, position = null) => {
        const bytes = Buffer.from(buffer.subarray(offset, offset + length));
        const pos = position ?? this.inodes.get(fileIno)!.data.length;
        const allowed = this.gate(path, bytes.length);
        if (allowed !== undefined) {
          if (allowed > 0)
            this.apply({ t: 'write', ino: fileIno, pos, bytes: bytes.subarray(0, allowed) });
          throw errno(this.injection!.code, path);
        }
        this.apply({ t: 'write', ino: fileIno, pos, bytes });
        return { bytesWritten: bytes.length };
      },
      sync: async () => {
        this.gate(path);
        this.apply({ t: 'fsync', ino: fileIno });
      },
      close: async () => undefined,
    };
  }

  async readFile(path: string): Promise<Buffer> {
    if (this.dirs.has(path)) throw errno('EISDIR', path);
    const ino = this.lookup(path);
    if (ino === undefined) throw errno('ENOENT', path);
    return Buffer.from(this.inodes.get(ino)!.data);
  }

  async rename(from: string, to: string): Promise<void> {
    if (this.lookup(from) === undefined) throw errno('ENOENT', from);
    this.mustDir(dirname(to));
    this.gate(to);
    this.apply({
      t: 'rename',
      fromDir: dirname(from),
      fromName: basename(from),
      toDir: dirname(to),
      toName: basename(to),
    });
  }

  async unlink(path: string): Promise<void> {
    if (this.lookup(path) === undefined) throw errno('ENOENT', path);
    this.gate(path);
    this.apply({ t: 'unlink', dir: dirname(path), name: basename(path) });
  }

  async mkdir(path: string, options: { recursive: boolean; mode: number }): Promise<void> {
    const parts: string[] = [];
    for (let p = path; p !== '/' && !this.dirs.has(p); p = dirname(p)) parts.unshift(p);
    if (!options.recursive && parts.length > 1) throw errno('ENOENT', path);
    for (const p of parts) {
      this.apply({ t: 'mkdir', path: p });
      this.apply({ t: 'chmod', path: p, mode: options.mode });
    }
  }

  async readdir(path: string): Promise<string[]> {
    const dir = this.mustDir(path);
    const subdirs = [...this.dirs.keys()]
      .filter((d) => d !== path && d !== '/' && dirname(d) === path)
      .map((d) => basename(d));
    return [...dir.entries.keys(), ...subdirs];
  }

  async stat(path: string): Promise<{ size: number; mode: number; isDirectory(): boolean }> {
    const dir = this.dirs.get(path);
    if (dir) return { size: 0, mode: 0o040000 | dir.mode, isDirectory: () => true };
    const ino = this.lookup(path);
    if (ino === undefined) throw errno('ENOENT', path);
    const inode = this.inodes.get(ino)!;
    return { size: inode.data.length, mode: 0o100000 | inode.mode, isDirectory: () => false };
  }

  async chmod(path: string, mode: number): Promise<void> {
    if (!this.dirs.has(path) && this.lookup(path) === undefined) throw errno('ENOENT', path);
    this.apply({ t: 'chmod', path, mode });
  }

  async truncate(path: string, length: number): Promise<void> {
    const ino = this.lookup(path);
    if (ino === undefined) throw errno('ENOENT', path);
    this.gate(path);
    this.apply({ t: 'truncate', ino, len: length });
  }
}
