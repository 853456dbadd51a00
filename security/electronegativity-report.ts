import { z } from 'zod';

// Pure logic of the Electronegativity gate: parse the scanner's CSV, check that the file is intact,
// and decide which findings fail. Kept free of I/O so it has plain unit tests.

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export const CONFIDENCES = ['TENTATIVE', 'FIRM', 'CERTAIN'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Confidence = (typeof CONFIDENCES)[number];

export const CSV_HEADER = [
  'issue',
  'severity',
  'confidence',
  'filename',
  'location',
  'sample',
  'description',
  'url',
] as const;

export interface Finding {
  /** Which scan produced it, e.g. "src" or "out". */
  target: string;
  check: string;
  severity: Severity;
  confidence: Confidence;
  /** Repository-relative path ("src/main/index.ts"), or "N/A" for whole-application checks. */
  file: string;
  location: string;
  sample: string;
  description: string;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines. */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
      fieldStarted = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      if (record.length > 1 || record[0] !== '') records.push(record);
      record = [];
      field = '';
      fieldStarted = false;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (fieldStarted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const WIKI = 'https://github.com/doyensec/electronegativity/wiki/';

/**
 * Parses one scan's CSV and refuses anything malformed. Electronegativity 1.10.3 writes the header
 * and the rows with two concurrent `fs.writeFile` calls (header with flag 'w', rows with 'a'), so the
 * header can land on top of the first row or truncate the rows away; a torn file must never be read
 * as "fewer findings". `toRepoPath` maps the scanner's relative paths to repository paths.
 */
export function parseScanCsv(
  text: string,
  target: string,
  toRepoPath: (file: string) => string,
): Finding[] {
  const records = parseCsvRecords(text);
  const header = records[0]?.map((cell) => cell.trim());
  if (!header || header.join(',') !== CSV_HEADER.join(',')) {
    throw new Error(`${target}: CSV header missing or damaged`);
  }
  return records.slice(1).map((row, index) => {
    const where = `${target}: CSV row ${index + 2}`;
    if (row.length !== CSV_HEADER.length) throw new Error(`${where} has ${row.length} fields`);
    const [check, severity, confidence, file, location, sample, description, url] = row as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!/^[A-Z0-9_]+$/.test(check)) throw new Error(`${where}: bad check id`);
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      throw new Error(`${where}: bad severity`);
    }
    if (!(CONFIDENCES as readonly string[]).includes(confidence)) {
      throw new Error(`${where}: bad confidence`);
    }
    if (url !== `${WIKI}${check}`) throw new Error(`${where}: URL does not match the check id`);
    return {
      target,
      check,
      severity: severity as Severity,
      confidence: confidence as Confidence,
      file: file === 'N/A' ? 'N/A' : toRepoPath(normalisePath(file)),
      location,
      sample,
      description,
    };
  });
}

/** Forward slashes, no leading "./" (the scanner reports OS paths relative to its input). */
export function normalisePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * The (check, file) pairs in the scanner's SARIF output of the same scan. SARIF is written with a
 * single write, so it is the cross-check that catches a CSV whose rows were lost to the race above.
 */
export function sarifFindingKeys(json: string, toRepoPath: (file: string) => string): string[] {
  const sarif = z
    .object({
      runs: z.array(
        z.object({
          results: z.array(
            z.object({
              ruleId: z.string(),
              locations: z.array(
                z.object({
                  physicalLocation: z.object({ artifactLocation: z.object({ uri: z.string() }) }),
                }),
              ),
            }),
          ),
        }),
      ),
    })
    .parse(JSON.parse(json));
  return sarif.runs.flatMap((run) =>
    run.results.map((result) => {
      const uri = result.locations[0]?.physicalLocation.artifactLocation.uri ?? 'file:///';
      return `${result.ruleId} ${uri === 'file:///' ? 'N/A' : toRepoPath(normalisePath(uri))}`;
    }),
  );
}

export function findingKey(finding: Pick<Finding, 'check' | 'file'>): string {
  return `${finding.check} ${finding.file}`;
}

/** Differences between two multisets of keys, for the CSV/SARIF cross-check. */
export function multisetDifference(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const key of a) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const key of b) counts.set(key, (counts.get(key) ?? 0) - 1);
  return [...counts]
    .filter(([, n]) => n !== 0)
    .map(([key, n]) => `${key} (${n > 0 ? '+' : ''}${n})`);
}

export const allowlistSchema = z.strictObject({
  $comment: z.string().optional(),
  entries: z.array(
    z.strictObject({
      check: z.string().regex(/^[A-Z0-9_]+$/),
      file: z.string().min(1),
      // A real reason, not "ok": what the finding is, and why it is safe here.
      justification: z.string().trim().min(40),
      // Optional pin: the entry only covers a finding whose sample is exactly this (e.g. the CSP
      // string), so a changed policy fails until someone reviews it again.
      sample: z.string().optional(),
    }),
  ),
});
export type Allowlist = z.infer<typeof allowlistSchema>;
export type AllowlistEntry = Allowlist['entries'][number];

export type Verdict = 'high' | 'allowlisted' | 'unlisted';

export interface GateResult {
  findings: Array<{ finding: Finding; verdict: Verdict; justification?: string }>;
  /** Allowlist entries that matched nothing: stale entries hide future regressions, so they fail. */
  staleEntries: AllowlistEntry[];
  allowlisted: number;
  failing: number;
}

/**
 * HIGH always fails, allowlisted or not. Anything else passes only with an allowlist entry for the
 * same check id and file (and the same sample, when the entry pins one). Stale allowlist entries fail too, so the list stays minimal.
 */
export function evaluateFindings(findings: readonly Finding[], allowlist: Allowlist): GateResult {
  const used = new Set<AllowlistEntry>();
  const judged = findings.map((finding) => {
    const entry = allowlist.entries.find(
      (candidate) =>
        candidate.check === finding.check &&
        candidate.file === finding.file &&
        (candidate.sample === undefined || candidate.sample === finding.sample),
    );
    if (entry) used.add(entry);
    if (finding.severity === 'HIGH') return { finding, verdict: 'high' as const };
    if (entry)
      return { finding, verdict: 'allowlisted' as const, justification: entry.justification };
    return { finding, verdict: 'unlisted' as const };
  });
  const staleEntries = allowlist.entries.filter((entry) => !used.has(entry));
  const allowlisted = judged.filter((item) => item.verdict === 'allowlisted').length;
  const failingFindings = judged.length - allowlisted;
  return {
    findings: judged,
    staleEntries,
    allowlisted,
    failing: failingFindings + staleEntries.length,
  };
}

/** The human summary; the last line is the machine-greppable total. */
export function formatSummary(result: GateResult, problems: readonly string[] = []): string {
  const lines: string[] = [];
  for (const { finding, verdict, justification } of result.findings) {
    const mark = verdict === 'allowlisted' ? 'ok  ' : 'FAIL';
    const why =
      verdict === 'high'
        ? 'HIGH severity is never allowlisted'
        : verdict === 'unlisted'
          ? 'not in security/electronegativity-allowlist.json'
          : `allowlisted: ${justification ?? ''}`;
    lines.push(
      `${mark} [${finding.target}] ${finding.check} ${finding.severity}/${finding.confidence} ` +
        `${finding.file}${finding.location && finding.file !== 'N/A' ? `:${finding.location}` : ''}`,
      `       ${finding.description}`,
      `       ${why}`,
    );
  }
  for (const entry of result.staleEntries) {
    lines.push(
      `FAIL stale allowlist entry ${entry.check} ${entry.file}: it matches no finding; remove it`,
    );
  }
  for (const problem of problems) lines.push(`FAIL ${problem}`);
  const failing = result.failing + problems.length;
  lines.push(
    `electronegativity: ${result.findings.length} findings, ${result.allowlisted} allowlisted, ${failing} failing`,
  );
  return lines.join('\n');
}
