import { COLORS, type Flow } from './flow';
import type { Block, BlockOf } from './spec';
import { drawCodeGroups, drawSignatures, drawWriteIn, codeGroupsHeight } from './blocks-forms';
import { drawKeyValue, drawTable, keyValueLead, CELL_STYLE, HEADER_STYLE } from './table';
import { layoutText, lineHeight, textHeight, type TextStyle } from './text';

/** Block renderers for running text. Spacing is "after" so consecutive blocks never double up. */

export const BODY: TextStyle = { face: 'regular', size: 10, leading: 1.45, color: COLORS.text };
const TONES: Record<NonNullable<BlockOf<'paragraph'>['tone']>, TextStyle> = {
  normal: BODY,
  emphasis: { ...BODY, face: 'italic' },
  muted: { ...BODY, color: COLORS.muted },
  small: { face: 'regular', size: 8.5, leading: 1.4, color: COLORS.muted },
};
const HEADINGS: Record<1 | 2 | 3, { style: TextStyle; before: number; after: number }> = {
  1: {
    style: { face: 'bold', size: 14, leading: 1.3, color: COLORS.accent },
    before: 14,
    after: 6,
  },
  2: {
    style: { face: 'semibold', size: 11.5, leading: 1.3, color: COLORS.accent },
    before: 10,
    after: 4,
  },
  3: {
    style: { face: 'semibold', size: 10, leading: 1.3, color: COLORS.text },
    before: 8,
    after: 2,
  },
};
const TITLE: TextStyle = { face: 'semibold', size: 20, leading: 1.25, color: COLORS.accent };
const SUBTITLE: TextStyle = { face: 'regular', size: 11, leading: 1.35, color: COLORS.muted };
const CALLOUT_PAD = 9;
const CALLOUT_BAR = 3;
const LIST_INDENT = 18;
const GAP = 8;

function drawTitle(flow: Flow, block: BlockOf<'title'>): void {
  flow.flowText(flow.element('Title'), block.text, TITLE);
  if (block.subtitle) {
    flow.y += 2;
    flow.flowText(flow.element('P'), block.subtitle, SUBTITLE);
  }
  flow.y += 6;
  flow.rule(flow.y, COLORS.accent, 1);
  flow.y += 14;
}

function drawHeading(flow: Flow, block: BlockOf<'heading'>, next: Block | undefined): void {
  const spec = HEADINGS[block.level];
  const lines = layoutText(flow.doc, block.text, spec.style, flow.width);
  const own = textHeight(lines, spec.style) + spec.after;
  const atTop = flow.y <= flow.frame.top + 0.01;
  // Keep the heading with the start of what it introduces: a heading alone at a page foot is the
  // one layout mistake every reader notices.
  if (!flow.ensure((atTop ? 0 : spec.before) + own + leadHeight(flow, next))) {
    if (!atTop) flow.y += spec.before;
  }
  if (block.outline !== false) flow.bookmark(block.text.normalize('NFC'), block.level);
  flow.flowLines(flow.element(`H${block.level}`), lines, spec.style);
  flow.y += spec.after;
}

function drawParagraph(flow: Flow, block: BlockOf<'paragraph'>): void {
  flow.flowText(flow.element('P'), block.text, TONES[block.tone ?? 'normal']);
  flow.y += GAP;
}

function drawList(flow: Flow, block: BlockOf<'list'>): void {
  const list = flow.element('L');
  const bodyX = flow.left + LIST_INDENT;
  const bodyWidth = flow.width - LIST_INDENT;
  block.items.forEach((text, i) => {
    const lines = layoutText(flow.doc, text, BODY, bodyWidth);
    flow.ensure(lineHeight(BODY) * Math.min(2, lines.length));
    const item = flow.element('LI', list);
    const label = block.ordered ? `${i + 1}.` : '•';
    const top = flow.y;
    flow.flowText(flow.element('Lbl', item), label, BODY, flow.left, LIST_INDENT - 6, 'right');
    flow.y = top;
    flow.flowLines(flow.element('LBody', item), lines, BODY, bodyX, bodyWidth);
    flow.y += 2;
  });
  flow.y += GAP - 2;
}

function drawCallout(flow: Flow, block: BlockOf<'callout'>): void {
  const warning = block.tone === 'warning';
  const inner = flow.width - 2 * CALLOUT_PAD - CALLOUT_BAR;
  const titleStyle: TextStyle = {
    ...BODY,
    face: 'bold',
    color: warning ? COLORS.warningBar : COLORS.accent,
  };
  const titleLines = block.title ? layoutText(flow.doc, block.title, titleStyle, inner) : [];
  const bodyLines = layoutText(flow.doc, block.text, BODY, inner);
  const height =
    textHeight(titleLines, titleStyle) +
    textHeight(bodyLines, BODY) +
    2 * CALLOUT_PAD +
    (block.title ? 2 : 0);
  flow.ensure(height);
  const section = flow.element('Div');
  const top = flow.y;
  // A callout taller than a page falls back to plain flowing text rather than a clipped box.
  if (flow.y + height <= flow.frame.bottom) {
    flow.artifact(() => {
      flow.doc
        .save()
        .rect(flow.left, top, flow.width, height)
        .fill(warning ? COLORS.warningTint : COLORS.tint)
        .rect(flow.left, top, CALLOUT_BAR, height)
        .fill(warning ? COLORS.warningBar : COLORS.accent)
        .restore();
    });
  }
  const x = flow.left + CALLOUT_BAR + CALLOUT_PAD;
  flow.y = top + CALLOUT_PAD;
  if (block.title) {
    flow.flowLines(flow.element('P', section), titleLines, titleStyle, x, inner);
    flow.y += 2;
  }
  flow.flowLines(flow.element('P', section), bodyLines, BODY, x, inner);
  flow.y = Math.max(flow.y + CALLOUT_PAD, top + height) + GAP + 2;
}

/** How much of a block must follow a heading on the same page. */
export function leadHeight(flow: Flow, block: Block | undefined): number {
  if (!block) return 0;
  switch (block.type) {
    case 'paragraph': {
      const style = TONES[block.tone ?? 'normal'];
      const lines = layoutText(flow.doc, block.text, style, flow.width).length;
      return lineHeight(style) * Math.min(lines, 2);
    }
    case 'list':
      return lineHeight(BODY) * 2;
    case 'keyValue':
      return keyValueLead(flow, block);
    case 'table':
      return lineHeight(HEADER_STYLE) + lineHeight(CELL_STYLE) * 2 + 16;
    case 'callout':
      return lineHeight(BODY) * 3 + 2 * CALLOUT_PAD;
    case 'codeGroups':
      return codeGroupsHeight(flow, block);
    case 'signatures':
      return 120;
    case 'writeIn':
      return 40;
    case 'heading':
      return textHeight(
        layoutText(flow.doc, block.text, HEADINGS[block.level].style, flow.width),
        HEADINGS[block.level].style,
      );
    case 'title':
    case 'pageBreak':
      return 0;
  }
}

export function drawBlock(flow: Flow, block: Block, next: Block | undefined): void {
  switch (block.type) {
    case 'title':
      return drawTitle(flow, block);
    case 'heading':
      return drawHeading(flow, block, next);
    case 'paragraph':
      return drawParagraph(flow, block);
    case 'list':
      return drawList(flow, block);
    case 'keyValue':
      drawKeyValue(flow, block);
      flow.y += GAP;
      return;
    case 'table':
      drawTable(flow, block);
      flow.y += GAP + 4;
      return;
    case 'callout':
      return drawCallout(flow, block);
    case 'signatures':
      return drawSignatures(flow, block);
    case 'codeGroups':
      return drawCodeGroups(flow, block);
    case 'writeIn':
      return drawWriteIn(flow, block);
    case 'pageBreak':
      if (flow.y > flow.frame.top + 0.01) flow.newPage();
      return;
  }
}
