// The renderer is served from a privileged custom scheme instead of file://, so it gets a real,
// opaque-free origin (app://confidant) that CSP, navigation guards and the IPC sender check can
// compare against, and file:// never needs extra privileges (fuse GrantFileProtocolExtraPrivileges off).
export const APP_SCHEME = 'app';
export const APP_HOST = 'confidant';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`. `standard` gives the scheme URL parsing and a
 * real origin; `secure` makes it a secure context (no mixed-content downgrade). Everything else stays
 * off: the app never fetch()es (CSP connect-src 'none'); bypassing CSP would defeat the header;
 * `corsEnabled` is needed only for cross-origin reads (the bundle's module scripts are same-origin)
 * and would let other origins read app:// without any Access-Control-Allow-Origin check; no service
 * workers, streams, on-disk code cache or extensions. Electron honours only ONE
 * registerSchemesAsPrivileged call, so a future media scheme must join the same call in index.ts.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: false,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
  codeCache: false,
  allowExtensions: false,
} as const;

/** Parses with the WHATWG URL parser; never compares raw strings (prefix tricks, case, userinfo). */
export function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 8192) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * The origin of a parsed URL as Chromium computes it for a standard scheme. Node's URL reports
 * `origin === 'null'` for every non-special scheme (app: included), so the origin is rebuilt from
 * protocol and host; URLs with credentials are never ours.
 */
export function originOf(url: URL): string | null {
  if (url.username !== '' || url.password !== '') return null;
  if (url.host === '') return null;
  return `${url.protocol}//${url.host}`;
}

/** True when `raw` is an app://confidant URL (any path). */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  return url !== null && originOf(url) === APP_ORIGIN;
}
