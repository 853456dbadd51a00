// One Content-Security-Policy for every renderer page. The app talks to main only over IPC, so it may
// connect nowhere; the loopback harness (tests, browser preview) must reach its own origin.
export type CspMode = 'app' | 'harness';

export function contentSecurityPolicy(mode: CspMode): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    mode === 'harness' ? "connect-src 'self'" : "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
  ].join('; ');
}
