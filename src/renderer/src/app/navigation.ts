import { House, Settings, type LucideIcon } from 'lucide-react';

/** Every screen the frame can show. Cases, Interviews and Documents join this list when they exist. */
export const screenIds = ['home', 'settings'] as const;
export type ScreenId = (typeof screenIds)[number];

export function isScreenId(value: string): value is ScreenId {
  return (screenIds as readonly string[]).includes(value);
}

export interface NavigationState {
  screen: ScreenId;
}

export type NavigationAction = { type: 'navigate'; screen: ScreenId };

export const initialNavigation: NavigationState = { screen: 'home' };

export function navigationReducer(
  state: NavigationState,
  action: NavigationAction,
): NavigationState {
  switch (action.type) {
    case 'navigate':
      return state.screen === action.screen ? state : { screen: action.screen };
  }
}

export interface NavItem {
  screen: ScreenId;
  icon: LucideIcon;
}

/** The sidebar's main list (work areas) and its foot (app-level screens). */
export const primaryNav: readonly NavItem[] = [{ screen: 'home', icon: House }];
export const secondaryNav: readonly NavItem[] = [{ screen: 'settings', icon: Settings }];
