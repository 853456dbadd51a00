import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

// `npm test`: every gate and every test runner, in order, continuing past failures so one run shows
// everything that is wrong. Ends with one totals line over all runners: `N passed, N failed, N skipped`.

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

interface Step {
  name: string;
  command: string[];
  /** Reads test counts from a runner's JSON report; gates without one count as a single check. */
  counts?: () => Tally;
}

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

function vitestCounts(): Tally {
  const report = readJson<{
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  }>(`${results}/vitest.json`);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(file: string): () => Tally {
  return () => {
    const report = readJson<{
      stats: { expected: number; unexpected: number; skipped: number; flaky: number };
    }>(file);
    if (!report) return { passed: 0, failed: 1, skipped: 0 };
    const { expected, unexpected, skipped, flaky } = report.stats;
    return { passed: expected, failed: unexpected + flaky, skipped };
  };
}

// The project's own binaries, called directly: no npx resolution, no npm warnings in the log.
const bin = (name: string, ...args: string[]): string[] => [`node_modules/.bin/${name}`, ...args];

const steps: Step[] = [
  {
    name: 'type-check (main, preload, shared, tests)',
    command: bin('tsc', '--noEmit', '-p', 'tsconfig.node.json'),
  },
  { name: 'type-check (renderer)', command: bin('tsc', '--noEmit', '-p', 'tsconfig.web.json') },
  {
    name: 'type-check (e2e, electron suites)',
    command: bin('tsc', '--noEmit', '-p', 'tsconfig.e2e.json'),
  },
  { name: 'lint', command: bin('eslint', '.', '--max-warnings', '0') },
  { name: 'format', command: bin('prettier', '--check', '.') },
  { name: 'build (electron-vite)', command: bin('electron-vite', 'build') },
  {
    name: 'build (harness renderer)',
    command: bin(
      'vite',
      'build',
      '--config',
      'tests/harness/vite.harness.config.mts',
      '--logLevel',
      'warn',
    ),
  },
  {
    name: 'vitest (unit, contract, component)',
    command: bin(
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${results}/vitest.json`,
    ),
    counts: vitestCounts,
  },
  {
    name: 'playwright e2e (Chromium through the harness)',
    command: bin('playwright', 'test'),
    counts: playwrightCounts(`${results}/e2e.json`),
  },
  {
    name: 'playwright _electron (real app where a binary exists)',
    command: bin('playwright', 'test', '-c', 'tests/electron/playwright.electron.config.ts'),
    counts: playwrightCounts(`${results}/electron.json`),
  },
  {
    name: 'electronegativity gate',
    command: ['node', '--import', 'tsx', 'security/electronegativity-gate.ts'],
  },
];

const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const summary: string[] = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name}\n$ ${step.command.join(' ')}`);
  const run = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, CI: process.env.CI ?? 'true', FORCE_COLOR: '0' },
  });
  const exitOk = run.status === 0;
  let tally: Tally = step.counts
    ? step.counts()
    : { passed: exitOk ? 1 : 0, failed: exitOk ? 0 : 1, skipped: 0 };
  // A runner that exited non-zero must count as failing even if its report says otherwise.
  if (!exitOk && tally.failed === 0) tally = { ...tally, failed: 1 };
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  summary.push(
    `${exitOk ? 'ok  ' : 'FAIL'}  ${step.name}: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`,
  );
}

console.log('\n━━ summary');
for (const line of summary) console.log(line);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
