import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { CaseContent, CaseDoc } from '@shared/domain/case-doc';
import { useApi } from '@renderer/api/api-context';
import { useCloseFlush } from '@renderer/app/close-guard-context';
import { retryDelay, useSaveOnLeave } from '@renderer/lib/autosave-timing';
import {
  AUTOSAVE_DEBOUNCE_MS,
  autosaveReducer,
  contentProblem,
  initAutosave,
  isDirty,
  nextSave,
  saveStatus,
} from './autosave-state';

/**
 * Saves the whole case content through `cases:update` ~600 ms after the last edit, at once on
 * flush (blur, leaving the case, the window closing: see app/close-guard), and again with
 * back-off after a failure. A Conflict reloads main's version and says so.
 */
export function useAutosave(caseId: string, initial: { doc: CaseDoc; seq: number }) {
  const api = useApi();
  const [state, dispatch] = useReducer(autosaveReducer, initial, initAutosave);
  const stateRef = useRef(state);
  const inFlight = useRef<Promise<void> | null>(null);
  useLayoutEffect(() => {
    stateRef.current = state;
  });

  const send = useCallback(async (): Promise<void> => {
    const next = nextSave(stateRef.current);
    if (!next) return;
    const problem = contentProblem(stateRef.current.doc);
    if (problem) {
      dispatch({ type: 'save-failed', rev: next.rev, error: problem });
      return;
    }
    dispatch({ type: 'save-started', rev: next.rev });
    // Mark it at once: a second flush in the same tick must wait for this save, not start another.
    stateRef.current = { ...stateRef.current, inFlight: next.rev };
    const run = (async () => {
      const result = await api['cases:update']({
        caseId,
        expectedSeq: next.expectedSeq,
        content: next.content,
      });
      if (result.ok) {
        dispatch({ type: 'save-succeeded', rev: next.rev, seq: result.value.seq });
        stateRef.current = {
          ...stateRef.current,
          inFlight: null,
          seq: result.value.seq,
          savedRev: Math.max(stateRef.current.savedRev, next.rev),
        };
        return;
      }
      dispatch({ type: 'save-failed', rev: next.rev, error: result.error });
      stateRef.current = { ...stateRef.current, inFlight: null, error: result.error };
      if (result.error.code === 'Conflict') {
        const fresh = await api['cases:get']({ caseId });
        if (fresh.ok) dispatch({ type: 'reloaded', doc: fresh.value.doc, seq: fresh.value.seq });
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [api, caseId]);

  /** Save now and wait: before a transition or import, and when focus leaves a field. */
  const flush = useCallback(async () => {
    if (inFlight.current) await inFlight.current;
    if (isDirty(stateRef.current)) await send();
  }, [send]);

  // Closing the window: main waits for this (app:before-close → app:ready-to-close) before it
  // locks the vault, so an edit still in the debounce window is sent now, not lost.
  useCloseFlush(flush);

  // Debounce: each edit restarts the clock; a failure retries later with the same content.
  const status = saveStatus(state);
  const conflict = state.error?.code === 'Conflict';
  useEffect(() => {
    if (status === 'saved' || status === 'saving' || conflict) return;
    const delay = status === 'error' ? retryDelay(state.failures) : AUTOSAVE_DEBOUNCE_MS;
    const handle = setTimeout(() => void send(), delay);
    return () => clearTimeout(handle);
  }, [status, state.rev, state.failures, conflict, send]);

  // Leaving the case (navigation) or the window: save what is unsaved.
  useSaveOnLeave(send);

  const edit = useCallback(
    (update: (content: CaseContent) => CaseContent) => dispatch({ type: 'edit', update }),
    [],
  );

  const currentSeq = useCallback(() => stateRef.current.seq, []);

  return { state, status, edit, flush, dispatch, retry: send, currentSeq };
}
