/** What an error fallback can show: a code when the error carries one (IPC errors do), and its text. */
export interface ErrorDescription {
  code: string | null;
  message: string | null;
}

function field(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null || !(key in value)) return null;
  const found = (value as Record<string, unknown>)[key];
  return typeof found === 'string' && found.length > 0 ? found : null;
}

export function describeError(error: unknown): ErrorDescription {
  if (typeof error === 'string') return { code: null, message: error || null };
  const code = field(error, 'code') ?? (error instanceof Error ? error.name : null);
  return { code, message: field(error, 'message') };
}
