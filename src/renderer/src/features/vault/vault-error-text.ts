import type { TFunction } from 'i18next';
import type { ErrorCode, IpcError } from '@shared/ipc/result';

export interface VaultErrorText {
  title: string;
  /** Main's own words, when they add something (which group of a key looks wrong, which folder). */
  detail: string | null;
  nextStep: string;
}

/** Codes with their own wording; anything else reads as an unexpected problem. */
const described = new Set<ErrorCode>([
  'WrongPassphrase',
  'WrongRecoveryKey',
  'VaultCorrupt',
  'UnsupportedParams',
  'UnsupportedVersion',
  'DocCorrupt',
  'DocSwapped',
  'DocRollback',
  'DocMissing',
  'StorageIOError',
  'CryptoSelfTestFailed',
  'VaultLocked',
  'Conflict',
  'NotFound',
  'InvalidInput',
  'InterviewLocked',
  'Internal',
]);

/** Codes whose message from main says something the user can act on. */
const showsDetail = new Set<ErrorCode>([
  'WrongRecoveryKey',
  'Conflict',
  'NotFound',
  'InvalidInput',
  'StorageIOError',
  'Internal',
]);

/** A failed vault call in plain words: what happened and what to do next. */
export function vaultErrorText(t: TFunction, error: IpcError): VaultErrorText {
  const code = described.has(error.code) ? error.code : 'Internal';
  return {
    title: t(`vault.errors.${code}.title`),
    detail: showsDetail.has(error.code) && error.message ? error.message : null,
    nextStep: t(`vault.errors.${code}.next`),
  };
}

/** Cancelled means the user closed a folder or save dialog: nothing to report. */
export function isSilent(error: IpcError): boolean {
  return error.code === 'Cancelled';
}
