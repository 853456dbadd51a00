import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPORT_SECTIONS,
  renderInvestigationReport,
} from '../../../src/main/documents/investigation-report';
import { createRedactor, nameParts, roleLabels } from '../../../src/main/documents/redaction';
import {
  CONTEXT,
  id,
  P,
  PEOPLE,
  REDACTED_NAMES,
  REPORT_DETAILS,
  reportCase,
} from './case-fixtures';
import {
  cleanupPdfFiles,
  expectInOrder,
  flatText,
  pdfFonts,
  pdfOutline,
  pdfStructText,
  pdfText,
  qpdfCheck,
  qpdfShowEncryption,
  pdfTextWithPassword,
  writePdf,
} from './pdf-tools';

let fullPath = '';
let redactedPath = '';
let full = '';
let redacted = '';

beforeAll(async () => {
  const base = { case: reportCase(), people: PEOPLE, details: REPORT_DETAILS, context: CONTEXT };
  fullPath = writePdf((await renderInvestigationReport({ ...base, variant: 'full' })).bytes);
  redactedPath = writePdf(
    (await renderInvestigationReport({ ...base, variant: 'redacted' })).bytes,
  );
  full = flatText(fullPath);
  redacted = flatText(redactedPath);
});
afterAll(cleanupPdfFiles);

/** The headings in order in the body: the search starts after the contents table's last entry. */
function inOrder(text: string, headings: readonly string[]): void {
  expectInOrder(text, headings, text.indexOf('Sign-off') + 'Sign-off'.length);
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLocaleLowerCase('und');

describe('investigation report (full)', () => {
  it('has every checklist section in order, bookmarked', () => {
    inOrder(full, REPORT_SECTIONS);
    const outline = pdfOutline(fullPath).map((o) => o.title);
    expect(outline).toEqual([...REPORT_SECTIONS]);
  });

  it('prints the contents with the page of each section', () => {
    const outline = pdfOutline(fullPath);
    for (const item of outline) expect(full).toContain(`${item.title} ${item.page}`);
  });

  it('prints, for each section, the page its heading is actually drawn on', async () => {
    // Grown past the fixture so the later sections spread over many pages.
    const base = reportCase();
    const timeline = Array.from({ length: 120 }, (_, i) => ({
      ...base.timeline[i % base.timeline.length]!,
      id: id(90_000 + i),
    }));
    const rendered = await renderInvestigationReport({
      case: { ...base, timeline },
      people: PEOPLE,
      details: REPORT_DETAILS,
      context: CONTEXT,
      variant: 'full',
    });
    const path = writePdf(rendered.bytes);
    const pages = pdfText(path).split('\f');
    const structure = pdfStructText(path).replace(/\s+/g, ' ');
    const contentsPage = pages.findIndex((t) => t.includes('Contents'));
    const contents = pages[contentsPage]!.replace(/\s+/g, ' ');
    let previous = contentsPage + 1;
    for (const section of REPORT_SECTIONS) {
      const printed = new RegExp(`${section.replace(/[.]/g, '\\.')} (\\d+)`).exec(contents);
      expect(printed, section).not.toBeNull();
      const page = Number(printed![1]);
      // The heading's own line: the first page after the contents that has it.
      const actual =
        pages.findIndex(
          (t, i) => i > contentsPage && t.split('\n').some((line) => line.trim() === section),
        ) + 1;
      expect(page, section).toBe(actual);
      // The number is drawn after layout, yet tagged in its row: assistive technology reads it.
      expect(structure).toContain(`TD "${section}" TD "${page}"`);
      expect(page, section).toBeGreaterThanOrEqual(previous);
      previous = page;
    }
    expect(previous, 'the appendices are pages away from the start').toBeGreaterThan(8);
    expect(rendered.pageCount).toBe(pages.filter((t) => t.trim()).length);
  });

  it('prints every name exactly, in any script', () => {
    for (const name of ['Nguyễn Thị Minh Khai', '王芳', '刘小明', 'Zoë Ångström', 'Trần Văn An']) {
      expect(full).toContain(name);
    }
  });

  it('shows findings with supporting and contrary evidence, and flags unaddressed contrary evidence', () => {
    expect(full).toContain('A1. Substantiated');
    expect(full).toContain('E1 Teams chat export');
    expect(full).toContain('Discounted: the rota (E2) shows Ångström left at 10:15.');
    expect(full).toContain('NOT YET ADDRESSED');
    expect(full).toContain('A2. Inconclusive');
  });

  it('lists evidence with its SHA-256, the chronology and the standard of proof', () => {
    expect(full).toContain('3f9a6c1e3f9a6c1e 3f9a6c1e3f9a6c1e 3f9a6c1e3f9a6c1e 3f9a6c1e3f9a6c1e');
    expect(full).toContain('balance of probabilities');
    expect(full).toContain('Audio of the meeting — Meetings are not recorded.');
    expect(full).toContain('Phạm Đức Thắng, Contractor — Phạm Đức Thắng is a contractor');
  });

  it('is clean for qpdf with every font embedded', () => {
    expect(qpdfCheck(fullPath)).toContain('No syntax or stream encoding errors');
    const fonts = pdfFonts(fullPath);
    expect(fonts.length).toBeGreaterThan(1);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true });
  });

  it('organisations can reword a clause', async () => {
    const custom = await renderInvestigationReport({
      case: reportCase(),
      people: PEOPLE,
      details: REPORT_DETAILS,
      context: {
        ...CONTEXT,
        organisation: {
          ...CONTEXT.organisation,
          clauses: {
            'report.standardOfProof': 'Findings use the civil standard at {organisation}.',
          },
        },
      },
      variant: 'full',
    });
    const text = flatText(writePdf(custom.bytes));
    expect(text).toContain('Findings use the civil standard at Acme Widgets Inc.');
    expect(text).not.toContain('not appropriate for a workplace investigation');
  });
});

describe('investigation report (redacted)', () => {
  it('keeps the same sections', () => {
    inOrder(redacted, REPORT_SECTIONS);
    expect(redacted).toContain('Redacted copy');
  });

  it('contains no real name or name part anywhere, with or without diacritics', () => {
    const folded = fold(redacted);
    for (const name of REDACTED_NAMES) {
      for (const part of nameParts(name)) {
        expect(redacted.toLocaleLowerCase('und'), part).not.toContain(
          part.toLocaleLowerCase('und'),
        );
        expect(folded, `${part} (folded)`).not.toMatch(
          new RegExp(`(?<![\\p{L}\\p{N}])${fold(part)}(?![\\p{L}\\p{N}])`, 'u'),
        );
      }
    }
  });

  it('uses role labels everywhere, including file names and appendices', () => {
    expect(redacted).toContain('Complainant');
    expect(redacted).toContain('Respondent B');
    expect(redacted).toContain('Witness A');
    expect(redacted).toContain('Teams chat export - Complainant and Respondent.pdf');
    expect(redacted).toContain('Respondent_rota_January.xlsx');
    expect(redacted).toContain('statement_Witness A.docx');
    // The investigator and reviewer are not parties and stay named.
    expect(redacted).toContain('Sam Rivera');
  });

  it('is clean for qpdf with every font embedded', () => {
    expect(qpdfCheck(redactedPath)).toContain('No syntax or stream encoding errors');
    for (const font of pdfFonts(redactedPath)) expect(font.embedded).toBe(true);
  });

  it('can be password protected (R 6)', async () => {
    const locked = await renderInvestigationReport({
      case: reportCase(),
      people: PEOPLE,
      details: REPORT_DETAILS,
      context: { ...CONTEXT, protection: { userPassword: 'tribunal-2026' } },
      variant: 'redacted',
    });
    const path = writePdf(locked.bytes);
    expect(qpdfShowEncryption(path, 'tribunal-2026')).toContain('R = 6');
    expect(pdfTextWithPassword(path, 'tribunal-2026').replace(/\s+/g, ' ')).toBe(redacted);
  });
});

describe('redaction rules', () => {
  const labels = roleLabels(reportCase().parties);

  it('labels roles: Complainant, Respondent, Respondent B, Witness A, Witness B', () => {
    expect([...labels.entries()]).toEqual([
      [P.khai, 'Complainant'],
      [P.wang, 'Respondent'],
      [P.liu, 'Respondent B'],
      [P.zoe, 'Witness A'],
      [P.an, 'Witness B'],
    ]);
  });

  const redactor = createRedactor(PEOPLE, labels);
  it.each([
    ['Nguyễn Thị Minh Khai said', 'Complainant said'],
    ['NGUYEN THI MINH KHAI', 'Complainant'],
    ['nguyen_thi_minh_khai.pdf', 'Complainant.pdf'],
    ['Ms Nguyễn and Khai', 'Ms Complainant and Complainant'],
    ['Minh', 'Complainant'],
    ['王芳说', 'Respondent说'],
    ['小明 laughed', 'Respondent B laughed'],
    ['Zoe Angstrom; zoë', 'Witness A; Witness A'],
    ['Annual leave for An', 'Annual leave for An'], // two-letter parts are left alone
    ['The Minhkai project', 'The Minhkai project'], // whole words only
    ['Ma\u0300 Trần', 'Mà Witness B'], // decomposed input is NFC-normalised
  ])('%s → %s', (input, expected) => {
    expect(redactor.redact(input)).toBe(expected);
  });

  it('a part shared by two people becomes [name redacted]', () => {
    const r = createRedactor(
      [
        { id: P.khai, name: 'Nguyễn Thị Minh Khai' },
        { id: P.an, name: 'Nguyễn Văn An' },
      ],
      new Map([
        [P.khai, 'Complainant'],
        [P.an, 'Witness A'],
      ]),
    );
    expect(r.redact('Nguyễn Văn An and Ms Nguyễn')).toBe('Witness A and Ms [name redacted]');
  });
});
