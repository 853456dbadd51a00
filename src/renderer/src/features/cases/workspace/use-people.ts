import { useCallback, useRef, useState } from 'react';
import { useApi } from '@renderer/api/api-context';
import type { PersonInfo } from './workspace-context';

/** People records (and their other cases) for the parties of the open case, fetched once each. */
export function usePeople() {
  const api = useApi();
  const [people, setPeople] = useState<ReadonlyMap<string, PersonInfo>>(new Map());
  const requested = useRef(new Set<string>());

  const loadPeople = useCallback(
    (ids: readonly string[], force = false) => {
      for (const id of new Set(ids)) {
        if (!force && requested.current.has(id)) continue;
        requested.current.add(id);
        void api['people:get']({ personId: id }).then((result) => {
          if (!result.ok) {
            requested.current.delete(id);
            return;
          }
          setPeople((current) => new Map(current).set(id, result.value));
        });
      }
    },
    [api],
  );

  return { people, loadPeople };
}
