import {
  caseContentSchema,
  caseContentShape,
  caseIntegrityIssues,
  type CaseContent,
  type CaseDoc,
} from '@shared/domain/case-doc';
import type { IpcError } from '@shared/ipc/result';

// Autosave as a pure state machine, so its promises can be tested without timers or React:
// every edit bumps `rev`; main confirms a rev with a new seq; a failed save keeps the edit and is
// retried with the same content and seq; a Conflict means someone else moved the case on.

export const AUTOSAVE_DEBOUNCE_MS = 600;

export interface AutosaveState {
  /** Main's document with the user's latest content over it. */
  doc: CaseDoc;
  /** The seq main last confirmed: what the next save expects. */
  seq: number;
  rev: number;
  savedRev: number;
  /** The rev being saved right now, if any. */
  inFlight: number | null;
  error: IpcError | null;
  /** Failures in a row, for the retry back-off. */
  failures: number;
  /** Set after a Conflict reload, until the user dismisses the message. */
  reloadedAfterConflict: boolean;
}

export type AutosaveAction =
  | { type: 'edit'; update: (content: CaseContent) => CaseContent }
  | { type: 'save-started'; rev: number }
  | { type: 'save-succeeded'; rev: number; seq: number }
  | { type: 'save-failed'; rev: number; error: IpcError }
  /** Main changed its own parts (status, evidence, custody): take them and the seq, keep edits. */
  | { type: 'main-changed'; doc: CaseDoc; seq: number }
  /** Main saved one of its own parts (an interview) and said how: patch it in, no re-read. */
  | { type: 'main-patched'; patch: (doc: CaseDoc) => CaseDoc; seq: number }
  /** After a Conflict: main's version replaces everything. */
  | { type: 'reloaded'; doc: CaseDoc; seq: number }
  | { type: 'dismiss-conflict' };

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

const contentKeys = Object.keys(caseContentShape) as (keyof CaseContent)[];

/** The editable part of a case document: exactly what `cases:update` takes. */
export function contentOf(doc: CaseDoc): CaseContent {
  return Object.fromEntries(contentKeys.map((key) => [key, doc[key]])) as CaseContent;
}

export function initAutosave(initial: { doc: CaseDoc; seq: number }): AutosaveState {
  return {
    doc: initial.doc,
    seq: initial.seq,
    rev: 0,
    savedRev: 0,
    inFlight: null,
    error: null,
    failures: 0,
    reloadedAfterConflict: false,
  };
}

export function isDirty(state: AutosaveState): boolean {
  return state.rev !== state.savedRev;
}

export function saveStatus(state: AutosaveState): SaveStatus {
  if (state.inFlight !== null) return 'saving';
  if (state.error) return 'error';
  return isDirty(state) ? 'pending' : 'saved';
}

/** What to send now, or null when nothing is unsaved or a save is already under way. */
export function nextSave(
  state: AutosaveState,
): { rev: number; expectedSeq: number; content: CaseContent } | null {
  if (state.inFlight !== null || !isDirty(state)) return null;
  return { rev: state.rev, expectedSeq: state.seq, content: contentOf(state.doc) };
}

export function autosaveReducer(state: AutosaveState, action: AutosaveAction): AutosaveState {
  switch (action.type) {
    case 'edit': {
      const content = action.update(contentOf(state.doc));
      // A new edit is the next attempt: the debounce, not the back-off, times it.
      return {
        ...state,
        doc: { ...state.doc, ...content },
        rev: state.rev + 1,
        error: null,
        failures: 0,
      };
    }
    case 'save-started':
      return { ...state, inFlight: action.rev };
    case 'save-succeeded':
      return {
        ...state,
        inFlight: null,
        error: null,
        failures: 0,
        seq: Math.max(state.seq, action.seq),
        // Edits typed while the save was on its way stay unsaved and go in the next one.
        savedRev: Math.max(state.savedRev, action.rev),
      };
    case 'save-failed':
      return { ...state, inFlight: null, error: action.error, failures: state.failures + 1 };
    case 'main-changed': {
      if (action.seq < state.seq) return state;
      const doc = isDirty(state) ? { ...action.doc, ...contentOf(state.doc) } : action.doc;
      return { ...state, doc, seq: action.seq };
    }
    case 'main-patched':
      if (action.seq < state.seq) return state;
      return { ...state, doc: action.patch(state.doc), seq: action.seq };
    case 'reloaded':
      return { ...initAutosave(action), reloadedAfterConflict: true };
    case 'dismiss-conflict':
      return { ...state, reloadedAfterConflict: false };
  }
}

/**
 * Why main would refuse this content, checked before sending so the header can say which field
 * to fix (main parses again; this only avoids a round trip with a vaguer message).
 */
export function contentProblem(doc: CaseDoc): IpcError | null {
  const parsed = caseContentSchema.safeParse(contentOf(doc));
  const issue = parsed.success ? caseIntegrityIssues(doc)[0] : parsed.error.issues[0];
  if (!issue) return null;
  return { code: 'InvalidInput', message: `${issue.path.join('.')}: ${issue.message}` };
}
