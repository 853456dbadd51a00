import type { VaultStatus } from '@shared/domain/vault';

/**
 * Which full-window step the gate shows. `app` is the frame with case data; `reloading` means the
 * vault locked while case data was on screen, so the window is about to reload to discard it.
 */
export type GateRoute =
  'picker' | 'create' | 'unlock' | 'recover' | 'recovery-key' | 'app' | 'reloading';

export interface GateState {
  status: VaultStatus;
  route: GateRoute;
  /** The new vault's recovery key, held only while the recovery-key step is on screen. */
  recoveryKey: string | null;
}

export type GateAction =
  | { type: 'status'; status: VaultStatus }
  | { type: 'created'; status: VaultStatus; recoveryKey: string }
  | { type: 'show'; route: 'picker' | 'create' | 'unlock' | 'recover' }
  | { type: 'locked' };

/** Routes that had case data (or a fresh recovery key) in the renderer's memory. */
function holdsSecrets(route: GateRoute): boolean {
  return route === 'app' || route === 'recovery-key';
}

/** Where a status leads, given where the user is now. Pure, so every transition is testable. */
export function routeFor(status: VaultStatus, previous: GateRoute, hasKey: boolean): GateRoute {
  if (previous === 'reloading') return 'reloading';
  if (holdsSecrets(previous) && status.state !== 'unlocked') return 'reloading';
  switch (status.state) {
    case 'closed':
      return previous === 'create' ? 'create' : 'picker';
    case 'locked':
      return previous === 'recover' ? 'recover' : 'unlock';
    case 'unlocked':
      if (!status.recoveryKeyPending) return 'app';
      // vault:create and vault:rotate-recovery-key announce the new status before they answer with
      // the key: stay where the user is until the key arrives.
      if (!hasKey && (previous === 'create' || previous === 'app')) return previous;
      return 'recovery-key';
  }
}

export function initialGateState(status: VaultStatus): GateState {
  return { status, route: routeFor(status, 'picker', false), recoveryKey: null };
}

/** A user-chosen step is allowed only where it fits the vault's state. */
function fits(route: 'picker' | 'create' | 'unlock' | 'recover', status: VaultStatus): boolean {
  if (route === 'picker' || route === 'create') return status.state === 'closed';
  return status.state === 'locked';
}

export function gateReducer(state: GateState, action: GateAction): GateState {
  switch (action.type) {
    case 'status': {
      const route = routeFor(action.status, state.route, state.recoveryKey !== null);
      const recoveryKey = route === 'recovery-key' ? state.recoveryKey : null;
      return { status: action.status, route, recoveryKey };
    }
    case 'created':
      return {
        status: action.status,
        route: routeFor(action.status, 'create', true),
        recoveryKey: action.recoveryKey,
      };
    case 'show':
      return fits(action.route, state.status) ? { ...state, route: action.route } : state;
    case 'locked':
      return holdsSecrets(state.route)
        ? { ...state, route: 'reloading', recoveryKey: null }
        : state;
  }
}
