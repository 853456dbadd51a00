import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DISCIPLINARY_SECTIONS,
  renderDisciplinaryNotice,
} from '../../../src/main/documents/disciplinary-notice';
import { COUNSEL_NOTICE } from '../../../src/main/documents/document-kit';
import {
  renderSeparationAgreement,
  type SeparationAgreementInput,
} from '../../../src/main/documents/separation-agreement';
import {
  renderTerminationLetter,
  type TerminationLetterInput,
} from '../../../src/main/documents/termination-letter';
import { CONTEXT, PEOPLE } from './case-fixtures';
import {
  cleanupPdfFiles,
  expectInOrder,
  flatText,
  pdfFonts,
  qpdfCheck,
  writePdf,
} from './pdf-tools';

const khai = PEOPLE[0]!; // Nguyễn Thị Minh Khai, born 1979-05-14: 46 in 2026
const wang = PEOPLE[1]!; // 王芳
const young = { ...PEOPLE[3]!, dateOfBirth: '1995-07-01' }; // Zoë Ångström, 30

const signatory = { name: 'Jordan Blake', title: 'Head of People' };

const LETTER: TerminationLetterInput = {
  employee: wang,
  signatory,
  caseNumber: 'ER-2026-0042',
  documentDate: '2026-03-27',
  context: CONTEXT,
  jurisdiction: 'US-CA',
  separation: 'discharge',
  reason: 'This follows the investigation into allegation A1.',
  lastDay: '2026-03-31',
  finalPay: { payOn: '2026-03-31', method: 'direct-deposit' },
  benefits: {
    coverageEndsOn: '2026-03-31',
    notes: ['FSA claims may be submitted until 30 June 2026.'],
  },
  property: ['Laptop (asset 4471)', 'Badge', 'Corporate card'],
  obligations: ['Confidentiality agreement of 2021'],
};

const AGREEMENT: SeparationAgreementInput = {
  employee: khai,
  signatory,
  context: CONTEXT,
  jurisdiction: 'US-CA',
  separationDate: '2026-03-31',
  deliveredOn: '2026-03-27',
  programme: 'group',
  consideration: 'a lump sum equal to twelve weeks of base salary',
  governingState: 'California',
  groupDisclosure: {
    decisionalUnit: 'Finance department, San Francisco office',
    eligibilityFactors: 'All positions in the Accounts Payable team.',
    timeLimits: '45 days to consider; 7 days to revoke.',
    rows: [
      { jobTitle: 'Senior analyst', age: 46, selected: true },
      { jobTitle: 'Senior analyst', age: 33, selected: false },
      { jobTitle: 'Accounts assistant', age: 30, selected: false },
      { jobTitle: 'Accounts assistant', age: 58, selected: true },
    ],
  },
};

const texts: Record<string, string> = {};
const paths: Record<string, string> = {};
let letterWarnings: string[] = [];
let agreementWarnings: string[] = [];

beforeAll(async () => {
  const letter = await renderTerminationLetter(LETTER);
  letterWarnings = letter.warnings.map((w) => w.code);
  const agreement = await renderSeparationAgreement(AGREEMENT);
  agreementWarnings = agreement.warnings.map((w) => w.code);
  const young40 = await renderSeparationAgreement({
    ...AGREEMENT,
    employee: young,
    programme: 'individual',
    groupDisclosure: undefined,
  });
  const notice = await renderDisciplinaryNotice({
    employee: wang,
    signatory,
    context: CONTEXT,
    caseNumber: 'ER-2026-0042',
    documentDate: '2026-03-27',
    level: 'final',
    manager: 'Trần Văn An',
    facts: 'On 14 January 2026 you mocked the accent of Nguyễn Thị Minh Khai in the team meeting.',
    substantiated: ['A1: mocked a colleague’s accent (substantiated)'],
    policies: ['Dignity at Work policy, section 3.2'],
    priorActions: [{ on: '2025-06-02', action: 'Written warning for a similar remark' }],
    employeeExplanation: 'You said it was a joke.',
    expectations: ['Treat colleagues with respect', 'Complete the respect-at-work course'],
    reviewBy: '2026-06-30',
    support: ['Employee Assistance Programme'],
    liveUntil: '2027-03-27',
    appeal: { to: 'the Head of Finance', how: 'e-mail', by: '2026-04-03' },
    usAtWill: true,
  });
  for (const pdf of [letter.pdf, agreement.pdf, young40.pdf, notice]) {
    // Every character has a glyph: no empty boxes (⚖, for one, is in no bundled font).
    expect(pdf.missingCharacters).toEqual([]);
  }
  for (const [kind, bytes] of [
    ['letter', letter.pdf.bytes],
    ['agreement', agreement.pdf.bytes],
    ['agreementUnder40', young40.pdf.bytes],
    ['notice', notice.bytes],
  ] as const) {
    paths[kind] = writePdf(bytes);
    texts[kind] = flatText(paths[kind]);
  }
});
afterAll(cleanupPdfFiles);

describe('every termination document', () => {
  it.each(['letter', 'agreement', 'agreementUnder40', 'notice'])(
    '%s: counsel notice, qpdf clean, fonts embedded',
    (kind) => {
      expect(texts[kind]).toContain(COUNSEL_NOTICE);
      expect(qpdfCheck(paths[kind]!)).toContain('No syntax or stream encoding errors');
      for (const font of pdfFonts(paths[kind]!)) expect(font.embedded).toBe(true);
    },
  );
});

describe('termination letter', () => {
  it('has its sections in order, the name exactly, and the California final-pay rule', () => {
    expectInOrder(texts.letter!, [
      'Termination of employment',
      'Dear 王芳,',
      'Final pay',
      'Benefits and COBRA',
      'Return of company property',
      'Continuing obligations',
      'Questions',
    ]);
    expect(texts.letter).toContain(
      '31 March 2026 (on the last day of work; Final pay: California)',
    );
    expect(texts.letter).toContain('Cal. Lab. Code §§ 201, 202, 203');
    expect(texts.letter).toContain(
      'Legal review: verify for your jurisdiction; review with counsel',
    );
    // COBRA: event 31 March, employer notice +30 = 30 April, election notice +14 = 14 May.
    expect(texts.letter).toContain('Election notice due by 14 May 2026');
    expect(letterWarnings).toEqual([]);
  });

  it('warns when California final pay is late', async () => {
    const late = await renderTerminationLetter({
      ...LETTER,
      finalPay: { payOn: '2026-04-10', method: 'check' },
    });
    expect(late.warnings.map((w) => w.code)).toEqual(['final-pay-after-deadline']);
  });
});

describe('separation agreement', () => {
  it('includes the OWBPA clauses for an employee of 40 or over, with computed dates', () => {
    const text = texts.agreement!;
    expectInOrder(text, [
      'Separation agreement and general release',
      '1. Separation',
      '2. Consideration',
      '3. General release of claims',
      '4. Claims not released',
      '5. Waiver of age discrimination claims',
      '6. Information about the group termination programme',
      '7. No admission',
    ]);
    expect(text).toContain('Nguyễn Thị Minh Khai');
    expect(text).toContain('Age Discrimination in Employment Act of 1967 (ADEA)');
    expect(text).toContain('advised in writing to consult an attorney');
    // Group programme: delivered 27 March + 45 days = 11 May 2026.
    expect(text).toContain('45 days, until 11 May 2026');
    expect(text).toContain('7 days after you sign');
    expect(text).toMatch(/Senior analyst 33 0 1/);
    expect(text).toMatch(/Senior analyst 46 1 0/);
    expect(agreementWarnings).toEqual([]);
  });

  it('leaves the age-waiver clauses out under 40', () => {
    expect(texts.agreementUnder40).not.toContain('Waiver of age discrimination claims');
    expect(texts.agreementUnder40).not.toContain('ADEA');
    expect(texts.agreementUnder40).toContain('Zoë Ångström');
    expect(texts.agreementUnder40).not.toContain('Inc..');
  });

  it('warns on a short revocation period and missing consideration', async () => {
    const bad = await renderSeparationAgreement({
      ...AGREEMENT,
      revocationDays: 3,
      consideration: '',
    });
    expect(bad.warnings.map((w) => w.code)).toEqual([
      'release-consideration-missing',
      'revocation-period-too-short',
    ]);
  });
});

describe('disciplinary notice', () => {
  it('has every §7 element in order', () => {
    expectInOrder(texts.notice!, [
      'Final written warning',
      '王芳',
      'Trần Văn An',
      'Place in the progressive sequence',
      ...DISCIPLINARY_SECTIONS,
    ]);
    expect(texts.notice).toContain('Nguyễn Thị Minh Khai');
    expect(texts.notice).toContain('THIS STEP');
    expect(texts.notice).toContain('up to and including suspension');
    expect(texts.notice).toContain('receipt, not agreement');
    expect(texts.notice).toContain('at-will');
    expect(texts.notice).toContain('no later than 3 April 2026');
  });
});
