import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * Poppler and qpdf, run on synthetic PDFs written to a private temp dir (the engine itself never
 * writes plaintext PDFs to disk; only these tests do, on made-up data).
 */

let dir: string | null = null;
let counter = 0;

function tempDir(): string {
  if (!dir) dir = mkdtempSync(join(tmpdir(), 'confidant-documents-'));
  return dir;
}

export function cleanupPdfFiles(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
}

export function writePdf(bytes: Buffer): string {
  counter += 1;
  const path = join(tempDir(), `doc-${counter}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Extracted text; `page` limits to one page (1-based). */
export function pdfText(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return run('pdftotext', ['-enc', 'UTF-8', ...range, path, '-']);
}

/** pdftotext with a layout-free, whitespace-collapsed view, convenient for phrase checks. */
export function flatText(path: string, page?: number): string {
  return pdfText(path, page).replace(/\s+/g, ' ');
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

export function pdfFonts(path: string): FontRow[] {
  const lines = run('pdffonts', [path]).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object id, generation
    const cols = line.trim().split(/\s+/);
    const [emb, sub, uni] = cols.slice(-5, -2);
    return {
      name: cols[0] ?? '',
      type: cols.slice(1, -6).join(' '),
      embedded: emb === 'yes',
      subset: sub === 'yes',
      unicode: uni === 'yes',
    };
  });
}

export function pdfInfo(path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', [path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) out[match[1].trim()] = (match[2] ?? '').trim();
  }
  return out;
}

/** The structure tree with the text of each element (pdfinfo -struct-text), one per line. */
export function pdfStructText(path: string): string {
  // stderr is dropped: poppler complains about the standard Title type it does not know.
  return tryRun('pdfinfo', ['-struct-text', path]).stdout;
}

/** qpdf --check; throws (non-zero exit) on structural damage. Returns qpdf's report. */
export function qpdfCheck(path: string): string {
  return run('qpdf', ['--check', path]);
}

export interface OutlineItem {
  title: string;
  page: number;
  kids: OutlineItem[];
}

export function pdfOutline(path: string): OutlineItem[] {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', path])) as {
    outlines: { title: string; destpageposfrom1: number; kids: unknown[] }[];
  };
  const map = (
    items: { title: string; destpageposfrom1: number; kids: unknown[] }[],
  ): OutlineItem[] =>
    items.map((item) => ({
      title: item.title,
      page: item.destpageposfrom1,
      kids: map(item.kids as typeof items),
    }));
  return map(json.outlines);
}

/** Uncompressed view of the file (qpdf --qdf) for checking catalog entries and XMP. */
export function qdf(path: string): string {
  return run('qpdf', ['--qdf', '--object-streams=disable', path, '-']);
}

/** Image XObjects per page, from pdfimages -list (smask rows, the alpha channels, excluded). */
export function pdfImages(path: string): { page: number; width: number; height: number }[] {
  return run('pdfimages', ['-list', path])
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}

export interface ToolResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run a tool without throwing on a non-zero exit (for "this must fail" checks). */
export function tryRun(command: string, args: string[]): ToolResult {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** pdftotext with the user password (-upw). */
export function pdfTextWithPassword(path: string, password: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', '-upw', password, path, '-']);
}

export function qpdfShowEncryption(path: string, password: string): string {
  return run('qpdf', ['--show-encryption', `--password=${password}`, path]);
}

export function qpdfCheckWithPassword(path: string, password: string): string {
  return run('qpdf', ['--check', `--password=${password}`, path]);
}

/** qpdf --json=2 of the whole file (objects decrypted with the password, encryption parameters). */
export function qpdfJson(path: string, password: string): QpdfJson {
  return JSON.parse(
    run('qpdf', ['--json=2', '--show-encryption-key', `--password=${password}`, path]),
  ) as QpdfJson;
}

export interface QpdfJson {
  encrypt: {
    encrypted: boolean;
    userpasswordmatched: boolean;
    ownerpasswordmatched: boolean;
    parameters: { R: number; V: number; P: number; bits: number; key: string; method: string };
  };
  qpdf: [unknown, Record<string, { value?: unknown; stream?: { dict: unknown } }>];
}

/** Each item appears in the text after the one before it (from `from` on), as a document reads. */
export function expectInOrder(text: string, items: readonly string[], from = 0): void {
  let at = from;
  for (const item of items) {
    const found = text.indexOf(item, at);
    expect(found, item).toBeGreaterThanOrEqual(0);
    at = found + item.length;
  }
}
