import type { IpcError } from '@shared/ipc/result';

/** What the user can do about a failed generate or save, as a key under documents.nextStep. */
export function nextStepKey(error: IpcError): string {
  switch (error.code) {
    case 'InvalidInput':
      return 'fixFields';
    case 'NotFound':
      return 'generateAgain';
    case 'Conflict':
      return 'completeCase';
    case 'VaultLocked':
      return 'unlock';
    case 'StorageIOError':
      return 'otherFolder';
    default:
      return 'retry';
  }
}
