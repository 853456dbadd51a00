import { isAppUrl, parseUrl } from './app-origin';

/**
 * External help pages the app may open in the user's browser. Empty on purpose: the app works offline
 * and ships its help inside the bundle. An entry is an exact https origin plus a path prefix, matched
 * on the parsed URL, never on the raw string.
 */
export interface ExternalLinkRule {
  origin: string;
  pathPrefix: string;
}

export const HELP_LINK_ALLOWLIST: readonly ExternalLinkRule[] = [];

/**
 * In-window navigation (will-navigate, will-redirect, will-frame-navigate): only to the app's own
 * origin. Everything else (https://, file://, data:, javascript:, another app:// host) is prevented.
 */
export function isNavigationAllowed(rawUrl: unknown): boolean {
  return isAppUrl(rawUrl);
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | null };

/**
 * window.open, target=_blank and middle-click: never a new Electron window. An allow-listed https
 * help link is handed to the OS browser, re-serialised from the parsed URL so what is opened is
 * exactly what was checked.
 */
export function decideWindowOpen(
  rawUrl: unknown,
  allowlist: readonly ExternalLinkRule[] = HELP_LINK_ALLOWLIST,
): WindowOpenDecision {
  const url = parseUrl(rawUrl);
  if (!url || url.protocol !== 'https:' || url.username !== '' || url.password !== '') {
    return { action: 'deny', openExternally: null };
  }
  const allowed = allowlist.some(
    (rule) => url.origin === rule.origin && url.pathname.startsWith(rule.pathPrefix),
  );
  return { action: 'deny', openExternally: allowed ? url.href : null };
}

/**
 * Network requests the session lets through (webRequest.onBeforeRequest), on top of CSP: the app's
 * own scheme and blob: URLs minted by its own origin. http(s), ws(s), file: and anything else are
 * cancelled, so a CSP mistake cannot become an exfiltration path. (DevTools runs in the default
 * session, not this partition, so it is unaffected.)
 */
export function isRequestAllowed(rawUrl: unknown): boolean {
  const url = parseUrl(rawUrl);
  if (!url) return false;
  if (isAppUrl(url.href)) return true;
  return url.protocol === 'blob:' && isAppUrl(url.pathname);
}
