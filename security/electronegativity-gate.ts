import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  allowlistSchema,
  evaluateFindings,
  findingKey,
  formatSummary,
  multisetDifference,
  parseScanCsv,
  sarifFindingKeys,
  type Finding,
} from './electronegativity-report';

// The Electronegativity gate (vault.md §14 F1): scan the sources and the built app, fail on any HIGH
// finding and on anything else not allowlisted with a justification. The scanner always exits 0 and
// its severity flag filters only the console, so the decision is made here from its CSV output.
// Run: `node --import tsx security/electronegativity-gate.ts` after `npx electron-vite build`.

const root = resolve(import.meta.dirname, '..');
const workDir = join(root, '.tmp', 'electronegativity');
const allowlistPath = join(root, 'security', 'electronegativity-allowlist.json');

/**
 * What electron-builder.yml packs into app.asar. The built app is scanned as a staged copy of exactly
 * these paths: out/ also holds the test-only harness renderer (HTTP transport), which never ships
 * and would otherwise be judged as if it did.
 */
const SHIPPED = ['out/main', 'out/preload', 'out/renderer', 'package.json'] as const;
const REQUIRED_BUILD_FILES = [
  'out/main/index.js',
  'out/preload/index.js',
  'out/renderer/index.html',
];
const ATTEMPTS = 3;

interface Target {
  name: string;
  /** Directory handed to the scanner. */
  input: string;
  /** Maps a path relative to `input` back to a repository path (the allowlist key). */
  toRepoPath: (file: string) => string;
}

interface Run {
  code: number | null;
  output: string;
}

function scan(input: string, output: string, electronVersion: string): Promise<Run> {
  return new Promise((done, fail) => {
    // -e: a scanned folder without package.json would make the tool assume Electron 0.1.0 and judge
    // every default by that version. LANG pins the message locale (it is also a download key).
    const child = spawn(
      'npx',
      ['--no-install', 'electronegativity', '-i', input, '-o', output, '-r', '-e', electronVersion],
      { cwd: root, env: { ...process.env, LANG: 'en-US', FORCE_COLOR: '0', NO_COLOR: '1' } },
    );
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output: text }));
  });
}

/** Files the scanner could not parse were not checked at all: each one is a gap in the gate. */
function unparsedFiles(output: string, target: string): string[] {
  return [...output.matchAll(/Error parsing (.+?) - (.*)$/gm)].map(
    (match) =>
      `[${target}] scanner could not parse ${match[1]} (${match[2]}), so it was not checked`,
  );
}

/**
 * One target, scanned twice in parallel (CSV and SARIF). A torn CSV or a disagreement with the SARIF
 * run means the scanner's output raced (see parseScanCsv); the scan is repeated, never trusted.
 */
async function scanTarget(
  target: Target,
  electronVersion: string,
): Promise<{ findings: Finding[]; problems: string[] }> {
  let lastError = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const csv = join(workDir, `${target.name}.csv`);
    const sarif = join(workDir, `${target.name}.sarif`);
    rmSync(csv, { force: true });
    rmSync(sarif, { force: true });
    const [csvRun, sarifRun] = await Promise.all([
      scan(target.input, csv, electronVersion),
      scan(target.input, sarif, electronVersion),
    ]);
    if (csvRun.code !== 0 || sarifRun.code !== 0 || !existsSync(csv) || !existsSync(sarif)) {
      lastError = `scanner failed (exit ${csvRun.code}/${sarifRun.code}): ${csvRun.output.trim()}`;
      continue;
    }
    try {
      const findings = parseScanCsv(readFileSync(csv, 'utf8'), target.name, target.toRepoPath);
      const diff = multisetDifference(
        findings.map(findingKey),
        sarifFindingKeys(readFileSync(sarif, 'utf8'), target.toRepoPath),
      );
      if (diff.length > 0) throw new Error(`CSV and SARIF disagree: ${diff.join(', ')}`);
      return { findings, problems: unparsedFiles(csvRun.output, target.name) };
    } catch (error) {
      lastError = (error as Error).message;
      console.log(
        `electronegativity [${target.name}]: inconsistent output (${lastError}); scanning again`,
      );
    }
  }
  return {
    findings: [],
    problems: [
      `[${target.name}] no intact scanner output after ${ATTEMPTS} attempts: ${lastError}`,
    ],
  };
}

function stageShippedApp(): string {
  const staged = join(workDir, 'app');
  rmSync(staged, { recursive: true, force: true });
  mkdirSync(staged, { recursive: true });
  for (const path of SHIPPED) cpSync(join(root, path), join(staged, path), { recursive: true });
  return staged;
}

async function main(): Promise<number> {
  mkdirSync(workDir, { recursive: true });
  const electronVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const allowlist = allowlistSchema.parse(JSON.parse(readFileSync(allowlistPath, 'utf8')));

  const problems: string[] = [];
  const targets: Target[] = [
    { name: 'src', input: join(root, 'src'), toRepoPath: (file) => `src/${file}` },
  ];
  const missing = REQUIRED_BUILD_FILES.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    problems.push(
      `built app not scanned: missing ${missing.join(', ')} (run \`npx electron-vite build\` first)`,
    );
  } else {
    targets.push({ name: 'app', input: stageShippedApp(), toRepoPath: (file) => file });
  }

  const scans = await Promise.all(targets.map((target) => scanTarget(target, electronVersion)));
  const findings = scans.flatMap((result) => result.findings);
  problems.push(...scans.flatMap((result) => result.problems));

  const result = evaluateFindings(findings, allowlist);
  console.log(
    `electronegativity (Electron ${electronVersion}): src/ and the shipped app (${SHIPPED.join(', ')})`,
  );
  console.log(formatSummary(result, problems));
  return result.failing + problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`electronegativity gate crashed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
