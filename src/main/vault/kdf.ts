import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { argon2id } from 'hash-wasm';
import { AppError } from '../ipc/app-error';
import { KDF_OUTPUT_BYTES, type Argon2Params } from './kdf-policy';

/**
 * The passphrase KDF (Argon2id via hash-wasm) behind an injectable interface.
 *
 * Callers must check parameters against a KdfPolicy BEFORE calling derive(): the runner itself only
 * guards against values that would make hash-wasm misbehave, so that the self-test can still run a
 * tiny known-answer vector through the real worker.
 */
export interface KdfRunner {
  derive(secret: Uint8Array, params: Argon2Params): Promise<Buffer>;
}

/** Raw Argon2id v1.3, 32-byte output. Runs on the CURRENT thread: used by the worker and tests. */
export async function argon2idRaw(secret: Uint8Array, params: Argon2Params): Promise<Buffer> {
  const out = await argon2id({
    password: secret,
    salt: params.salt,
    memorySize: params.m,
    iterations: params.t,
    parallelism: params.p,
    hashLength: KDF_OUTPUT_BYTES,
    outputType: 'binary',
  });
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}

function assertRunnable(params: Argon2Params): void {
  const ok =
    Number.isSafeInteger(params.m) &&
    Number.isSafeInteger(params.t) &&
    Number.isSafeInteger(params.p) &&
    params.p >= 1 &&
    params.t >= 1 &&
    params.m >= 8 * params.p &&
    params.salt.length >= 8;
  if (!ok) throw new AppError('UnsupportedParams', 'Key-derivation parameters are invalid.');
}

/** Request sent to kdf-worker.ts. */
export interface KdfWorkerRequest {
  secret: Uint8Array;
  salt: Uint8Array;
  m: number;
  t: number;
  p: number;
}

/** Reply from kdf-worker.ts. */
export type KdfWorkerReply = { ok: true; key: Uint8Array } | { ok: false; message: string };

/**
 * How the worker script is found (one rule for the built app, one for sources):
 *
 * - Built bundle: electron-vite emits `out/main/kdf-worker.js` next to `out/main/index.js`, into
 *   which this module is bundled, so `__dirname/kdf-worker.js` exists. This is the production path.
 * - Sources under vitest / tsx: only `kdf-worker.ts` exists beside this file. A worker thread does
 *   not inherit the parent's TypeScript loader, so we start an `eval` worker that first registers
 *   tsx's CommonJS hook (`tsx/cjs`, resolved from here) and then requires the .ts entry. tsx is a
 *   devDependency, so this path can never be taken in the packaged app.
 *
 * We rejected an in-process fallback: Argon2id with 256 MiB would block the Electron main thread for
 * about a second. Tests that want speed inject their own runner instead.
 */
function startWorker(workerPath?: string): Worker {
  if (workerPath) return new Worker(workerPath);
  // __dirname/.. covers this module landing in a chunk subdirectory (out/main/chunks/).
  for (const dir of [__dirname, join(__dirname, '..')]) {
    const built = join(dir, 'kdf-worker.js');
    if (existsSync(built)) return new Worker(built);
  }
  const source = join(__dirname, 'kdf-worker.ts');
  if (existsSync(source)) {
    const tsxHook = createRequire(join(__dirname, 'kdf.ts')).resolve('tsx/cjs');
    const code = `require(${JSON.stringify(tsxHook)}); require(${JSON.stringify(source)});`;
    return new Worker(code, { eval: true });
  }
  throw new AppError('CryptoSelfTestFailed', 'The key-derivation worker is missing.');
}

/**
 * Production runner: one fresh worker thread per derivation, terminated afterwards.
 *
 * A fresh worker per run costs a few tens of milliseconds, which is noise next to a ~1 s Argon2id run,
 * and buys two things: the WASM memory (up to 2 GiB, full of passphrase-dependent blocks) is released
 * to the OS as soon as the KEK is out, and a crashed or out-of-memory run cannot poison the next one.
 */
export class WorkerKdfRunner implements KdfRunner {
  /**
   * Derivations run one at a time: each may hold up to 2 GiB, and a renderer hammering "unlock"
   * must queue behind the running attempt instead of multiplying memory use.
   */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly workerPath?: string) {}

  async derive(secret: Uint8Array, params: Argon2Params): Promise<Buffer> {
    assertRunnable(params);
    // Copy now: the caller may zeroize its buffer as soon as derive() returns a promise.
    const secretCopy = new Uint8Array(secret);
    const run = this.tail.then(
      () => this.runOnce(secretCopy, params),
      () => this.runOnce(secretCopy, params),
    );
    this.tail = run.catch(() => undefined);
    return run;
  }

  private runOnce(secretCopy: Uint8Array<ArrayBuffer>, params: Argon2Params): Promise<Buffer> {
    // Private ArrayBuffers are transferred (detached here) rather than cloned.
    const saltCopy = new Uint8Array(params.salt);
    const request: KdfWorkerRequest = {
      secret: secretCopy,
      salt: saltCopy,
      m: params.m,
      t: params.t,
      p: params.p,
    };
    return new Promise<Buffer>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = startWorker(this.workerPath);
      } catch (error) {
        secretCopy.fill(0);
        reject(error);
        return;
      }
      let settled = false;
      const finish = (error: unknown, key?: Buffer): void => {
        if (settled) return;
        settled = true;
        void worker.terminate();
        if (key) resolve(key);
        else reject(error);
      };
      worker.once('message', (reply: KdfWorkerReply) => {
        if (reply.ok && reply.key instanceof Uint8Array && reply.key.byteLength === 32) {
          finish(null, Buffer.from(reply.key.buffer, reply.key.byteOffset, 32));
        } else {
          const cause = reply.ok ? 'malformed reply' : reply.message;
          finish(new AppError('Internal', 'Key derivation failed.', { cause }));
        }
      });
      worker.once('error', (error) =>
        finish(new AppError('Internal', 'Key derivation failed.', { cause: String(error) })),
      );
      worker.once('exit', (code) =>
        finish(new AppError('Internal', 'Key derivation stopped early.', { exitCode: code })),
      );
      worker.postMessage(request, [secretCopy.buffer, saltCopy.buffer]);
    });
  }
}
