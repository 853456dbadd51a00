import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNSEL_NOTICE } from '../../../src/main/documents/document-kit';
import {
  EXIT_SECTIONS,
  renderExitInterviewForm,
} from '../../../src/main/documents/exit-interview-form';
import { renderFinalPaySummary } from '../../../src/main/documents/final-pay-summary';
import { renderPropertyChecklist } from '../../../src/main/documents/property-checklist';
import { CHECKLIST, EXIT, FINAL_PAY } from './termination-set-fixtures';
import {
  cleanupPdfFiles,
  expectInOrder,
  flatText,
  pdfFonts,
  qpdfCheck,
  writePdf,
} from './pdf-tools';

const texts: Record<string, string> = {};
const paths: Record<string, string> = {};
let payWarnings: string[] = [];
let exitWarnings: string[] = [];
let totals = { grossCents: 0, deductionsCents: 0, netCents: 0 };

beforeAll(async () => {
  const pay = await renderFinalPaySummary(FINAL_PAY);
  payWarnings = pay.warnings.map((w) => w.code);
  totals = pay.totals;
  const checklist = await renderPropertyChecklist(CHECKLIST);
  const exit = await renderExitInterviewForm(EXIT);
  exitWarnings = exit.warnings.map((w) => w.code);
  for (const [kind, pdf] of [
    ['pay', pay.pdf],
    ['checklist', checklist],
    ['exit', exit.pdf],
  ] as const) {
    expect(pdf.missingCharacters).toEqual([]);
    paths[kind] = writePdf(pdf.bytes);
    texts[kind] = flatText(paths[kind]);
  }
});
afterAll(cleanupPdfFiles);

describe('the rest of the termination set', () => {
  it.each(['pay', 'checklist', 'exit'])(
    '%s: counsel notice, qpdf clean, fonts embedded',
    (kind) => {
      expect(texts[kind]).toContain(COUNSEL_NOTICE);
      expect(texts[kind]).toContain('Audit checkpoint #1234');
      expect(qpdfCheck(paths[kind]!)).toContain('No syntax or stream encoding errors');
      for (const font of pdfFonts(paths[kind]!)) expect(font.embedded).toBe(true);
    },
  );
});

describe('final pay summary', () => {
  it('lists items, leave, deductions, the rule with citation and review date, and COBRA', () => {
    const text = texts.pay!;
    expectInOrder(text, [
      'Final pay summary',
      '王芳',
      'Final pay items',
      'Deductions',
      'Payment date and deadline',
      'Benefits end dates',
      'COBRA timeline',
    ]);
    // 37.5 h × $46.88 = $1,758.00; gross 4,125 + 1,200 + 1,758 = 7,083; less 850 = 6,233.
    expect(text).toContain('$1,758.00');
    expect(text).toContain('Total gross');
    expect(text).toContain('$7,083.00');
    expect(text).toContain('$6,233.00');
    expect(totals).toEqual({ grossCents: 708_300, deductionsCents: 85_000, netCents: 623_300 });
    expect(text).toContain('Deadline under the rule 31 March 2026');
    expect(text).toContain('Cal. Lab. Code §§ 201, 202, 203, 227.3. Last reviewed 15 January 2026');
    expect(text).toContain('Health FSA 31 March 2026 Claims until 30 June 2026');
    expect(text).toContain('27 March 2026');
    // Event 31 March: administrator by 30 April, notice by 14 May, election by 13 July.
    expect(text).toContain('30 April 2026');
    expect(text).toContain('14 May 2026');
    expect(text).toContain('13 July 2026');
    expect(payWarnings).toEqual([]);
  });

  it('warns when pay is planned after the California deadline', async () => {
    const late = await renderFinalPaySummary({ ...FINAL_PAY, payOn: '2026-04-15' });
    expect(late.warnings.map((w) => w.code)).toEqual(['final-pay-after-deadline']);
  });
});

describe('property checklist', () => {
  it('has every item with its box and status, the due date and both signatures', () => {
    const text = texts.checklist!;
    expectInOrder(text, [
      'Return of company property',
      'Nguyễn Thị Minh Khai',
      'Return by 31 March 2026',
      'Items still to return 2 of 4',
      'Items to return',
      '□ Laptop (MacBook Pro 14) Device A-4471 To return',
      '✓ Badge',
      'Returned',
      'Reported lost',
      'Accounts and access',
      '✓ Google Workspace',
      '□ Payroll system Remove approver role',
      'Signatures',
      'Nguyễn Thị Minh Khai',
      'Trần Văn An',
    ]);
  });
});

describe('exit interview form', () => {
  it('has its sections in order with the taxonomy, covenants and consent', () => {
    const text = texts.exit!;
    expectInOrder(text, ['Exit interview', '刘小明', 'Đặng Quốc Bảo', ...EXIT_SECTIONS]);
    expect(text).toContain('voluntary and confidential');
    expect(text).toContain('✓ Career advancement');
    expect(text).toContain('□ Lack of development');
    expect(text).toContain('Non-compete ends 31 March 2027');
    expect(text).toContain('Non-solicitation ends 30 September 2026');
    expect(text).toMatch(/✓\s?I agree that Acme Widgets Inc\. may contact me/);
    expect(text).toMatch(/✓\s?Eligible/);
    expect(exitWarnings).toEqual(['non-compete-state-law']);
  });

  it('prints blank boxes and write-in lines when nothing is pre-filled', async () => {
    const blank = await renderExitInterviewForm({
      ...EXIT,
      reasons: [],
      primaryReason: undefined,
      rehire: undefined,
      alumniContactConsent: undefined,
      nonCompeteEndsOn: undefined,
      notice: undefined,
    });
    const text = flatText(writePdf(blank.pdf.bytes));
    expect(text).not.toContain('✓');
    expect(text).toContain('None recorded');
    expect(blank.warnings).toEqual([]);
  });
});
