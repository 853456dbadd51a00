import { ChartColumn, FolderOpen, House, Settings, Users, type LucideIcon } from 'lucide-react';
import type { CaseFilters } from '@shared/domain/case-list-query';

/** Every screen the frame can show. Interviews and Documents join this list when they exist. */
export const screenIds = ['home', 'dashboard', 'cases', 'people', 'settings'] as const;
export type ScreenId = (typeof screenIds)[number];

export function isScreenId(value: string): value is ScreenId {
  return (screenIds as readonly string[]).includes(value);
}

/**
 * What the case list opens filtered by (dashboard charts, a person's cases): exactly the
 * `cases:list` filters, so the list passes them to main unchanged. Dates are main's calendar dates.
 */
export type CaseListFilters = CaseFilters;

export interface NavigationState {
  screen: ScreenId;
  /** `cases` screen: the filters the list opens with (none: the list's own default). */
  caseFilters?: CaseListFilters;
  /** `cases` screen: open this case's workspace instead of the list. */
  caseId?: string;
  /** `people` screen: show this person's page instead of the directory. */
  personId?: string;
  /** Bumped by the "new case" command (menu, Ctrl/Cmd+N) so the Cases screen opens its intake. */
  newCaseRequest?: number;
}

/** Where to go: a screen, and for `cases` / `people` what to open there. */
export type NavigationTarget = Omit<NavigationState, 'newCaseRequest'>;

export type NavigationAction =
  | ({ type: 'navigate' } & NavigationTarget)
  | { type: 'open-case'; caseId: string }
  | { type: 'new-case' };

export const initialNavigation: NavigationState = { screen: 'home' };

export function navigationReducer(
  state: NavigationState,
  action: NavigationAction,
): NavigationState {
  switch (action.type) {
    case 'navigate': {
      const next: NavigationState = { screen: action.screen };
      if (action.caseFilters) next.caseFilters = action.caseFilters;
      if (action.caseId) next.caseId = action.caseId;
      if (action.personId) next.personId = action.personId;
      return JSON.stringify(next) === JSON.stringify(state) ? state : next;
    }
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
  { screen: 'dashboard', icon: ChartColumn },
  { screen: 'cases', icon: FolderOpen },
  { screen: 'people', icon: Users },
];
export const secondaryNav: readonly NavItem[] = [{ screen: 'settings', icon: Settings }];
