import { execFile, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { BenchResults } from './run';

/**
 * Attachment figures (vault.md §7): streaming import and read of a 1 GiB file, compared with a plain
 * fsynced copy of the same file and with OpenSSL's raw AES-256-GCM speed. The measuring runs in a
 * child process (bench-child-attachments.ts) so its RSS starts clean.
 */

/** Runs the child with tsx and --expose-gc (so the RSS baseline is taken after a collection). */
function runChild(): Promise<BenchResults> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(__dirname, 'bench-child-attachments.ts')],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => (out += text));
    child.once('error', reject);
    child.once('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) {
        reject(new Error(`attachment bench child failed (exit ${code})`));
        return;
      }
      resolve(JSON.parse(line.slice('RESULT '.length)) as BenchResults);
    });
  });
}

/**
 * OpenSSL's AES-256-GCM throughput for 16 KiB blocks, in MB/s. `openssl speed` prints figures in
 * thousands of bytes per second ("4912345.67k"); the 16384-byte column is the last one.
 */
export function parseOpensslSpeed(output: string): number | null {
  const line = output.split('\n').find((l) => /^aes-256-gcm\s/i.test(l.trim()));
  const last = line?.trim().split(/\s+/).at(-1);
  const match = last ? /^([\d.]+)k$/.exec(last) : null;
  return match ? Math.round(Number(match[1]) / 100) / 10 : null;
}

async function opensslSpeed(): Promise<BenchResults> {
  try {
    const { stdout } = await promisify(execFile)(
      'openssl',
      ['speed', '-evp', 'aes-256-gcm', '-seconds', '1'],
      { timeout: 60_000 },
    );
    const value = parseOpensslSpeed(stdout);
    if (value === null) {
      console.log('  [attachments] openssl_aes_gcm_MBps skipped: unrecognised openssl output');
      return {};
    }
    return { openssl_aes_gcm_MBps: value };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'openssl is not installed' : `openssl failed (${String(code)})`;
    console.log(`  [attachments] openssl_aes_gcm_MBps skipped: ${why}`);
    return {};
  }
}

function verdict(ok: boolean, text: string): void {
  console.log(`  target ${ok ? 'met   ' : 'MISSED'}  ${text}`);
}

export async function benchAttachments(): Promise<BenchResults> {
  // The 2-core machine is shared: the load average tells a reader whether the figures were disturbed.
  const start = Math.round(loadavg()[0]! * 100) / 100;
  const results: BenchResults = { ...(await runChild()), ...(await opensslSpeed()) };
  results['attachments_loadavg_1m_start'] = start;
  results['attachments_loadavg_1m_end'] = Math.round(loadavg()[0]! * 100) / 100;
  const importMBps = results['attachment_import_MBps']!;
  const copyMBps = results['plain_copy_MBps']!;
  const rss = results['attachment_peak_rss_growth_MiB']!;
  // Informational only: never an exit code.
  console.log('  attachment targets (informational):');
  verdict(
    importMBps >= 0.6 * copyMBps && rss <= 64,
    `attachment_import_MBps ${importMBps} ≥ 0.6 × plain_copy_MBps (${Math.round(0.6 * copyMBps)})` +
      ` with attachment_peak_rss_growth_MiB ${rss} ≤ 64`,
  );
  return results;
}
