import { COLORS, type Flow, type StructElement } from './flow';
import type { BlockOf } from './spec';
import { drawLines, layoutText, lineHeight, type Align, type Line, type TextStyle } from './text';

/**
 * Tables and key–value blocks. pdfkit 0.20 has its own table, but it draws each cell with a single
 * font (a CJK name in a cell would be missing-glyph boxes) and cannot repeat a header row, so rows
 * are drawn here with the fallback-aware text layout.
 */

const PAD_X = 5;
const PAD_Y = 4;
const KV_PAD_Y = 2.5;
export const HEADER_STYLE: TextStyle = {
  face: 'semibold',
  size: 8.5,
  leading: 1.35,
  color: COLORS.accent,
};
export const CELL_STYLE: TextStyle = {
  face: 'regular',
  size: 9.5,
  leading: 1.4,
  color: COLORS.text,
};
// Same line pitch as the value (14.5 pt) so key and value share a baseline.
const KEY_STYLE: TextStyle = { face: 'semibold', size: 9, leading: 14.5 / 9, color: COLORS.muted };
const VALUE_STYLE: TextStyle = { face: 'regular', size: 10, leading: 1.45, color: COLORS.text };

interface Cell {
  lines: Line[];
  style: TextStyle;
  x: number;
  width: number;
  align: Align;
  padX: number;
  padY: number;
  /** null: a repeated header row, drawn as an artifact so the structure tree holds it once. */
  element: StructElement | null;
  /**
   * Text known only when the whole document is laid out (a contents page number). The cell is
   * laid out blank, one line high, and its text drawn into that space by flow.finish().
   */
  later?: () => string;
}

interface RowOptions {
  fill?: string;
  ruleBelow?: string;
  /** Called after a page break inside or before the row (tables redraw their header here). */
  onNewPage?: () => void;
}

function layoutCell(
  flow: Flow,
  text: string,
  style: TextStyle,
  x: number,
  width: number,
  align: Align,
  element: StructElement | null,
  padX = PAD_X,
  padY = PAD_Y,
): Cell {
  const lines = layoutText(flow.doc, text, style, width - 2 * padX);
  return { lines, style, x, width, align, element, padX, padY };
}

const cellHeight = (cell: Cell, count = cell.lines.length): number =>
  count * lineHeight(cell.style) + 2 * cell.padY;

/**
 * Draw one row. A row that fits on a fresh page is never split; a taller one (a long statement in
 * a cell) continues line by line onto following pages.
 */
export function drawRow(flow: Flow, cells: Cell[], options: RowOptions = {}): void {
  const full = Math.max(...cells.map((c) => cellHeight(c)));
  const pageRoom = flow.frame.bottom - flow.frame.top;
  const firstLine = Math.max(...cells.map((c) => cellHeight(c, Math.min(1, c.lines.length))));
  if (flow.ensure(full <= pageRoom ? full : firstLine)) options.onNewPage?.();
  const drawn = cells.map(() => 0);
  for (;;) {
    const room = flow.frame.bottom - flow.y - 2 * Math.max(...cells.map((c) => c.padY));
    const counts: number[] = cells.map((c, i) => {
      const left = c.lines.length - (drawn[i] ?? 0);
      return Math.max(0, Math.min(left, Math.floor((room + 0.01) / lineHeight(c.style))));
    });
    // A page too short for even one line would loop forever; draw one line and let it overhang.
    if (!counts.some((n) => n > 0)) {
      cells.forEach((c, i) => {
        counts[i] = c.lines.length > (drawn[i] ?? 0) ? 1 : 0;
      });
    }
    const height = Math.max(...cells.map((c, i) => cellHeight(c, counts[i] ?? 0)));
    const top = flow.y;
    const left = cells[0]?.x ?? flow.left;
    const right = cells.reduce((r, c) => Math.max(r, c.x + c.width), left);
    if (options.fill) {
      const fill = options.fill;
      flow.artifact(() => {
        flow.doc
          .save()
          .rect(left, top, right - left, height)
          .fill(fill)
          .restore();
      });
    }
    cells.forEach((c, i) => {
      const from = drawn[i] ?? 0;
      const slice = c.lines.slice(from, from + (counts[i] ?? 0));
      if (slice.length === 0) return;
      const element = c.element;
      const later = c.later;
      const draw = (lines: Line[]) => (): void => {
        drawLines(
          flow.doc,
          lines,
          c.style,
          c.x + c.padX,
          top + c.padY,
          c.width - 2 * c.padX,
          c.align,
        );
      };
      const put = (lines: Line[]): void => {
        if (element) flow.mark(element, draw(lines));
        else flow.artifact(draw(lines));
      };
      if (later) {
        flow.later(() => put(layoutText(flow.doc, later(), c.style, c.width - 2 * c.padX)));
      } else put(slice);
      drawn[i] = from + slice.length;
    });
    flow.y = top + height;
    if (options.ruleBelow) flow.rule(flow.y, options.ruleBelow, 0.5, left, right - left);
    if (cells.every((c, i) => (drawn[i] ?? 0) >= c.lines.length)) return;
    flow.newPage();
    options.onNewPage?.();
  }
}

function columnGeometry(flow: Flow, weights: number[]): { x: number; width: number }[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = flow.left;
  return weights.map((w) => {
    const width = (flow.width * w) / total;
    const col = { x, width };
    x += width;
    return col;
  });
}

export function drawTable(flow: Flow, block: BlockOf<'table'>): void {
  const table = flow.element('Table');
  // A contents table's page column is blank at layout time (every number fits one line, as the
  // blank does) and filled in once every heading has its page: one pass, no second render.
  const pageColumn = block.contents ? block.columns.length - 1 : -1;
  const layoutTexts = (row: readonly string[]): string[] =>
    row.map((t, i) => (i === pageColumn ? '' : t));
  const cols = columnGeometry(
    flow,
    block.columns.map((c) => c.weight ?? 1),
  );
  if (block.caption) {
    const caption = flow.element('Caption', table);
    flow.flowText(caption, block.caption, { face: 'italic', size: 9, color: COLORS.muted });
    flow.y += 2;
  }
  const drawHeader = (repeat: boolean): void => {
    const row = repeat ? null : flow.element('TR', table);
    const cells = block.columns.map((column, i) => {
      const geometry = cols[i] ?? { x: flow.left, width: flow.width };
      const th = row ? flow.element('TH', row) : null;
      return layoutCell(
        flow,
        column.header,
        HEADER_STYLE,
        geometry.x,
        geometry.width,
        column.align ?? 'left',
        th,
      );
    });
    drawRow(flow, cells, { fill: COLORS.tint, ruleBelow: COLORS.accent });
  };
  // Keep the header with at least the first body row.
  const firstRow = block.rows[0];
  const probe = (texts: readonly string[], style: TextStyle): number =>
    Math.max(
      ...texts.map((t, i) => {
        const w = (cols[i]?.width ?? flow.width) - 2 * PAD_X;
        return layoutText(flow.doc, t, style, w).length * lineHeight(style) + 2 * PAD_Y;
      }),
    );
  const headerHeight = probe(
    block.columns.map((c) => c.header),
    HEADER_STYLE,
  );
  const lead = firstRow
    ? Math.min(probe(layoutTexts(firstRow), CELL_STYLE), lineHeight(CELL_STYLE) * 3)
    : 0;
  flow.ensure(headerHeight + lead);
  drawHeader(false);
  for (const rowTexts of block.rows) {
    const row = flow.element('TR', table);
    const heading = rowTexts[0] ?? '';
    const cells = layoutTexts(rowTexts).map((t, i) => {
      const geometry = cols[i] ?? { x: flow.left, width: flow.width };
      const td = flow.element('TD', row);
      const cell = layoutCell(
        flow,
        t,
        CELL_STYLE,
        geometry.x,
        geometry.width,
        block.columns[i]?.align ?? 'left',
        td,
      );
      if (i === pageColumn) cell.later = () => String(flow.pageOfHeading(heading) ?? '');
      return cell;
    });
    drawRow(flow, cells, { ruleBelow: COLORS.rule, onNewPage: () => drawHeader(true) });
  }
}

export function drawKeyValue(flow: Flow, block: BlockOf<'keyValue'>): void {
  const table = flow.element('Table');
  const keyWidth = Math.min(170, flow.width * 0.32);
  for (const item of block.items) {
    const row = flow.element('TR', table);
    const th = flow.element('TH', row);
    const td = flow.element('TD', row);
    drawRow(flow, [
      // Flush with the text column: a key–value block reads as running text, not as a boxed table.
      layoutCell(flow, item.key, KEY_STYLE, flow.left, keyWidth, 'left', th, 0, KV_PAD_Y),
      layoutCell(
        flow,
        item.value,
        VALUE_STYLE,
        flow.left + keyWidth,
        flow.width - keyWidth,
        'left',
        td,
        0,
        KV_PAD_Y,
      ),
    ]);
  }
}

/** Height of the first row of a key–value block: what a heading before it must keep with. */
export function keyValueLead(flow: Flow, block: BlockOf<'keyValue'>): number {
  const first = block.items[0];
  if (!first) return 0;
  const keyWidth = Math.min(170, flow.width * 0.32);
  const lines = layoutText(flow.doc, first.value, VALUE_STYLE, flow.width - keyWidth);
  return Math.min(lines.length, 3) * lineHeight(VALUE_STYLE) + 2 * KV_PAD_Y;
}
