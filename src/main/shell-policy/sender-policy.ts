import { fail, type Result } from '../../shared/ipc/result';
import { APP_ORIGIN, originOf, parseUrl } from './app-origin';

/** What register-ipc learns about an IPC sender, reduced to plain values. */
export interface SenderFacts {
  /** `event.senderFrame` was present (null once the frame navigated away or was destroyed). */
  hasFrame: boolean;
  /** `senderFrame === sender.mainFrame` and `senderFrame.parent === null`. */
  isMainFrame: boolean;
  /** `senderFrame.url`. */
  frameUrl: string | undefined;
  /** `senderFrame.origin` as Chromium computed it, when available. */
  frameOrigin: string | undefined;
  /** The webContents belongs to a window this process created and still tracks. */
  isKnownWebContents: boolean;
}

export type SenderRefusal = 'no-frame' | 'subframe' | 'foreign-origin' | 'unknown-webcontents';

/**
 * VS Code / Signal discipline: every IPC message is checked for top frame, own origin (URL-parsed,
 * never string-prefixed) and a known window before any validation or handler work. Returns the
 * reason for refusal (safe to log: no payload, no URL) or null when the sender is trusted.
 */
export function refuseSender(facts: SenderFacts): SenderRefusal | null {
  if (!facts.isKnownWebContents) return 'unknown-webcontents';
  if (!facts.hasFrame) return 'no-frame';
  if (!facts.isMainFrame) return 'subframe';
  const url = parseUrl(facts.frameUrl);
  if (!url || originOf(url) !== APP_ORIGIN) return 'foreign-origin';
  // Chromium's own view of the origin must agree when present (an opaque 'null' origin is refused).
  if (facts.frameOrigin !== undefined && facts.frameOrigin !== APP_ORIGIN) return 'foreign-origin';
  return null;
}

/** The envelope a refused sender receives; the handler and dispatch never run. */
export function forbiddenResult(): Result<never> {
  return fail('Forbidden', 'This request did not come from the Confidant window.');
}
