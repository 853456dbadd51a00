import { argon2id } from 'hash-wasm';
import { parentPort } from 'node:worker_threads';
import type { KdfWorkerReply, KdfWorkerRequest } from './kdf';

/**
 * Worker-thread entry for Argon2id (bundled to out/main/kdf-worker.js). Argon2id at 256 MiB takes
 * about a second of CPU; running it here keeps the Electron main process responsive. The parent
 * starts one worker per derivation and terminates it afterwards (see WorkerKdfRunner).
 *
 * Only TYPES are imported from ./kdf: a value import would make the bundler move kdf.ts into a
 * shared chunk (out/main/chunks/), where its __dirname-based lookup of this file would break. The
 * hash-wasm call below mirrors argon2idRaw in kdf.ts; tests and the start-up self-test check that
 * both give the same known answer.
 */
const port = parentPort;
if (port) {
  port.once('message', (request: KdfWorkerRequest) => {
    const secret = request.secret;
    argon2id({
      password: secret,
      salt: request.salt,
      memorySize: request.m,
      iterations: request.t,
      parallelism: request.p,
      hashLength: 32,
      outputType: 'binary',
    })
      .then((key) => {
        // Copy into a standalone ArrayBuffer that can be transferred, then wipe hash-wasm's copy.
        const out = new Uint8Array(key);
        key.fill(0);
        const reply: KdfWorkerReply = { ok: true, key: out };
        port.postMessage(reply, [out.buffer]);
      })
      .catch((error: unknown) => {
        const reply: KdfWorkerReply = { ok: false, message: String(error) };
        port.postMessage(reply);
      })
      .finally(() => secret.fill(0));
  });
}
