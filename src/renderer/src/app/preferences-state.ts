import type { Preferences } from '@shared/ipc/contract';
import type { IpcError } from '@shared/ipc/result';

export type PreferenceKey = keyof Preferences;

/**
 * Preferences as the renderer shows them: what main confirmed, overlaid with changes still on their
 * way (so a new theme applies at once), plus the last failure per key for inline messages.
 */
export interface PreferencesState {
  confirmed: Preferences;
  pending: Partial<Preferences>;
  errors: Partial<Record<PreferenceKey, IpcError>>;
}

export type PreferencesAction =
  | { type: 'update-started'; patch: Partial<Preferences> }
  | { type: 'update-succeeded'; patch: Partial<Preferences>; value: Preferences }
  | { type: 'update-failed'; patch: Partial<Preferences>; error: IpcError }
  | { type: 'changed'; value: Preferences };

export function initialPreferencesState(confirmed: Preferences): PreferencesState {
  return { confirmed, pending: {}, errors: {} };
}

export function effectivePreferences(state: PreferencesState): Preferences {
  return { ...state.confirmed, ...state.pending };
}

function keysOf(patch: Partial<Preferences>): PreferenceKey[] {
  return Object.keys(patch) as PreferenceKey[];
}

/** Drops the pending values this patch set, unless a newer change to the same key replaced them. */
function settle(pending: Partial<Preferences>, patch: Partial<Preferences>): Partial<Preferences> {
  const next: Partial<Preferences> = { ...pending };
  for (const key of keysOf(patch)) {
    if (next[key] === patch[key]) delete next[key];
  }
  return next;
}

function withoutErrors(
  errors: PreferencesState['errors'],
  keys: PreferenceKey[],
): PreferencesState['errors'] {
  const next = { ...errors };
  for (const key of keys) delete next[key];
  return next;
}

export function preferencesReducer(
  state: PreferencesState,
  action: PreferencesAction,
): PreferencesState {
  switch (action.type) {
    case 'update-started':
      return {
        ...state,
        pending: { ...state.pending, ...action.patch },
        errors: withoutErrors(state.errors, keysOf(action.patch)),
      };
    case 'update-succeeded':
      return { ...state, confirmed: action.value, pending: settle(state.pending, action.patch) };
    case 'update-failed': {
      const errors = { ...state.errors };
      for (const key of keysOf(action.patch)) errors[key] = action.error;
      return { ...state, pending: settle(state.pending, action.patch), errors };
    }
    case 'changed':
      return { ...state, confirmed: action.value };
  }
}
