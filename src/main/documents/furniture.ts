import { COLORS, type Flow } from './flow';
import type { Doc } from './pdf';
import type { RenderOptions } from './spec';
import { drawLines, drawText, layoutText, textHeight, type TextStyle } from './text';

/**
 * Page furniture: the letterhead (first page, in the flow), and the running header and footer
 * (every page, drawn after layout because "Page X of Y" needs the final page count).
 * Header and footer are Pagination artifacts, so assistive technology reads the body only.
 */

export const SIDE_MARGIN = 56;
const EDGE = 28;
const MARKING: TextStyle = {
  face: 'bold',
  size: 8.5,
  leading: 1.3,
  color: COLORS.marking,
  characterSpacing: 1.2,
};
const SMALL: TextStyle = { face: 'regular', size: 7.5, leading: 1.35, color: COLORS.muted };
const SMALL_STRONG: TextStyle = { ...SMALL, face: 'semibold' };
const RUNNING: TextStyle = { face: 'semibold', size: 8, leading: 1.35, color: COLORS.muted };
const ORG: TextStyle = { face: 'bold', size: 15, leading: 1.25, color: COLORS.accent };
const ADDRESS: TextStyle = { face: 'regular', size: 8.5, leading: 1.4, color: COLORS.muted };
const LOGO_BOX = { width: 130, height: 48 };

export interface FurnitureLayout {
  /** Top of the text column. */
  top: number;
  /** Lowest y the text column may reach. */
  bottom: number;
  draw(doc: Doc, pageIndex: number, pageCount: number): void;
}

function marking(options: RenderOptions): { word: string; line?: string } | null {
  if (options.confidentiality === null) return null;
  const c = options.confidentiality ?? {};
  return { word: c.marking ?? 'CONFIDENTIAL', ...(c.line ? { line: c.line } : {}) };
}

/** Measure header and footer once, so every page reserves the same space for them. */
export function planFurniture(doc: Doc, options: RenderOptions): FurnitureLayout {
  const { width: pageWidth, height: pageHeight } = doc.page;
  const width = pageWidth - 2 * SIDE_MARGIN;
  const right = SIDE_MARGIN + width;
  const mark = marking(options);
  // The marking column is as wide as its text (up to 55 %); the running title gets the rest.
  const markMax = width * 0.55;
  const markLines = mark ? layoutText(doc, mark.word, MARKING, markMax) : [];
  const noteLines = mark?.line ? layoutText(doc, mark.line, SMALL, markMax) : [];
  const markWidth = Math.max(0, ...[...markLines, ...noteLines].map((l) => l.width));
  const running = [options.organisation?.name, options.title].filter(Boolean).join(' · ');
  const runningLines = layoutText(doc, running, RUNNING, width - markWidth - 16).slice(0, 2);
  const headerHeight = Math.max(
    textHeight(markLines, MARKING) + textHeight(noteLines, SMALL),
    textHeight(runningLines, RUNNING),
  );
  const headerRule = EDGE + headerHeight + 5;

  const pageLabelWidth = 90;
  const idLine = `Document ID ${options.documentId}`;
  const leftLines = [
    ...layoutText(doc, idLine, SMALL, width - pageLabelWidth),
    ...(options.auditCheckpoint
      ? layoutText(doc, options.auditCheckpoint, SMALL, width - pageLabelWidth)
      : []),
  ];
  const footerHeight = textHeight(leftLines, SMALL);
  const footerRule = pageHeight - EDGE - footerHeight - 5;

  const draw = (d: Doc, pageIndex: number, pageCount: number): void => {
    d.markContent('Artifact', { type: 'Pagination' });
    let y = EDGE;
    if (mark) {
      y = drawLines(d, markLines, MARKING, right - markWidth, y, markWidth, 'right');
      drawLines(d, noteLines, SMALL, right - markWidth, y, markWidth, 'right');
    }
    // Page one carries the letterhead or title block; later pages say whose document this is.
    if (pageIndex > 0)
      drawLines(d, runningLines, RUNNING, SIDE_MARGIN, EDGE, width - markWidth - 16);
    d.save().lineWidth(0.6).strokeColor(COLORS.rule);
    d.moveTo(SIDE_MARGIN, headerRule).lineTo(right, headerRule).stroke();
    d.moveTo(SIDE_MARGIN, footerRule).lineTo(right, footerRule).stroke().restore();
    drawLines(d, leftLines, SMALL, SIDE_MARGIN, footerRule + 5, width - pageLabelWidth);
    const pageLabel = `Page ${pageIndex + 1} of ${pageCount}`;
    drawText(
      d,
      pageLabel,
      SMALL_STRONG,
      right - pageLabelWidth,
      footerRule + 5,
      pageLabelWidth,
      'right',
    );
    d.endMarkedContent();
  };

  return { top: headerRule + 20, bottom: footerRule - 16, draw };
}

/** The organisation block at the top of page one, with the logo on the right when given. */
export function drawLetterhead(flow: Flow, options: RenderOptions): void {
  const org = options.organisation;
  if (!org) return;
  const doc = flow.doc;
  const textWidth = org.logo ? flow.width - LOGO_BOX.width - 16 : flow.width;
  const top = flow.y;
  if (org.logo) {
    const logo = Buffer.from(org.logo);
    flow.artifact(() => {
      doc.image(logo, flow.left + flow.width - LOGO_BOX.width, top, {
        fit: [LOGO_BOX.width, LOGO_BOX.height],
        align: 'right',
      });
    });
  }
  const block = flow.element('Div');
  flow.flowText(flow.element('P', block), org.name, ORG, flow.left, textWidth);
  if (org.addressLines && org.addressLines.length > 0) {
    flow.y += 2;
    flow.flowText(
      flow.element('P', block),
      org.addressLines.join('\n'),
      ADDRESS,
      flow.left,
      textWidth,
    );
  }
  flow.y = Math.max(flow.y, org.logo ? top + LOGO_BOX.height : 0) + 22;
}
