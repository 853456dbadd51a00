import type { Doc } from './pdf';
import { drawLines, layoutText, lineHeight, type Align, type Line, type TextStyle } from './text';

/**
 * The flow: a cursor moving down the text column, page breaks, tagging and bookmarks.
 *
 * All page breaks go through `ensure`, never through pdfkit's own wrapping, so an open
 * marked-content sequence is always closed on the old page and a heading can be kept with the
 * block that follows it.
 */

export const COLORS = {
  text: '#1a1a1a',
  muted: '#5b6472',
  accent: '#1f3a5f',
  rule: '#c9ced6',
  tint: '#eef1f5',
  marking: '#9b1c1c',
  warningTint: '#fdf3e7',
  warningBar: '#b45309',
} as const;

export interface Frame {
  left: number;
  width: number;
  /** Top of the text column on every page (below the running header). */
  top: number;
  /** Lowest y text may reach (above the footer). */
  bottom: number;
}

/** A structure element as pdfkit models it (tagged PDF). Only what the flow uses. */
export type StructElement = ReturnType<Doc['struct']>;

interface OutlineNode {
  addItem(title: string, options?: Record<string, unknown>): OutlineNode;
}

export class Flow {
  y: number;
  private readonly outlineStack: { level: number; node: OutlineNode }[] = [];
  /** Every bookmarked heading with its 1-based page: lets a document print a table of contents. */
  readonly headings: { title: string; level: number; page: number }[] = [];
  /** Drawing that needs the finished layout (contents page numbers), with the page it goes on. */
  private readonly deferred: { page: number; draw: () => void }[] = [];

  constructor(
    readonly doc: Doc,
    readonly frame: Frame,
    readonly root: StructElement,
  ) {
    this.y = frame.top;
  }

  get left(): number {
    return this.frame.left;
  }

  get width(): number {
    return this.frame.width;
  }

  remaining(): number {
    return this.frame.bottom - this.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.frame.top;
  }

  /** Start a new page unless `height` still fits; true when a break happened. */
  ensure(height: number): boolean {
    if (this.y + height <= this.frame.bottom + 0.01) return false;
    // A block taller than a whole page cannot be helped by breaking before it at the page top.
    if (this.y <= this.frame.top + 0.01) return false;
    this.newPage();
    return true;
  }

  /** A structure element under the document root (P, H1, L, Table …). */
  element(type: string, parent: StructElement = this.root): StructElement {
    const element = this.doc.struct(type);
    parent.add(element);
    return element;
  }

  /** Draw on the current page as marked content belonging to `element`. */
  mark(element: StructElement, draw: () => void): void {
    const type = String(
      (element as unknown as { dictionary: { data: { S: string } } }).dictionary.data.S,
    );
    const content = this.doc.markStructureContent(type);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
  }

  /** Decorations (rules, fills) that carry no content: screen readers skip artifacts. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * Flow laid-out lines down the column, breaking pages between lines; each page's share is one
   * marked-content sequence of `element`. Returns nothing: the cursor ends below the last line.
   */
  flowLines(
    element: StructElement,
    lines: Line[],
    style: TextStyle,
    x = this.left,
    width = this.width,
    align: Align = 'left',
  ): void {
    const pitch = lineHeight(style);
    let start = 0;
    while (start < lines.length) {
      this.ensure(pitch);
      const fit = Math.max(1, Math.floor((this.frame.bottom - this.y + 0.01) / pitch));
      const slice = lines.slice(start, start + fit);
      const top = this.y;
      this.mark(element, () => drawLines(this.doc, slice, style, x, top, width, align));
      this.y = top + slice.length * pitch;
      start += slice.length;
    }
  }

  /** Lay out and flow a string in one step. */
  flowText(
    element: StructElement,
    text: string,
    style: TextStyle,
    x = this.left,
    width = this.width,
    align: Align = 'left',
  ): void {
    this.flowLines(element, layoutText(this.doc, text, style, width), style, x, width, align);
  }

  /** Add a bookmark at the cursor, nested under the nearest shallower heading. */
  bookmark(title: string, level: number): void {
    while (this.outlineStack.length > 0) {
      const top = this.outlineStack[this.outlineStack.length - 1];
      if (!top || top.level < level) break;
      this.outlineStack.pop();
    }
    const parent =
      this.outlineStack[this.outlineStack.length - 1]?.node ??
      (this.doc.outline as unknown as OutlineNode);
    // pdfkit computes the destination as [page, XYZ, pageWidth − left, pageHeight − top]; passing
    // left = pageWidth lands on the left edge and top = the cursor lands on the heading itself.
    const node = parent.addItem(title, {
      left: this.doc.page.width,
      top: Math.max(0, this.y - 8),
      expanded: true,
    });
    this.outlineStack.push({ level, node });
    this.headings.push({ title, level, page: this.doc.bufferedPageRange().count });
  }

  /**
   * Draw on the current page once every block is laid out, for text that depends on later pages:
   * the space must already be reserved, since nothing moves when it is drawn.
   */
  later(draw: () => void): void {
    const { start, count } = this.doc.bufferedPageRange();
    this.deferred.push({ page: start + count - 1, draw });
  }

  /** The 1-based page of the first level-1 heading with this title, once laid out. */
  pageOfHeading(title: string): number | undefined {
    const wanted = title.normalize('NFC');
    return this.headings.find((h) => h.level === 1 && h.title === wanted)?.page;
  }

  /** Run the deferred drawing (pages stay buffered until the end), then return to the last page. */
  finish(): void {
    if (this.deferred.length === 0) return;
    const { start, count } = this.doc.bufferedPageRange();
    for (const { page, draw } of this.deferred) {
      this.doc.switchToPage(page);
      draw();
    }
    this.deferred.length = 0;
    this.doc.switchToPage(start + count - 1);
  }

  rule(y: number, color: string = COLORS.rule, weight = 0.6, x = this.left, w = this.width): void {
    this.artifact(() => {
      this.doc
        .save()
        .moveTo(x, y)
        .lineTo(x + w, y)
        .lineWidth(weight)
        .strokeColor(color)
        .stroke()
        .restore();
    });
  }
}
