import { createHash, randomBytes, randomFillSync } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, open, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { BlobReader } from '../src/main/vault/blob-reader';
import { writeBlob, type WrittenBlob } from '../src/main/vault/blob-writer';
import { randomKey } from '../src/main/vault/keys';

/**
 * The attachment figures, run as a child process of bench/attachments.bench.ts so that the RSS we
 * sample is not inflated by whatever the parent (e.g. the 10k-case suite) left on its heap.
 * Prints progress on stderr and exactly one `RESULT {json}` line on stdout.
 */

const MIB = 1024 * 1024;
/** 1 GiB by default; CONFIDANT_BENCH_ATTACHMENT_MIB shrinks it for a quick smoke run. */
const SIZE_MIB = Number(process.env['CONFIDANT_BENCH_ATTACHMENT_MIB'] ?? 1024);
const SIZE = SIZE_MIB * MIB;
/**
 * Source reads of 1 MiB for every variant (plain copy and both chunk sizes), so the figures differ
 * only in what happens after the read.
 */
const READ_SIZE = MIB;

function log(message: string): void {
  process.stderr.write(`  [attachments] ${message}\n`);
}

/** Decimal megabytes per second, the unit openssl speed also uses. */
function mbps(bytes: number, ms: number): number {
  return Math.round((bytes / 1e6 / (ms / 1000)) * 10) / 10;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Peak RSS above the value just before `fn`, sampled every 20 ms while it runs. */
async function withRssPeak<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; peakMiB: number }> {
  collectGarbage();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - start;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms, peakMiB: Math.round(((peak - baseline) / MIB) * 10) / 10 };
  } finally {
    clearInterval(timer);
  }
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The source file: random bytes (incompressible, like photos or video), fsynced. */
async function generateSource(path: string): Promise<string> {
  const hash = createHash('sha256');
  const block = Buffer.alloc(4 * MIB);
  const handle = await open(path, 'wx', 0o600);
  try {
    for (let written = 0; written < SIZE; written += block.length) {
      randomFillSync(block);
      hash.update(block);
      await handle.write(block, 0, block.length, written);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'confidant-bench-attach-'));
  const results: Record<string, number> = {};
  try {
    const source = join(dir, 'source.bin');
    log(`generating a ${SIZE_MIB} MiB source file in ${dir}`);
    const sourceSha = await generateSource(source);

    // Baseline: what the disk and Node streams do without any crypto, with the same durability
    // (file fsync + directory fsync) that writeBlob pays.
    const copy = join(dir, 'copy.bin');
    const copied = await withRssPeak(async () => {
      await pipeline(
        createReadStream(source, { highWaterMark: READ_SIZE }),
        createWriteStream(copy, { flags: 'wx', mode: 0o600 }),
      );
      await fsyncPath(copy);
      await fsyncPath(dir);
    });
    results['plain_copy_MBps'] = mbps(SIZE, copied.ms);
    await unlink(copy);
    log(`plain copy ${results['plain_copy_MBps']} MB/s`);

    const ids = { vaultId: randomBytes(16), caseId: randomBytes(16) };
    const caseKey = randomKey();
    for (const [log2, suffix] of [
      [16, ''],
      [20, '_1m'],
    ] as const) {
      const path = join(dir, `blob${suffix || '_64k'}.cfb`);
      const imported = await withRssPeak<WrittenBlob>(() =>
        writeBlob({
          path,
          source: createReadStream(source, { highWaterMark: READ_SIZE }),
          caseKey,
          ...ids,
          chunkSizeLog2: log2,
        }),
      );
      if (imported.value.sha256 !== sourceSha || imported.value.size !== SIZE) {
        throw new Error('import produced a different plaintext hash or size');
      }
      results[`attachment_import${suffix}_MBps`] = mbps(SIZE, imported.ms);
      results[`attachment${suffix}_peak_rss_growth_MiB`] = imported.peakMiB;

      // Read back the way export does: every chunk verified before release, SHA-256 re-checked.
      const read = await withRssPeak(async () => {
        const reader = await BlobReader.open({
          path,
          caseKey,
          ...ids,
          blobId: imported.value.blobId,
          size: imported.value.size,
        });
        const hash = createHash('sha256');
        try {
          for await (const chunk of reader.chunks()) hash.update(chunk);
        } finally {
          await reader.close();
        }
        return hash.digest('hex');
      });
      if (read.value !== sourceSha) throw new Error('read-back hash differs from the source');
      results[`attachment_read${suffix}_MBps`] = mbps(SIZE, read.ms);
      results[`attachment_read${suffix}_peak_rss_growth_MiB`] = read.peakMiB;
      log(
        `chunks 2^${log2}: import ${results[`attachment_import${suffix}_MBps`]} MB/s, ` +
          `read ${results[`attachment_read${suffix}_MBps`]} MB/s`,
      );
      await unlink(path);
    }
    caseKey.fill(0);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  process.stdout.write(`RESULT ${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exitCode = 1;
});
