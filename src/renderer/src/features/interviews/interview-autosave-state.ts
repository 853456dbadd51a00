import { DRAFT_SAVE_DEBOUNCE_MS, DRAFT_SAVE_MAX_WAIT_MS } from '@shared/domain/draft-save-policy';
import {
  draftOf,
  interviewDraftSchema,
  type Interview,
  type InterviewDraft,
} from '@shared/domain/interview';
import type { IpcError } from '@shared/ipc/result';

// The interview draft's autosave as a pure state machine (tested without timers or React). It is
// tighter than the case autosave: notes are taken live, so a crash should lose at most about a
// second of typing. Saves are conditional on the interview's own `rev`, which main bumps.

/** Quiet time after the last keystroke before a save. */
export const INTERVIEW_DEBOUNCE_MS = DRAFT_SAVE_DEBOUNCE_MS;
/** Longest an edit waits under continuous typing. */
export const INTERVIEW_MAX_WAIT_MS = DRAFT_SAVE_MAX_WAIT_MS;

export interface InterviewSaveState {
  /** Main's interview as last confirmed: its `rev` is what the next save expects. */
  base: Interview;
  /** The user's draft over it. */
  draft: InterviewDraft;
  rev: number;
  savedRev: number;
  inFlight: number | null;
  error: IpcError | null;
  failures: number;
  /** Why main's record replaced the draft (another save won, or it was finalised), until dismissed. */
  reloaded: 'conflict' | 'locked' | null;
}

export type InterviewSaveAction =
  | { type: 'edit'; update: (draft: InterviewDraft) => InterviewDraft }
  | { type: 'save-started'; rev: number }
  | { type: 'save-succeeded'; rev: number; interview: Interview }
  | { type: 'save-failed'; rev: number; error: IpcError }
  /** Main changed the record on its own (guide applied, finalised, addendum): take it whole. */
  | { type: 'replaced'; interview: Interview; reason?: 'conflict' | 'locked' }
  | { type: 'dismiss-conflict' };

export type InterviewSaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export function initInterviewSave(interview: Interview): InterviewSaveState {
  return {
    base: interview,
    draft: draftOf(interview),
    rev: 0,
    savedRev: 0,
    inFlight: null,
    error: null,
    failures: 0,
    reloaded: null,
  };
}

export const isDirty = (s: InterviewSaveState) => s.rev !== s.savedRev;

export function interviewSaveStatus(s: InterviewSaveState): InterviewSaveStatus {
  if (s.inFlight !== null) return 'saving';
  if (s.error) return 'error';
  return isDirty(s) ? 'pending' : 'saved';
}

/** What to send now, or null (nothing unsaved, a save under way, or the record is locked). */
export function nextInterviewSave(
  s: InterviewSaveState,
): { rev: number; expectedRev: number; draft: InterviewDraft } | null {
  if (s.inFlight !== null || !isDirty(s) || s.base.finalised) return null;
  return { rev: s.rev, expectedRev: s.base.rev, draft: sendable(s.draft) };
}

/**
 * What can be saved now, so that nothing half-typed blocks the save of everything else: an
 * attendee row without a name yet waits on screen; an answer whose ad-hoc question was not typed
 * (main refuses an answer without its question) is saved as a free note until the question is.
 */
export function sendable(draft: InterviewDraft): InterviewDraft {
  return {
    ...draft,
    attendees: draft.attendees.filter((a) => a.name.trim() !== ''),
    entries: draft.entries.map((e) =>
      e.kind === 'question' && e.question.trim() === '' && e.answer.trim() !== ''
        ? { ...e, kind: 'note' as const }
        : e,
    ),
  };
}

/** Why main would refuse this draft (status reason missing, end before start…), checked first. */
export function draftProblem(draft: InterviewDraft): IpcError | null {
  const parsed = interviewDraftSchema.safeParse(draft);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  if (!issue) return null;
  return {
    code: 'InvalidInput',
    message: issue.message,
    details: { issues: [{ path: issue.path.join('.'), message: issue.message }] },
  };
}

/**
 * The user's draft laid over what main returned: the user's text wins (including edits typed while
 * the save was on its way), main's time stamps win (main replaces the provisional `at` with its
 * own clock), and those are the only parts of a draft main changes.
 */
export function mergeStamps(local: InterviewDraft, saved: Interview): InterviewDraft {
  const admonitions = { ...local.admonitions };
  for (const key of Object.keys(admonitions) as (keyof typeof admonitions)[]) {
    if (admonitions[key] !== null && saved.admonitions[key] !== null)
      admonitions[key] = saved.admonitions[key];
  }
  const stamped = new Map(saved.entries.map((e) => [e.id, e.at]));
  const entries = local.entries.map((e) =>
    e.at !== null && stamped.get(e.id) ? { ...e, at: stamped.get(e.id) ?? e.at } : e,
  );
  return { ...local, admonitions, entries };
}

export function interviewSaveReducer(
  s: InterviewSaveState,
  action: InterviewSaveAction,
): InterviewSaveState {
  switch (action.type) {
    case 'edit':
      if (s.base.finalised) return s;
      return { ...s, draft: action.update(s.draft), rev: s.rev + 1, error: null, failures: 0 };
    case 'save-started':
      return { ...s, inFlight: action.rev };
    case 'save-succeeded': {
      // Never the returned draft itself: main trims text, and a space just typed must survive.
      return {
        ...s,
        base: action.interview,
        draft: mergeStamps(s.draft, action.interview),
        inFlight: null,
        error: null,
        failures: 0,
        savedRev: Math.max(s.savedRev, action.rev),
      };
    }
    case 'save-failed':
      return { ...s, inFlight: null, error: action.error, failures: s.failures + 1 };
    case 'replaced':
      return {
        ...initInterviewSave(action.interview),
        reloaded: action.reason ?? null,
      };
    case 'dismiss-conflict':
      return { ...s, reloaded: null };
  }
}
