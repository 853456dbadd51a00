// The envelope every IPC call returns. Electron keeps only `message` from thrown errors,
// so nothing relies on throwing across the process boundary.
export const errorCodes = [
  // contract and transport
  'UnknownChannel',
  'InvalidInput',
  'Forbidden',
  'Internal',
  'Cancelled',
  'NotFound',
  'Conflict',
  'VaultLocked',
  // cases (src/shared/domain/case-status.ts): the workflow refused the change; the typed
  // refusal is in `details.refusal`. A stale `expectedSeq` is `Conflict`.
  'TransitionRefused',
  // interviews: a finalised interview is locked; only addenda and statement reviews are added.
  'InterviewLocked',
  // vault (docs/vault-format.md §errors)
  'WrongPassphrase',
  'WrongRecoveryKey',
  'VaultCorrupt',
  'UnsupportedParams',
  'UnsupportedVersion',
  'DocCorrupt',
  'DocSwapped',
  'DocRollback',
  'DocMissing',
  'BlobHeaderCorrupt',
  'BlobCorrupt',
  'BlobTruncated',
  'BlobTrailingData',
  'AuditChainBroken',
  'AuditInconsistentWithCheckpoint',
  'StorageIOError',
  'CryptoSelfTestFailed',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface IpcError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>,
): Result<T> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}
