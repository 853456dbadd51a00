import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocument, renderPdf } from '../../../src/main/documents/render';
import type { Block, RenderOptions } from '../../../src/main/documents/spec';
import {
  cleanupPdfFiles,
  flatText,
  pdfFonts,
  pdfImages,
  pdfInfo,
  pdfOutline,
  pdfText,
  qdf,
  qpdfCheck,
  writePdf,
} from './pdf-tools';

const OPTIONS: RenderOptions = {
  title: 'Investigation report ER-2026-0042',
  lang: 'en-GB',
  organisation: { name: 'Acme Widgets Ltd', addressLines: ['1 High Street', 'London EC1A 1AA'] },
  confidentiality: { line: 'Prepared for the disciplinary hearing' },
  documentId: 'DOC-7f3a-0042',
  auditCheckpoint: 'Audit checkpoint #1234 · 3f9a6c1e',
  createdAt: new Date('2026-03-20T10:00:00Z'),
};

const MIXED = 'Nguyễn Văn An và 王小明';

function exhibitRows(count: number): string[][] {
  return Array.from({ length: count }, (_, i) => [
    `E-${i + 1}`,
    i % 5 === 0
      ? `Witness statement of 王小明 about the meeting with Zoë Ångström, item ${i + 1}`
      : `Email from Nguyễn Thị Minh Khai, item ${i + 1}`,
    '2026-03-01',
  ]);
}

const REPORT: Block[] = [
  { type: 'title', text: 'Investigation report', subtitle: 'Grievance by Zoë Ångström' },
  { type: 'heading', level: 1, text: 'Case identification' },
  {
    type: 'keyValue',
    items: [
      { key: 'Case number', value: 'ER-2026-0042' },
      { key: 'Investigator', value: MIXED },
    ],
  },
  { type: 'heading', level: 2, text: 'Scope' },
  { type: 'paragraph', text: `${MIXED} attended. `.repeat(30) },
  { type: 'list', items: ['Interview with Zoë Ångström', 'Interview with 王小明'] },
  { type: 'list', ordered: true, items: ['First step', 'Second step'] },
  { type: 'heading', level: 1, text: 'Exhibit index' },
  {
    type: 'table',
    columns: [
      { header: 'Exhibit No.', weight: 1 },
      { header: 'Description', weight: 4 },
      { header: 'Received', weight: 1.4, align: 'right' },
    ],
    rows: exhibitRows(90),
  },
  { type: 'heading', level: 1, text: 'Sign-off' },
  {
    type: 'signatures',
    signatories: [
      { name: 'Nguyễn Thị Minh Khai', title: 'Investigator' },
      { name: '王小明', title: 'Reviewer' },
    ],
  },
];

let reportPath = '';
let reportPages = 0;

beforeAll(async () => {
  const rendered = await renderPdf({ blocks: REPORT }, OPTIONS);
  reportPath = writePdf(rendered.bytes);
  reportPages = rendered.pageCount;
});
afterAll(cleanupPdfFiles);

describe('renderDocument: text', () => {
  it('draws decomposed input as NFC, so extraction yields the composed name', async () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Minh Khai';
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const path = writePdf(
      await renderDocument({ blocks: [{ type: 'paragraph', text: decomposed }] }, OPTIONS),
    );
    const text = pdfText(path);
    expect(text).toContain('Nguyễn Thị Minh Khai');
    expect(text).not.toContain('\u0302');
    expect(text).not.toContain('\u0323');
  });

  it('renders Latin, Vietnamese and Chinese on one line with both font families embedded', async () => {
    const path = writePdf(
      await renderDocument({ blocks: [{ type: 'paragraph', text: MIXED }] }, OPTIONS),
    );
    const lines = pdfText(path).split('\n');
    expect(lines.some((line) => line.includes(MIXED))).toBe(true);
    const fonts = pdfFonts(path);
    expect(fonts.some((f) => /^[A-Z]{6}\+NotoSans-Regular$/.test(f.name))).toBe(true);
    expect(fonts.some((f) => /^[A-Z]{6}\+NotoSansHans-Regular$/.test(f.name))).toBe(true);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
    // No standard-14 font sneaks in: Helvetica cannot draw most of the names we print.
    expect(fonts.every((f) => f.name.includes('NotoSans'))).toBe(true);
  });

  it('wraps a long mixed-script paragraph onto many lines without losing words', () => {
    const text = flatText(reportPath, 1);
    // 30 repetitions cannot fit one line; every one must survive wrapping.
    expect(text.split('王小明 attended.').length - 1).toBe(30);
    const lines = pdfText(reportPath, 1).split('\n');
    const scopeLines = lines.filter((l) => l.includes('attended.'));
    expect(scopeLines.length).toBeGreaterThan(3);
  });
});

describe('renderDocument: pages and furniture', () => {
  it('repeats the table header row on every page the table spans', () => {
    expect(reportPages).toBeGreaterThanOrEqual(3);
    const pagesWithRows: number[] = [];
    for (let page = 1; page <= reportPages; page += 1) {
      const text = pdfText(reportPath, page);
      if (/E-\d+\s/.test(text)) {
        pagesWithRows.push(page);
        expect(text, `page ${page}`).toContain('Exhibit No.');
        expect(text, `page ${page}`).toContain('Description');
        expect(text, `page ${page}`).toContain('Received');
      }
    }
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(2);
    // Every row is present exactly once.
    const all = flatText(reportPath);
    for (const n of [1, 45, 90]) expect(all.match(new RegExp(`E-${n} `, 'g'))?.length).toBe(1);
  });

  it('prints "Page X of Y", the document id, the checkpoint and the marking on every page', () => {
    for (let page = 1; page <= reportPages; page += 1) {
      const text = flatText(reportPath, page);
      expect(text).toContain(`Page ${page} of ${reportPages}`);
      expect(text).toContain('Document ID DOC-7f3a-0042');
      expect(text).toContain('Audit checkpoint #1234 · 3f9a6c1e');
      expect(text).toContain('CONFIDENTIAL');
      expect(text).toContain('Prepared for the disciplinary hearing');
    }
    expect(flatText(reportPath, 1)).toContain('1 High Street London EC1A 1AA');
  });

  it('adds headings to the outline, nested by level, pointing at their pages', () => {
    const outline = pdfOutline(reportPath);
    expect(outline.map((o) => o.title)).toEqual([
      'Case identification',
      'Exhibit index',
      'Sign-off',
    ]);
    expect(outline[0]?.kids.map((k) => k.title)).toEqual(['Scope']);
    expect(outline[0]?.page).toBe(1);
    const signOff = outline[2];
    expect(signOff?.page).toBe(reportPages);
    expect(pdfText(reportPath, signOff?.page)).toContain('Sign-off');
  });

  it('keeps a heading on the same page as the block that follows it', async () => {
    // A filler paragraph of N small lines (11.9 pt pitch) walks the heading down past the page
    // foot in steps smaller than a body line, so some N leaves room for the heading alone.
    let movedToPageTwo = 0;
    for (let n = 46; n <= 58; n += 1) {
      const filler = Array.from({ length: n }, (_, i) => `Filler line ${i + 1}`).join('\n');
      const blocks: Block[] = [
        { type: 'paragraph', tone: 'small', text: filler },
        { type: 'heading', level: 2, text: 'Findings of fact' },
        {
          type: 'paragraph',
          text: 'The allegation is substantiated on the balance of probabilities.',
        },
      ];
      const path = writePdf(
        await renderDocument({ blocks }, { ...OPTIONS, organisation: undefined }),
      );
      const headingPage = pdfText(path, 1).includes('Findings of fact') ? 1 : 2;
      if (headingPage === 2) movedToPageTwo += 1;
      expect(pdfText(path, headingPage), `after ${n} filler lines`).toContain(
        'balance of probabilities',
      );
    }
    expect(movedToPageTwo).toBeGreaterThan(0);
  });
});

describe('renderDocument: file structure and metadata', () => {
  it('passes qpdf --check', () => {
    expect(qpdfCheck(reportPath)).toContain('No syntax or stream encoding errors');
  });

  it('sets title, author and creator, is tagged and carries the language', () => {
    const info = pdfInfo(reportPath);
    expect(info.Title).toBe('Investigation report ER-2026-0042');
    expect(info.Author).toBe('Acme Widgets Ltd');
    expect(info.Creator).toBe('Confidant');
    expect(info.Producer).toBe('Confidant');
    expect(info.Tagged).toBe('yes');
    expect(info.Subject).toBeUndefined();
    expect(info.Keywords).toBeUndefined();
    const catalog = qdf(reportPath);
    expect(catalog).toContain('/Lang (en-GB)');
    expect(catalog).toContain('/StructTreeRoot');
  });

  it('escapes XML in the XMP packet (an organisation called "Marks & Spencer")', async () => {
    const path = writePdf(
      await renderDocument(
        { blocks: [{ type: 'paragraph', text: 'Text' }] },
        { ...OPTIONS, title: 'Notes <draft> & "final"', organisation: { name: 'Marks & Spencer' } },
      ),
    );
    const xmp = /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(qdf(path))?.[0] ?? '';
    expect(xmp).toContain('Marks &amp; Spencer');
    expect(xmp).toContain('Notes &lt;draft&gt; &amp; &quot;final&quot;');
    expect(pdfInfo(path).Author).toBe('Marks & Spencer');
  });

  it('is reproducible for the same input and creation time (the audit log stores its hash)', async () => {
    const spec = { blocks: [{ type: 'paragraph' as const, text: MIXED }] };
    const a = await renderDocument(spec, OPTIONS);
    const b = await renderDocument(spec, OPTIONS);
    expect(a.equals(b)).toBe(true);
  });
});

describe('renderDocument: letterhead and coverage', () => {
  it('draws the organisation logo on the first page only', async () => {
    const logo = readFileSync(join(__dirname, '../../../resources/icon.png'));
    const blocks: Block[] = [
      { type: 'paragraph', text: 'First page' },
      { type: 'pageBreak' },
      { type: 'paragraph', text: 'Second page' },
    ];
    const path = writePdf(
      await renderDocument({ blocks }, { ...OPTIONS, organisation: { name: 'Acme', logo } }),
    );
    expect(pdfImages(path)).toEqual([{ page: 1, width: 512, height: 512 }]);
    expect(flatText(path, 2)).toContain('Acme · Investigation report ER-2026-0042');
  });

  it('reports characters no bundled font can draw instead of failing silently', async () => {
    const ok = await renderPdf({ blocks: [{ type: 'paragraph', text: MIXED }] }, OPTIONS);
    expect(ok.missingCharacters).toEqual([]);
    const korean = await renderPdf(
      { blocks: [{ type: 'paragraph', text: 'Interview with 김민준' }] },
      OPTIONS,
    );
    expect(korean.missingCharacters).toEqual(['김', '민', '준']);
  });
});

describe('renderDocument: input validation', () => {
  it('rejects a logo that is not PNG or JPEG before rendering anything', async () => {
    const options = { ...OPTIONS, organisation: { name: 'Acme', logo: Buffer.from('GIF89a') } };
    await expect(
      renderDocument({ blocks: [{ type: 'paragraph', text: 'x' }] }, options),
    ).rejects.toMatchObject({ code: 'InvalidInput', message: expect.stringContaining('logo') });
  });

  it('rejects a table row with the wrong number of cells, naming the field', async () => {
    const bad = {
      blocks: [
        { type: 'table', columns: [{ header: 'A' }, { header: 'B' }], rows: [['only one']] },
      ],
    } as unknown as Parameters<typeof renderDocument>[0];
    await expect(renderDocument(bad, OPTIONS)).rejects.toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('blocks.0.rows'),
    });
  });

  it('rejects an unknown block type and a missing document id', async () => {
    const unknown = { blocks: [{ type: 'marquee', text: 'x' }] } as unknown as Parameters<
      typeof renderDocument
    >[0];
    await expect(renderDocument(unknown, OPTIONS)).rejects.toMatchObject({ code: 'InvalidInput' });
    const noId = { ...OPTIONS, documentId: '' };
    await expect(
      renderDocument({ blocks: [{ type: 'paragraph', text: 'x' }] }, noId),
    ).rejects.toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('documentId'),
    });
  });
});
