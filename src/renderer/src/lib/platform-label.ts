import type { TFunction } from 'i18next';
import type { AppInfo } from '@shared/ipc/contract';

/** Human names for Node's platform ids; an unknown id is shown as it is. */
export function platformLabel(t: TFunction, platform: string): string {
  switch (platform) {
    case 'darwin':
      return t('platform.darwin');
    case 'win32':
      return t('platform.win32');
    case 'linux':
      return t('platform.linux');
    default:
      return platform;
  }
}

export function runtimeLabel(t: TFunction, runtime: AppInfo['runtime']): string {
  switch (runtime) {
    case 'electron':
      return t('runtime.electron');
    case 'harness':
      return t('runtime.harness');
    case 'cli':
      return t('runtime.cli');
  }
}
