import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CaseSort } from '@shared/domain/case-list-query';
import { CaseRow } from './CaseRow';
import { rowAt, type PagesState, type SortField } from './case-list-state';

export const CASE_ROW_HEIGHT = 44;
const fallbackRect = { width: 1000, height: 12 * CASE_ROW_HEIGHT };

interface Column {
  id: string;
  sort?: SortField;
}

const columns: readonly Column[] = [
  { id: 'number', sort: 'number' },
  { id: 'title' },
  { id: 'type' },
  { id: 'status', sort: 'status' },
  { id: 'priority', sort: 'priority' },
  { id: 'parties' },
  { id: 'received', sort: 'receivedOn' },
  { id: 'due', sort: 'nextDue' },
];

interface CaseGridProps {
  state: PagesState;
  sort: CaseSort;
  onSort: (field: SortField) => void;
  onOpen: (caseId: string) => void;
  ensureRange: (first: number, last: number) => void;
}

/**
 * The case list as an ARIA grid of rows. Only the rows on screen are in the DOM (react-virtual);
 * aria-rowcount and aria-rowindex tell assistive technology where a row sits among all of them.
 * One row is in the tab order; arrows, Page Up/Down and Home/End move it, Enter opens the case.
 */
export function CaseGrid({ state, sort, onSort, onOpen, ensureRange }: CaseGridProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = state.total ?? 0;
  const [active, setActive] = useState(0);
  const focusAfterRender = useRef<number | null>(null);

  // react-virtual keeps its measurements in a mutable instance; the React Compiler must not memoise it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CASE_ROW_HEIGHT,
    overscan: 12,
    // Until the element has a size (first paint, a hidden parent, a test DOM), assume a plausible
    // viewport so the first rows render instead of none.
    initialRect: fallbackRect,
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : fallbackRect)),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => ensureRange(first, last), [first, last, ensureRange]);

  const current = Math.min(active, Math.max(total - 1, 0));

  useLayoutEffect(() => {
    const index = focusAfterRender.current;
    if (index === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (row) {
      row.focus();
      focusAfterRender.current = null;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    focusAfterRender.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const pageRows = Math.max(
    1,
    Math.floor((scrollRef.current?.clientHeight ?? 480) / CASE_ROW_HEIGHT) - 1,
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + pageRows,
      PageUp: current - pageRows,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const row = rowAt(state, current);
      if (row) {
        event.preventDefault();
        onOpen(row.id);
      }
    }
  };

  return (
    <div
      className="case-grid"
      role="grid"
      aria-label={t('cases.list.gridLabel')}
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
    >
      <div role="rowgroup" className="case-grid__head">
        <div role="row" aria-rowindex={1} className="case-grid__row case-grid__row--head">
          {columns.map((column) => {
            const sorted = column.sort && sort.field === column.sort;
            const direction = sorted
              ? sort.direction === 'asc'
                ? 'ascending'
                : 'descending'
              : undefined;
            const Icon = !sorted ? ArrowUpDown : sort.direction === 'asc' ? ArrowUp : ArrowDown;
            return (
              <div
                key={column.id}
                role="columnheader"
                aria-sort={column.sort ? (direction ?? 'none') : undefined}
                className={`case-grid__cell case-grid__cell--${column.id}`}
              >
                {column.sort ? (
                  <Button
                    className="case-grid__sort"
                    onPress={() => column.sort && onSort(column.sort)}
                  >
                    {t(`cases.columns.${column.id}`)}
                    <Icon size={13} aria-hidden="true" className="case-grid__sort-icon" />
                  </Button>
                ) : (
                  t(`cases.columns.${column.id}`)
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="case-grid__body" ref={scrollRef} onKeyDown={onKeyDown}>
        <div className="case-grid__spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <CaseRow
              key={item.key}
              index={item.index}
              start={item.start}
              overview={rowAt(state, item.index)}
              today={state.today}
              isActive={item.index === current}
              onFocus={() => setActive(item.index)}
              onOpen={onOpen}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
