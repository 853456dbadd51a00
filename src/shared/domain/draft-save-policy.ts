// When a live-meeting draft is saved (issue #5: "a crash loses at most about a second of typing").
// A trailing debounce lets a burst of typing become one save; the max wait bounds the loss under
// continuous typing, when a pure debounce would never fire. The renderer's interview autosave
// (features/interviews/use-interview-autosave.ts) and the note-taking crash test both use these.

export const DRAFT_SAVE_DEBOUNCE_MS = 300;
export const DRAFT_SAVE_MAX_WAIT_MS = 1000;
