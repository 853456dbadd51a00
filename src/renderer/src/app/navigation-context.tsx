import { createContext, useContext } from 'react';
import type { NavigationTarget } from './navigation';

type Navigate = (target: NavigationTarget) => void;

const NavigateContext = createContext<Navigate | null>(null);

/** Provided by the frame: every screen, the palette and search navigate through it. */
export const NavigateProvider = NavigateContext.Provider;

export function useNavigate(): Navigate {
  const navigate = useContext(NavigateContext);
  if (!navigate) throw new Error('useNavigate() is used inside the app frame only.');
  return navigate;
}
