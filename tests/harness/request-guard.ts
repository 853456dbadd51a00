import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-confidant-token';

export type GuardVerdict = { ok: true } | { ok: false; status: number; reason: string };

/**
 * The harness listens on loopback only, but any local web page could still try to reach it. Every
 * request must name our Host (defeats DNS rebinding), must not come from a foreign Origin, and, for
 * anything beyond static files, must carry the random per-run token.
 */
export function checkRequest(
  req: IncomingMessage,
  port: number,
  token: string,
  needsToken: boolean,
  tokenFromQuery?: string | null,
): GuardVerdict {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return { ok: false, status: 421, reason: 'foreign Host header' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return { ok: false, status: 403, reason: 'foreign Origin' };
  }
  if (!needsToken) return { ok: true };
  const header = req.headers[TOKEN_HEADER];
  const presented = typeof header === 'string' ? header : (tokenFromQuery ?? '');
  if (!sameSecret(presented, token))
    return { ok: false, status: 401, reason: 'missing or wrong token' };
  return { ok: true };
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
