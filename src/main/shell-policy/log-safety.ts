/**
 * A description of an error that is safe for logs: its class name and errno-style code, never the
 * message. Messages can carry file names, case titles or parsed input (vault.md §10: logs carry ids,
 * never names, notes or filenames).
 */
export function describeErrorForLog(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/i.test(code)
      ? `${error.name} (${code})`
      : error.name;
  }
  return typeof error;
}
