import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allowlistSchema,
  evaluateFindings,
  findingKey,
  formatSummary,
  multisetDifference,
  parseCsvRecords,
  parseScanCsv,
  sarifFindingKeys,
  type Allowlist,
  type Finding,
} from '../../../security/electronegativity-report';

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url\n';
const wiki = (id: string) => `https://github.com/doyensec/electronegativity/wiki/${id}`;
const row = (id: string, severity: string, file: string, sample = 'x', description = 'desc') =>
  `${id},"${severity}","FIRM","${file}","3:4","${sample.replace(/"/g, '""')}","${description}",${wiki(id)}\n`;
const src = (file: string) => `src/${file}`;

describe('CSV parsing', () => {
  it('handles quotes, doubled quotes, commas, CRLF and newlines inside fields', () => {
    expect(parseCsvRecords('a,"b ""q"", c",N/A\r\n"multi\nline",2\n')).toEqual([
      ['a', 'b "q", c', 'N/A'],
      ['multi\nline', '2'],
    ]);
    expect(() => parseCsvRecords('"open')).toThrow(/unterminated/);
  });

  it('reads findings and makes paths repository-relative', () => {
    const csv =
      HEADER +
      row(
        'OPEN_EXTERNAL_JS_CHECK',
        'MEDIUM',
        'main/electron/guards.ts',
        'shell.openExternal(u, "x")',
      ) +
      'LIMIT_NAVIGATION_GLOBAL_CHECK,"HIGH","CERTAIN","N/A","0:0",N/A,"Missing navigation limits",' +
      `${wiki('LIMIT_NAVIGATION_GLOBAL_CHECK')}\n`;
    const findings = parseScanCsv(csv, 'src', src);
    expect(findings).toEqual([
      {
        target: 'src',
        check: 'OPEN_EXTERNAL_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'FIRM',
        file: 'src/main/electron/guards.ts',
        location: '3:4',
        sample: 'shell.openExternal(u, "x")',
        description: 'desc',
      },
      expect.objectContaining({
        check: 'LIMIT_NAVIGATION_GLOBAL_CHECK',
        severity: 'HIGH',
        file: 'N/A',
      }),
    ]);
  });

  it('accepts an empty scan (header only) and Windows paths', () => {
    expect(parseScanCsv(HEADER, 'src', src)).toEqual([]);
    expect(parseScanCsv(HEADER + row('X_CHECK', 'LOW', 'main\\a.ts'), 'src', src)[0]?.file).toBe(
      'src/main/a.ts',
    );
  });

  it('rejects the torn file electronegativity 1.10.3 really produced (header over the first row)', () => {
    // Captured from a run on this repository: the header write landed on top of the first row.
    const torn =
      HEADER +
      'SP%","One or more CSP directives detected are vulnerable",' +
      `${wiki('CSP_GLOBAL_CHECK')}\n` +
      row('SANDBOX_JS_CHECK', 'MEDIUM', 'main/electron/main-window.ts');
    expect(() => parseScanCsv(torn, 'src', src)).toThrow(/row 2 has 3 fields/);
  });

  it.each([
    ['a missing header', row('X_CHECK', 'LOW', 'a.ts')],
    ['an empty file', ''],
    ['an unknown severity', HEADER + row('X_CHECK', 'SEVERE', 'a.ts')],
    ['a bad check id', HEADER + row('x check', 'LOW', 'a.ts')],
    [
      'a URL for another check',
      HEADER + row('X_CHECK', 'LOW', 'a.ts').replace(wiki('X_CHECK'), wiki('Y')),
    ],
  ])('rejects %s', (_name, text) => {
    expect(() => parseScanCsv(text, 'src', src)).toThrow();
  });
});

describe('SARIF cross-check', () => {
  const sarif = JSON.stringify({
    runs: [
      {
        results: [
          {
            ruleId: 'A_CHECK',
            locations: [{ physicalLocation: { artifactLocation: { uri: 'main/x.ts' } } }],
          },
          {
            ruleId: 'B_GLOBAL_CHECK',
            locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///' } } }],
          },
        ],
      },
    ],
  });

  it('extracts check + file keys in the CSV key format', () => {
    expect(sarifFindingKeys(sarif, src)).toEqual(['A_CHECK src/main/x.ts', 'B_GLOBAL_CHECK N/A']);
  });

  it('finds rows lost from the CSV', () => {
    const csvKeys = parseScanCsv(HEADER + row('A_CHECK', 'LOW', 'main/x.ts'), 'src', src).map(
      findingKey,
    );
    expect(multisetDifference(csvKeys, sarifFindingKeys(sarif, src))).toEqual([
      'B_GLOBAL_CHECK N/A (-1)',
    ]);
    expect(multisetDifference(['a', 'a'], ['a', 'a'])).toEqual([]);
    expect(multisetDifference(['a', 'a'], ['a'])).toEqual(['a (+1)']);
  });
});

describe('gate decision', () => {
  const finding = (
    check: string,
    severity: Finding['severity'],
    file: string,
    sample = 's',
  ): Finding => ({
    target: 'src',
    check,
    severity,
    confidence: 'FIRM',
    file,
    location: '1:0',
    sample,
    description: 'd',
  });
  const justification = 'Reviewed: reached only for allow-listed https links after URL parsing.';
  const allowlist: Allowlist = {
    entries: [
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'src/a.ts', justification },
      { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'src/w.ts', justification },
      {
        check: 'CSP_GLOBAL_CHECK',
        file: 'out/renderer/index.html',
        justification,
        sample: "default-src 'none'",
      },
    ],
  };

  it('passes allowlisted MEDIUM/LOW findings with the same check and file', () => {
    const result = evaluateFindings(
      [
        finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'src/a.ts'),
        finding('CONTEXT_ISOLATION_JS_CHECK', 'LOW', 'src/w.ts'),
        finding('CSP_GLOBAL_CHECK', 'LOW', 'out/renderer/index.html', "default-src 'none'"),
      ],
      allowlist,
    );
    expect(result).toMatchObject({ allowlisted: 3, failing: 0, staleEntries: [] });
  });

  it('fails HIGH findings even when allowlisted', () => {
    const result = evaluateFindings(
      [
        finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'src/a.ts'),
        finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'src/w.ts'),
        finding('CSP_GLOBAL_CHECK', 'LOW', 'out/renderer/index.html', "default-src 'none'"),
      ],
      allowlist,
    );
    expect(result.failing).toBe(1);
    expect(result.findings[1]?.verdict).toBe('high');
  });

  it('fails unlisted findings, the same check in another file, and a changed pinned sample', () => {
    const result = evaluateFindings(
      [
        finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'src/a.ts'),
        finding('CONTEXT_ISOLATION_JS_CHECK', 'LOW', 'src/w.ts'),
        finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'src/b.ts'),
        finding('SANDBOX_JS_CHECK', 'INFORMATIONAL', 'src/w.ts'),
        finding('CSP_GLOBAL_CHECK', 'LOW', 'out/renderer/index.html', 'default-src *'),
      ],
      allowlist,
    );
    expect(result.findings.map((item) => item.verdict)).toEqual([
      'allowlisted',
      'allowlisted',
      'unlisted',
      'unlisted',
      'unlisted',
    ]);
    // The pinned CSP entry matched nothing, so it is stale as well.
    expect(result.staleEntries).toHaveLength(1);
    expect(result.failing).toBe(4);
  });

  it('fails stale allowlist entries', () => {
    const result = evaluateFindings([], allowlist);
    expect(result.staleEntries).toHaveLength(3);
    expect(result.failing).toBe(3);
  });

  it('prints a readable summary ending in the totals line', () => {
    const result = evaluateFindings(
      [
        finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'src/a.ts'),
        finding('X_CHECK', 'HIGH', 'src/x.ts'),
      ],
      { entries: [allowlist.entries[0]!] },
    );
    const text = formatSummary(result, ['built app not scanned']);
    expect(text).toContain('ok   [src] OPEN_EXTERNAL_JS_CHECK MEDIUM/FIRM src/a.ts:1:0');
    expect(text).toContain('HIGH severity is never allowlisted');
    expect(text).toContain('FAIL built app not scanned');
    expect(text.split('\n').at(-1)).toBe('electronegativity: 2 findings, 1 allowlisted, 2 failing');
  });
});

describe('the committed allowlist', () => {
  const raw = JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../../../security/electronegativity-allowlist.json'),
      'utf8',
    ),
  );

  it('is valid, keyed by check and file, each with a written justification', () => {
    const allowlist = allowlistSchema.parse(raw);
    for (const entry of allowlist.entries)
      expect(entry.justification.length).toBeGreaterThanOrEqual(40);
  });

  it('never lists a check the same file twice and stays small', () => {
    const allowlist = allowlistSchema.parse(raw);
    const keys = allowlist.entries.map((entry) => `${entry.check} ${entry.file}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(allowlist.entries.length).toBeLessThanOrEqual(8);
  });

  it('refuses entries without a real justification', () => {
    expect(() =>
      allowlistSchema.parse({
        entries: [{ check: 'X_CHECK', file: 'src/a.ts', justification: 'ok' }],
      }),
    ).toThrow();
  });
});
