import { isScreenId, type ScreenId } from '@renderer/app/navigation';

// Only the screen id is kept, so the frame reopens where the user was after a lock. Never case data.
const KEY = 'confidant.resume-screen';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function rememberScreen(screen: ScreenId): void {
  try {
    storage()?.setItem(KEY, screen);
  } catch {
    // Storage full or disabled: the next unlock simply opens Home.
  }
}

/** The screen to reopen after unlocking; read-only, so StrictMode's double initialiser is safe. */
export function peekRememberedScreen(): ScreenId | null {
  const value = storage()?.getItem(KEY) ?? null;
  return value !== null && isScreenId(value) ? value : null;
}

export function forgetRememberedScreen(): void {
  storage()?.removeItem(KEY);
}
