import { writeFileSync } from 'node:fs';
import { benchIpc } from './ipc.bench';

// `npm run bench`: figures, printed as a table and written to bench/results.json as one flat object
// of numbers. Never pass/fail: targets are compared by people, not asserted by tests.
export type BenchResults = Record<string, number>;

const suites: Array<[string, () => Promise<BenchResults>]> = [
  ['ipc', benchIpc],
  // Loaded on demand: `npm run bench -- ipc` then never loads the vault code.
  ['vault', async () => (await import('./vault.bench')).benchVault()],
  ['attachments', async () => (await import('./attachments.bench')).benchAttachments()],
  ['cases', async () => (await import('./cases.bench')).benchCases()],
  ['documents', async () => (await import('./documents.bench')).benchDocuments()],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const results: BenchResults = {};
  for (const [name, run] of suites) {
    if (only.length > 0 && !only.includes(name)) continue;
    process.stdout.write(`running ${name}…\n`);
    Object.assign(results, await run());
  }
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(width)}  ${value}`);
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
}

void main();
