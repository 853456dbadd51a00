import { afterAll, describe, expect, it } from 'vitest';
import { PDFDocument } from '../../../src/main/documents/pdf';
import {
  registerFonts,
  splitRuns,
  TEXT_FEATURES,
  useFont,
  type FontName,
} from '../../../src/main/documents/fonts';
import { buildInvestigationReport } from '../../../src/main/documents/investigation-report';
import { renderDocument } from '../../../src/main/documents/render';
import { breakSegments } from '../../../src/main/documents/line-breaks';
import { layoutText, type TextStyle } from '../../../src/main/documents/text';
import { CONTEXT, PEOPLE, REPORT_DETAILS, reportCase } from './case-fixtures';
import { cleanupPdfFiles, flatText, pdfText, writePdf } from './pdf-tools';

afterAll(cleanupPdfFiles);

function scratchDoc(): InstanceType<typeof PDFDocument> {
  const doc = new PDFDocument({ font: null as unknown as string, autoFirstPage: false });
  registerFonts(doc);
  return doc;
}

const BODY: TextStyle = { face: 'regular', size: 10 };
const OPTIONS = { title: 'Layout', lang: 'en', documentId: 'DOC-1', createdAt: new Date(0) };

describe('breakSegments', () => {
  it('breaks after spaces and path separators, never inside ids like ER-2026-0042', () => {
    expect(breakSegments('Case ER-2026-0042 opened')).toEqual(['Case ', 'ER-2026-0042 ', 'opened']);
    expect(breakSegments('/home/zoe/vault')).toEqual(['/', 'home/', 'zoe/', 'vault']);
    expect(breakSegments('well-known')).toEqual(['well-', 'known']);
  });

  it('keeps a short Chinese name whole but lets Chinese prose break between characters', () => {
    expect(breakSegments('by 王小明 today')).toEqual(['by ', '王小明 ', 'today']);
    const prose = '调查报告的结论如下。';
    const segments = breakSegments(prose);
    expect(segments.length).toBeGreaterThan(5);
    expect(segments.join('')).toBe(prose);
    // Closing punctuation never starts a line.
    expect(segments.some((s) => s.startsWith('。'))).toBe(false);
  });
});

describe('font fallback and wrapping', () => {
  it('splits a mixed line into Latin and CJK runs, keeping spaces with the preceding run', () => {
    const runs = splitRuns(scratchDoc(), 'Nguyễn Văn An và 王小明, HR', 'bold');
    expect(runs).toEqual([
      { font: 'latin-bold', text: 'Nguyễn Văn An và ' },
      { font: 'cjk-bold', text: '王小明' },
      { font: 'latin-bold', text: ', HR' },
    ]);
  });

  it('never produces a line wider than the column, even for a long unbroken token', () => {
    const doc = scratchDoc();
    const text = `${'Nguyễn Văn An và 王小明 '.repeat(20)}${'x'.repeat(300)} ${'调查报告'.repeat(40)}`;
    const lines = layoutText(doc, text, BODY, 200);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(200.01);
    const rejoined = lines.map((l) => l.pieces.map((p) => p.text).join('')).join('');
    expect(rejoined.replace(/\s/g, '')).toBe(text.normalize('NFC').replace(/\s/g, ''));
  });

  it('extracts European and Vietnamese names exactly (no stray marks from shaping)', async () => {
    const names = [
      'Nguyễn Thị Minh Khai',
      'Đặng Thị Ánh Tuyết',
      'Trần Quốc Việt',
      'Zoë Ångström',
      'Łukasz Żółć',
      'François Øyvind Ærø',
      'İlkay Şahin Ğ',
    ];
    const path = writePdf(
      await renderDocument({ blocks: [{ type: 'list', items: names }] }, OPTIONS),
    );
    const lines = pdfText(path)
      .split('\n')
      .map((l) => l.replace(/^•\s*/, '').trim());
    for (const name of names) expect(lines).toContain(name);
  });

  it('keeps kerning-prone code groups intact in extracted text', async () => {
    const groups = ['VAWA', 'AVTY', '7AV1', 'WAW6', '6VAX', 'TYPJ', 'LT4A'];
    const path = writePdf(
      await renderDocument({ blocks: [{ type: 'codeGroups', groups, checkLast: true }] }, OPTIONS),
    );
    const text = flatText(path);
    for (const group of groups) expect(text).toContain(group);
  });
});

describe('shaping a word and its trailing space apart (shaping.ts)', () => {
  interface Run {
    glyphs: { id: number }[];
    positions: Record<string, number>[];
  }
  const shapes = (run: Run) => ({
    glyphs: run.glyphs.map((g) => g.id),
    positions: run.positions.map((p) => ({ ...p })),
  });

  it('gives the same glyphs and advances as shaping "word " whole, in every bundled face', () => {
    const doc = scratchDoc();
    const words = new Set(
      [
        ...buildInvestigationReport({
          case: reportCase(),
          people: PEOPLE,
          details: REPORT_DETAILS,
          context: CONTEXT,
          variant: 'full',
        }).spec.blocks.flatMap((b) => JSON.stringify(b).split(/[\s"]+/)),
        // Letters fonts like to kern, quotes, dashes, ligature candidates, marks and CJK.
        ...['T', 'Y', 'V', 'W', 'f', 'r', 'y', 'AV', 'L', 'P', 'F', '7', '1', 'fi', 'ffi'],
        ...[
          '“quoted”',
          '‘a’',
          '—',
          '-',
          '.',
          ',',
          '(',
          ')',
          'Ấ',
          'ị',
          'đ',
          'Ư',
          '王',
          '。',
          '调查',
        ],
      ]
        .map((w) => w.normalize('NFC'))
        .filter(Boolean),
    );
    expect(words.size).toBeGreaterThan(300);
    for (const name of ['latin-regular', 'latin-bold', 'latin-italic', 'latin-semibold'] as const)
      checkFace(name);
    for (const name of ['cjk-regular', 'cjk-bold'] as const) checkFace(name);

    function checkFace(name: FontName): void {
      // The fontkit font itself: shaping with no pdfkit cache or shortcut in between.
      const font = useFont(doc, name).font as unknown as {
        layout(text: string, features: unknown): Run;
      };
      const space = shapes(font.layout(' ', TEXT_FEATURES));
      for (const word of words) {
        const whole = shapes(font.layout(`${word} `, TEXT_FEATURES));
        const apart = shapes(font.layout(word, TEXT_FEATURES));
        expect({ name, word, ...whole }).toEqual({
          name,
          word,
          glyphs: [...apart.glyphs, ...space.glyphs],
          positions: [...apart.positions, ...space.positions],
        });
      }
    }
  });
});
