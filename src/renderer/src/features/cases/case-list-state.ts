import type { CaseOverview } from '@shared/domain/case-doc';
import type { CaseFilters, CaseSort } from '@shared/domain/case-list-query';
import type { CalendarDate } from '@shared/domain/dates';
import type { IpcError } from '@shared/ipc/result';

// The case list reads overviews page by page as the user scrolls, so 10,000 cases never cross
// IPC at once. Pure state here; the hook in use-case-pages.ts does the calls.

export const CASE_LIST_PAGE = 100;

export interface CaseListQuery {
  filters: CaseFilters;
  sort: CaseSort;
}

export type SortField = CaseSort['field'];

/** Click a column: sort by it (dates and priority newest/highest first), again to flip. */
export function toggleSort(current: CaseSort, field: SortField): CaseSort {
  if (current.field === field) {
    return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  const descFirst: SortField[] = ['receivedOn', 'priority', 'updatedAt', 'number'];
  return { field, direction: descFirst.includes(field) ? 'desc' : 'asc' };
}

/** Drops empty filters, so the request says only what the user chose. */
export function cleanFilters(filters: CaseFilters): CaseFilters {
  const out: CaseFilters = {};
  if (filters.status?.length) out.status = filters.status;
  if (filters.type?.length) out.type = filters.type;
  if (filters.priority?.length) out.priority = filters.priority;
  if (filters.overdue) out.overdue = true;
  if (filters.personId) out.personId = filters.personId;
  if (filters.received && (filters.received.from || filters.received.to)) {
    const received: NonNullable<CaseFilters['received']> = {};
    if (filters.received.from) received.from = filters.received.from;
    if (filters.received.to) received.to = filters.received.to;
    out.received = received;
  }
  if (filters.closed && (filters.closed.from || filters.closed.to)) {
    const closed: NonNullable<CaseFilters['closed']> = {};
    if (filters.closed.from) closed.from = filters.closed.from;
    if (filters.closed.to) closed.to = filters.closed.to;
    out.closed = closed;
  }
  if (filters.outcome?.length) out.outcome = filters.outcome;
  if (filters.restricted !== undefined) out.restricted = filters.restricted;
  if (filters.legalHold !== undefined) out.legalHold = filters.legalHold;
  return out;
}

export function activeFilterCount(filters: CaseFilters): number {
  return Object.keys(cleanFilters(filters)).length;
}

export interface PagesState {
  key: string;
  total: number | null;
  today: CalendarDate | null;
  pages: Readonly<Record<number, readonly CaseOverview[]>>;
  error: IpcError | null;
}

export type PagesAction =
  | { type: 'reset'; key: string }
  | {
      type: 'page-loaded';
      key: string;
      page: number;
      items: CaseOverview[];
      total: number;
      today: CalendarDate;
    }
  | { type: 'page-failed'; key: string; error: IpcError };

export const initialPages: PagesState = {
  key: '',
  total: null,
  today: null,
  pages: {},
  error: null,
};

export function pagesReducer(state: PagesState, action: PagesAction): PagesState {
  if (action.type === 'reset') return { ...initialPages, key: action.key };
  // A page that answers a query the user has since changed is dropped.
  if (action.key !== state.key) return state;
  switch (action.type) {
    case 'page-loaded':
      return {
        ...state,
        total: action.total,
        today: action.today,
        error: null,
        pages: { ...state.pages, [action.page]: action.items },
      };
    case 'page-failed':
      return { ...state, error: action.error };
  }
}

/** The pages that hold rows first…last (inclusive). */
export function pagesForRange(first: number, last: number, pageSize = CASE_LIST_PAGE): number[] {
  if (last < first) return [];
  const pages: number[] = [];
  for (let p = Math.floor(first / pageSize); p <= Math.floor(last / pageSize); p += 1)
    pages.push(p);
  return pages;
}

export function rowAt(
  state: PagesState,
  index: number,
  pageSize = CASE_LIST_PAGE,
): CaseOverview | undefined {
  return state.pages[Math.floor(index / pageSize)]?.[index % pageSize];
}
