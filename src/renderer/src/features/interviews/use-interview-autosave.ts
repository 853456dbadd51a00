import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { Interview, InterviewDraft } from '@shared/domain/interview';
import type { OutputOf } from '@shared/ipc/contract';
import { useApi } from '@renderer/api/api-context';
import { useCloseFlush } from '@renderer/app/close-guard-context';
import { retryDelay, useSaveOnLeave } from '@renderer/lib/autosave-timing';
import {
  draftProblem,
  INTERVIEW_DEBOUNCE_MS,
  INTERVIEW_MAX_WAIT_MS,
  initInterviewSave,
  interviewSaveReducer,
  interviewSaveStatus,
  isDirty,
  nextInterviewSave,
} from './interview-autosave-state';

export type InterviewSaved = OutputOf<'interviews:update'>;

/** Errors another attempt with the same draft cannot fix: wait for the user instead. */
const final = new Set(['Conflict', 'InterviewLocked', 'InvalidInput']);

/**
 * Saves the interview draft through `interviews:update` 300 ms after the last keystroke, and at
 * the latest 1 s after the first unsaved one (continuous typing never starves it), at once on
 * flush (blur, leaving, the window closing). A Conflict or a lock reloads main's record.
 */
export function useInterviewAutosave(
  caseId: string,
  initial: Interview,
  onSaved: (saved: InterviewSaved) => void,
) {
  const api = useApi();
  const [state, dispatch] = useReducer(interviewSaveReducer, initial, initInterviewSave);
  const stateRef = useRef(state);
  const inFlight = useRef<Promise<void> | null>(null);
  const firstUnsavedAt = useRef<number | null>(null);
  const onSavedRef = useRef(onSaved);
  useLayoutEffect(() => {
    stateRef.current = state;
    onSavedRef.current = onSaved;
  });
  const interviewId = initial.id;

  const reload = useCallback(
    async (reason: 'conflict' | 'locked') => {
      const fresh = await api['interviews:get']({ caseId, interviewId });
      if (fresh.ok) dispatch({ type: 'replaced', interview: fresh.value.interview, reason });
    },
    [api, caseId, interviewId],
  );

  const send = useCallback(async (): Promise<void> => {
    const next = nextInterviewSave(stateRef.current);
    if (!next) return;
    const problem = draftProblem(next.draft);
    if (problem) {
      dispatch({ type: 'save-failed', rev: next.rev, error: problem });
      return;
    }
    firstUnsavedAt.current = null;
    dispatch({ type: 'save-started', rev: next.rev });
    // Mark it at once: a second flush in the same tick waits for this save instead of racing it.
    stateRef.current = { ...stateRef.current, inFlight: next.rev };
    const run = (async () => {
      const result = await api['interviews:update']({
        caseId,
        interviewId,
        expectedRev: next.expectedRev,
        draft: next.draft,
      });
      if (result.ok) {
        dispatch({ type: 'save-succeeded', rev: next.rev, interview: result.value.interview });
        stateRef.current = {
          ...stateRef.current,
          inFlight: null,
          base: result.value.interview,
          savedRev: Math.max(stateRef.current.savedRev, next.rev),
        };
        onSavedRef.current(result.value);
        return;
      }
      dispatch({ type: 'save-failed', rev: next.rev, error: result.error });
      stateRef.current = { ...stateRef.current, inFlight: null, error: result.error };
      if (result.error.code === 'Conflict') await reload('conflict');
      if (result.error.code === 'InterviewLocked') await reload('locked');
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [api, caseId, interviewId, reload]);

  const flush = useCallback(async () => {
    if (inFlight.current) await inFlight.current;
    if (isDirty(stateRef.current)) await send();
  }, [send]);

  useCloseFlush(flush);

  const status = interviewSaveStatus(state);
  const stuck = state.error !== null && final.has(state.error.code);
  useEffect(() => {
    if (status === 'saved' || status === 'saving' || stuck) return;
    let delay: number;
    if (status === 'error') delay = retryDelay(state.failures);
    else {
      const first = firstUnsavedAt.current ?? Date.now();
      delay = Math.max(
        0,
        Math.min(INTERVIEW_DEBOUNCE_MS, first + INTERVIEW_MAX_WAIT_MS - Date.now()),
      );
    }
    const handle = setTimeout(() => void send(), delay);
    return () => clearTimeout(handle);
  }, [status, state.rev, state.failures, stuck, send]);

  useSaveOnLeave(send);

  const edit = useCallback((update: (draft: InterviewDraft) => InterviewDraft) => {
    firstUnsavedAt.current ??= Date.now();
    dispatch({ type: 'edit', update });
  }, []);

  /** Main's record as last confirmed, read at call time (after an awaited flush it moved on). */
  const current = useCallback(() => stateRef.current.base, []);

  return { state, status, edit, flush, dispatch, retry: send, current };
}

export type InterviewAutosave = ReturnType<typeof useInterviewAutosave>;
