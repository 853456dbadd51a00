import { useEffect, useState } from 'react';
import type { OutputOf } from '@shared/ipc/contract';
import { useApi } from '@renderer/api/api-context';

export type SearchHit = OutputOf<'cases:search'>['hits'][number];

export type CaseSearch =
  | { state: 'idle' }
  | { state: 'searching'; hits: SearchHit[] }
  | { state: 'done'; hits: SearchHit[]; truncated: boolean }
  | { state: 'failed'; message: string };

const DEBOUNCE_MS = 150;

/** `cases:search` as the user types: debounced, and a late answer to an older query is dropped. */
export function useCaseSearch(query: string, limit: number): CaseSearch {
  const api = useApi();
  const [result, setResult] = useState<{ query: string; search: CaseSearch }>({
    query: '',
    search: { state: 'idle' },
  });
  const trimmed = query.trim();

  useEffect(() => {
    if (!trimmed) return;
    let current = true;
    const timer = setTimeout(() => {
      void api['cases:search']({ query: trimmed, limit }).then((answer) => {
        if (!current) return;
        setResult({
          query: trimmed,
          search: answer.ok
            ? { state: 'done', hits: answer.value.hits, truncated: answer.value.truncated }
            : { state: 'failed', message: answer.error.message },
        });
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, trimmed, limit]);

  if (!trimmed) return { state: 'idle' };
  if (result.query === trimmed) return result.search;
  const previous = result.search.state === 'done' ? result.search.hits : [];
  return { state: 'searching', hits: previous };
}
