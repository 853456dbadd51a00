/**
 * Canonical JSON for small signed/checksummed records (vault.json): object keys sorted by UTF-16 code
 * unit order, no whitespace, strings escaped exactly as JSON.stringify does. This matches RFC 8785
 * (JCS) for the value space we allow — strings, safe integers, booleans, null, arrays, plain objects —
 * so one logical value has exactly one byte encoding and a checksum over it is well defined.
 * Floats, NaN, undefined, functions, bigints and non-plain objects are refused instead of guessed at.
 */
export type CanonicalValue =
  string | number | boolean | null | CanonicalValue[] | { [key: string]: CanonicalValue };

export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

const MAX_DEPTH = 32;

function encode(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) throw new CanonicalJsonError('nesting too deep');
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) throw new CanonicalJsonError('only safe integers allowed');
      // -0 would print as "0" and break the one-encoding rule on re-parse; refuse it.
      if (Object.is(value, -0)) throw new CanonicalJsonError('negative zero not allowed');
      return String(value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((item) => encode(item, depth + 1)).join(',')}]`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new CanonicalJsonError('only plain objects allowed');
      }
      const record = value as Record<string, unknown>;
      // Default sort compares UTF-16 code units, which is what RFC 8785 prescribes.
      const keys = Object.keys(record).sort();
      const parts = keys.map((key) => `${JSON.stringify(key)}:${encode(record[key], depth + 1)}`);
      return `{${parts.join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(`unsupported value type ${typeof value}`);
  }
}

/** Canonical text of `value`; throws CanonicalJsonError for values outside the allowed space. */
export function canonicalJson(value: unknown): string {
  return encode(value, 0);
}

/** Canonical UTF-8 bytes of `value`. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}
