import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useApi } from '@renderer/api/api-context';
import {
  CASE_LIST_PAGE,
  cleanFilters,
  initialPages,
  pagesForRange,
  pagesReducer,
  type CaseListQuery,
} from './case-list-state';

/** Overviews for the case list, fetched a page at a time for the rows on screen. */
export function useCasePages(query: CaseListQuery) {
  const api = useApi();
  const [state, dispatch] = useReducer(pagesReducer, initialPages);
  const key = JSON.stringify({ filters: cleanFilters(query.filters), sort: query.sort });
  const requested = useRef(new Set<number>());
  const keyRef = useRef(key);

  const load = useCallback(
    async (page: number) => {
      if (requested.current.has(page)) return;
      requested.current.add(page);
      const forKey = keyRef.current;
      const { filters, sort } = JSON.parse(forKey) as CaseListQuery;
      const result = await api['cases:list']({
        filters,
        sort,
        offset: page * CASE_LIST_PAGE,
        limit: CASE_LIST_PAGE,
      });
      if (result.ok) {
        const { items, total, today } = result.value;
        dispatch({ type: 'page-loaded', key: forKey, page, items, total, today });
      } else {
        if (keyRef.current === forKey) requested.current.delete(page);
        dispatch({ type: 'page-failed', key: forKey, error: result.error });
      }
    },
    [api],
  );

  useEffect(() => {
    keyRef.current = key;
    requested.current = new Set();
    dispatch({ type: 'reset', key });
    void load(0);
  }, [key, load]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      for (const page of pagesForRange(first, last)) void load(page);
    },
    [load],
  );

  const retry = useCallback(() => {
    requested.current = new Set();
    dispatch({ type: 'reset', key: keyRef.current });
    void load(0);
  }, [load]);

  return { state, ensureRange, retry };
}
