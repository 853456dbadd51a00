import type { ErrorCode } from '../../shared/ipc/result';

/** A failure a service means to report to the user, with a typed code the UI can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
