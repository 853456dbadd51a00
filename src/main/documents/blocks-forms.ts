import { COLORS, type Flow } from './flow';
import type { BlockOf } from './spec';
import { drawText, layoutText, lineHeight, textHeight, type TextStyle } from './text';

/** Blocks that are filled in or read off paper: signature blocks, write-in lines, code grids. */

const LABEL: TextStyle = { face: 'regular', size: 7.5, leading: 1.3, color: COLORS.muted };
const NAME: TextStyle = { face: 'semibold', size: 10, leading: 1.35, color: COLORS.text };
const ROLE: TextStyle = { face: 'regular', size: 9, leading: 1.35, color: COLORS.muted };
const WRITE_IN: TextStyle = { face: 'semibold', size: 9, leading: 1.35, color: COLORS.muted };
const GROUP: TextStyle = {
  face: 'semibold',
  size: 19,
  leading: 1.2,
  color: COLORS.text,
  characterSpacing: 2.5,
  code: true,
};
const SIGN_SPACE = 34;
const DATE_SPACE = 22;
const COLUMN_GAP = 28;
const CELL_HEIGHT = 44;
const CELL_GAP = 8;

function line(flow: Flow, x: number, y: number, width: number): void {
  flow.artifact(() => {
    flow.doc
      .save()
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.8)
      .strokeColor(COLORS.text)
      .stroke()
      .restore();
  });
}

export function drawSignatures(flow: Flow, block: BlockOf<'signatures'>): void {
  const width = (flow.width - COLUMN_GAP) / 2;
  const section = flow.element('Div');
  for (let i = 0; i < block.signatories.length; i += 2) {
    const pair = block.signatories.slice(i, i + 2);
    const heights = pair.map((s) => {
      const extra = [s.title, s.role].filter(Boolean).join(' · ');
      return (
        SIGN_SPACE +
        lineHeight(LABEL) +
        4 +
        textHeight(layoutText(flow.doc, s.name, NAME, width), NAME) +
        (extra ? textHeight(layoutText(flow.doc, extra, ROLE, width), ROLE) : 0) +
        DATE_SPACE +
        lineHeight(LABEL)
      );
    });
    const height = Math.max(...heights);
    // A signature block is never split: a signature on a page without the name under it is void.
    flow.ensure(height);
    const top = flow.y;
    pair.forEach((s, j) => {
      const x = flow.left + j * (width + COLUMN_GAP);
      const sig = flow.element('Div', section);
      let y = top + SIGN_SPACE;
      line(flow, x, y, width);
      flow.mark(flow.element('P', sig), () => {
        y = drawText(flow.doc, 'Signature', LABEL, x, y + 1, width) + 3;
        y = drawText(flow.doc, s.name, NAME, x, y, width);
        const extra = [s.title, s.role].filter(Boolean).join(' · ');
        if (extra) y = drawText(flow.doc, extra, ROLE, x, y, width);
      });
      y += DATE_SPACE;
      line(flow, x, y, Math.min(width, 150));
      flow.mark(flow.element('P', sig), () => {
        drawText(flow.doc, 'Date', LABEL, x, y + 1, width);
      });
    });
    flow.y = top + height + 14;
  }
}

export function drawWriteIn(flow: Flow, block: BlockOf<'writeIn'>): void {
  const count = block.lines ?? 1;
  const labelLines = layoutText(flow.doc, block.label, WRITE_IN, flow.width);
  flow.ensure(textHeight(labelLines, WRITE_IN) + count * 24 + 4);
  flow.flowLines(flow.element('P'), labelLines, WRITE_IN);
  for (let i = 0; i < count; i += 1) {
    flow.y += 24;
    line(flow, flow.left, flow.y, flow.width);
  }
  flow.y += 14;
}

function gridShape(flow: Flow, block: BlockOf<'codeGroups'>): { columns: number; rows: number } {
  const columns = Math.min(block.columns ?? 4, block.groups.length);
  return { columns, rows: Math.ceil(block.groups.length / columns) };
}

export function codeGroupsHeight(flow: Flow, block: BlockOf<'codeGroups'>): number {
  const { rows } = gridShape(flow, block);
  const caption = block.caption
    ? textHeight(layoutText(flow.doc, block.caption, LABEL, flow.width), LABEL) + 4
    : 0;
  return rows * CELL_HEIGHT + (rows - 1) * CELL_GAP + caption;
}

/**
 * A grid of numbered cells, one group each, large and letter-spaced so it can be typed back from
 * paper. Noto Sans has tabular digits; the Crockford alphabet has no I, L, O or U to confuse.
 */
export function drawCodeGroups(flow: Flow, block: BlockOf<'codeGroups'>): void {
  const { columns } = gridShape(flow, block);
  flow.ensure(codeGroupsHeight(flow, block));
  const cellWidth = (flow.width - (columns - 1) * CELL_GAP) / columns;
  const element = flow.element('P');
  const top = flow.y;
  const groupHeight = lineHeight(GROUP);
  block.groups.forEach((group, i) => {
    const isCheck = block.checkLast === true && i === block.groups.length - 1;
    const x = flow.left + (i % columns) * (cellWidth + CELL_GAP);
    const y = top + Math.floor(i / columns) * (CELL_HEIGHT + CELL_GAP);
    flow.artifact(() => {
      const doc = flow.doc.save().roundedRect(x, y, cellWidth, CELL_HEIGHT, 4);
      if (isCheck) doc.fillAndStroke(COLORS.tint, COLORS.accent);
      else doc.lineWidth(0.8).stroke(COLORS.rule);
      flow.doc.restore();
      drawText(flow.doc, isCheck ? 'CHECK' : String(i + 1), LABEL, x + 6, y + 3, cellWidth - 12);
    });
    // Each group is its own line of text so extraction and screen readers keep groups apart.
    flow.mark(element, () => {
      const groupY = y + (CELL_HEIGHT - groupHeight) / 2 + 3;
      drawText(
        flow.doc,
        group,
        isCheck ? { ...GROUP, color: COLORS.accent } : GROUP,
        x,
        groupY,
        cellWidth,
        'center',
      );
    });
  });
  const { rows } = gridShape(flow, block);
  flow.y = top + rows * CELL_HEIGHT + (rows - 1) * CELL_GAP + 5;
  if (block.caption) flow.flowText(flow.element('P'), block.caption, LABEL);
  flow.y += 10;
}
