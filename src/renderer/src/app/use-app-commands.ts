import { useEffect } from 'react';
import type { AppCommand } from '@shared/ipc/contract';
import { useApiClient } from '@renderer/api/api-context';
import type { ScreenId } from './navigation';

/** Screens the menu can open. Lock and new case are handled on their own; search… belong to later features. */
export function screenForCommand(command: AppCommand): ScreenId | null {
  switch (command) {
    case 'settings':
      return 'settings';
    default:
      return null;
  }
}

/** Follows the application menu and global shortcuts (Lock is Ctrl/Cmd+L). */
export function useAppCommands(
  onNavigate: (screen: ScreenId) => void,
  onLock: () => void,
  onNewCase: () => void,
): void {
  const { subscribe } = useApiClient();
  useEffect(
    () =>
      subscribe('app:command', ({ command }) => {
        if (command === 'lock') {
          onLock();
          return;
        }
        if (command === 'new-case') {
          onNewCase();
          return;
        }
        const screen = screenForCommand(command);
        if (screen) onNavigate(screen);
      }),
    [subscribe, onNavigate, onLock, onNewCase],
  );
}
