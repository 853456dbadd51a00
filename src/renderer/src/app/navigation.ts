import { FolderOpen, House, Settings, type LucideIcon } from 'lucide-react';

/** Every screen the frame can show. Interviews and Documents join this list when they exist. */
export const screenIds = ['home', 'cases', 'settings'] as const;
export type ScreenId = (typeof screenIds)[number];

export function isScreenId(value: string): value is ScreenId {
  return (screenIds as readonly string[]).includes(value);
}

export interface NavigationState {
  screen: ScreenId;
  /** The case workspace shown inside the Cases screen; absent for the case list. */
  caseId?: string;
  /** Bumped by the "new case" command (menu, Ctrl/Cmd+N) so the Cases screen opens its intake. */
  newCaseRequest?: number;
}

export type NavigationAction =
  | { type: 'navigate'; screen: ScreenId }
  | { type: 'open-case'; caseId: string }
  | { type: 'new-case' };

export const initialNavigation: NavigationState = { screen: 'home' };

export function navigationReducer(
  state: NavigationState,
  action: NavigationAction,
): NavigationState {
  switch (action.type) {
    case 'navigate':
      return state.screen === action.screen && state.caseId === undefined
        ? state
        : { screen: action.screen };
    case 'open-case':
      return { screen: 'cases', caseId: action.caseId };
    case 'new-case':
      return { screen: 'cases', newCaseRequest: (state.newCaseRequest ?? 0) + 1 };
  }
}

export interface NavItem {
  screen: ScreenId;
  icon: LucideIcon;
}

/** The sidebar's main list (work areas) and its foot (app-level screens). */
export const primaryNav: readonly NavItem[] = [
  { screen: 'home', icon: House },
  { screen: 'cases', icon: FolderOpen },
];
export const secondaryNav: readonly NavItem[] = [{ screen: 'settings', icon: Settings }];
