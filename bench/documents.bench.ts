import { loadavg } from 'node:os';
import PDFDocument from 'pdfkit';
import { renderExitInterviewForm } from '../src/main/documents/exit-interview-form';
import { renderFinalPaySummary } from '../src/main/documents/final-pay-summary';
import { fontBytes, type FontName } from '../src/main/documents/fonts';
import {
  buildInvestigationReport,
  renderInvestigationReport,
  type InvestigationReportInput,
} from '../src/main/documents/investigation-report';
import { renderPropertyChecklist } from '../src/main/documents/property-checklist';
import { renderSeparationAgreement } from '../src/main/documents/separation-agreement';
import type { RenderedPdf } from '../src/main/documents/render';
import type { Block } from '../src/main/documents/spec';
import { renderTerminationLetter } from '../src/main/documents/termination-letter';
import type { CaseDoc } from '../src/shared/domain/case-doc';
import {
  CONTEXT,
  id,
  P,
  PEOPLE,
  REPORT_DETAILS,
  reportCase,
} from '../tests/unit/documents/case-fixtures';
import { CHECKLIST, EXIT, FINAL_PAY } from '../tests/unit/documents/termination-set-fixtures';
import type { BenchResults } from './run';
import { round, timeMs } from './stats';

/**
 * Document engine figures: a ~100-page investigation report against bare pdfkit writing the same
 * text with the same fonts and no layout (the floor the engine's own line breaking, tables,
 * tagging and contents sit on), and the five-document termination set.
 */

// Report, baseline and set are timed in turn, RUNS times, so a load spike from other work on the
// shared machine falls on all three alike; medians are the figures, minimums show the spread.
const RUNS = 7;
const ALLEGATIONS = 50;
const EVIDENCE = 150;
const TIMELINE = 380;

function log(message: string): void {
  process.stdout.write(`  ${message}\n`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () => round(loadavg()[0]!, 2);

/** The fixture case grown to many allegations, exhibits and chronology entries. */
export function bigReportInput(): InvestigationReportInput {
  const base = reportCase();
  const [a1, a2] = base.allegations as [
    CaseDoc['allegations'][number],
    CaseDoc['allegations'][number],
  ];
  const evidence = Array.from({ length: EVIDENCE }, (_, i) => ({
    ...base.evidence[i % base.evidence.length]!,
    id: id(10_000 + i),
    blobId: id(20_000 + i),
    exhibit: `E${i + 1}`,
    originalFileName: `Exhibit ${i + 1} — chat export of 王芳 and Nguyễn Thị Minh Khai.pdf`,
  }));
  const allegations = Array.from({ length: ALLEGATIONS }, (_, i) => ({
    ...(i % 2 ? a2 : a1),
    id: id(30_000 + i),
    label: `A${i + 1}`,
    statement: `${(i % 2 ? a2 : a1).statement} (occasion ${i + 1}, in the Finance stand-up; Trần Văn An took the minutes and Zoë Ångström was present for part of the meeting).`,
  }));
  const evidenceLinks = allegations.flatMap((a, i) =>
    [0, 1, 2].map((k) => ({
      id: id(40_000 + i * 3 + k),
      source: { kind: 'evidence' as const, evidenceId: evidence[(i * 3 + k) % EVIDENCE]!.id },
      allegationId: a.id,
      relation: k === 1 ? ('contradicting' as const) : ('supporting' as const),
      note: 'The message time stamps match the minutes; the rota shows who was in the room.',
    })),
  );
  const timeline = Array.from({ length: TIMELINE }, (_, i) => ({
    id: id(50_000 + i),
    when: {
      date: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      precision: 'day' as const,
    },
    description: `Entry ${i + 1}: 王芳 and 刘小明 at the stand-up; Nguyễn Thị Minh Khai reports the remark to her manager.`,
    sources: [{ kind: 'evidence' as const, evidenceId: evidence[i % EVIDENCE]!.id }],
    allegationIds: [allegations[i % ALLEGATIONS]!.id],
    disputed: i % 5 === 0,
  }));
  return {
    case: { ...base, evidence, allegations, evidenceLinks, timeline },
    people: PEOPLE,
    details: {
      ...REPORT_DETAILS,
      accounts: [
        ...(REPORT_DETAILS.accounts ?? []),
        { personId: P.zoe, summary: 'Zoë Ångström recalls the meeting. '.repeat(40) },
      ],
    },
    context: CONTEXT,
    variant: 'full',
  };
}

/** Every string the report spec would print, in order. */
function textsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'title':
        return [b.text, b.subtitle ?? ''];
      case 'heading':
      case 'paragraph':
      case 'callout':
        return [b.text];
      case 'list':
        return b.items;
      case 'keyValue':
        return b.items.map((i) => `${i.key}  ${i.value}`);
      case 'table':
        return [b.columns.map((c) => c.header).join('  '), ...b.rows.map((r) => r.join('  '))];
      case 'signatures':
        return b.signatories.map((s) => s.name);
      default:
        return [];
    }
  });
}

const CJK = /[\u3400-\u9fff]/;

/** Bare pdfkit: the same strings and fonts, one text() call each, default flow, no furniture. */
async function pdfkitBaseline(texts: readonly string[]): Promise<{ bytes: number; pages: number }> {
  const doc = new PDFDocument({ size: 'LETTER', margin: 54, compress: true });
  for (const name of ['latin-regular', 'cjk-regular'] as FontName[]) {
    doc.registerFont(name, fontBytes(name));
  }
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  let pages = 1;
  doc.on('pageAdded', () => (pages += 1));
  for (const text of texts) {
    if (!text) continue;
    doc
      .font(CJK.test(text) ? 'cjk-regular' : 'latin-regular')
      .fontSize(10)
      .text(text);
  }
  doc.end();
  await done;
  return { bytes: Buffer.concat(chunks).length, pages };
}

async function terminationSet(): Promise<void> {
  const signatory = { name: 'Jordan Blake', title: 'Head of People' };
  await renderTerminationLetter({
    employee: PEOPLE[1]!,
    signatory,
    context: CONTEXT,
    jurisdiction: 'US-CA',
    separation: 'discharge',
    lastDay: '2026-03-31',
    finalPay: { payOn: '2026-03-31', method: 'direct-deposit' },
    benefits: { coverageEndsOn: '2026-03-31' },
    property: ['Laptop', 'Badge'],
  });
  await renderSeparationAgreement({
    employee: PEOPLE[0]!,
    signatory,
    context: CONTEXT,
    jurisdiction: 'US-CA',
    separationDate: '2026-03-31',
    deliveredOn: '2026-03-27',
    programme: 'individual',
    consideration: 'twelve weeks of base salary',
    governingState: 'California',
  });
  await renderFinalPaySummary(FINAL_PAY);
  await renderPropertyChecklist(CHECKLIST);
  await renderExitInterviewForm(EXIT);
}

export async function benchDocuments(): Promise<BenchResults> {
  const loadStart = load();
  const input = bigReportInput();
  const texts = textsOf(buildInvestigationReport(input).spec.blocks);
  // Warm-up: fonts read and parsed once per process, as in the app (bare pdfkit parses its two
  // fonts again for every document; the engine keeps them parsed). The first render, which pays
  // for parsing and cold code, is reported on its own.
  let first: RenderedPdf | undefined;
  const firstMs = await timeMs(async () => {
    first = await renderInvestigationReport(input);
  });
  if (!first) throw new Error('the warm-up render returned nothing');
  const base = await pdfkitBaseline(texts);
  await terminationSet();
  log(`report: ${first.pageCount} pages, ${first.bytes.length} bytes`);
  log(`baseline: ${base.pages} pages, ${base.bytes} bytes, ${texts.length} strings`);

  const report: number[] = [];
  const baseline: number[] = [];
  const set: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    report.push(await timeMs(() => renderInvestigationReport(input)));
    baseline.push(await timeMs(() => pdfkitBaseline(texts)));
    set.push(await timeMs(terminationSet));
  }
  const results = {
    report_100p_ms: round(median(report), 1),
    report_100p_min_ms: round(Math.min(...report), 1),
    report_100p_first_in_process_ms: round(firstMs, 1),
    report_100p_pages: first.pageCount,
    pdfkit_baseline_100p_ms: round(median(baseline), 1),
    pdfkit_baseline_100p_min_ms: round(Math.min(...baseline), 1),
    termination_set_ms: round(median(set), 1),
    documents_loadavg_1m_start: loadStart,
    documents_loadavg_1m_end: load(),
  };
  log(`report ms:   ${report.map((ms) => round(ms, 0)).join(' ')}`);
  log(`baseline ms: ${baseline.map((ms) => round(ms, 0)).join(' ')}`);
  const ratio = results.report_100p_ms / results.pdfkit_baseline_100p_ms;
  log(
    `target: report ≤ 1.5 × baseline — ${round(ratio, 2)} × (${results.report_100p_ms} ms vs ${results.pdfkit_baseline_100p_ms} ms): ${ratio <= 1.5 ? 'met' : 'NOT met'}`,
  );
  return { ...results, report_vs_baseline_ratio: round(ratio, 2) };
}
