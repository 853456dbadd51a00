import { describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, resolveChromium } from '../support/browser-path';

const exists = (paths: string[]) => (path: string) => paths.includes(path);
const noPlaywrightBrowser = () => undefined;

describe('resolveChromium (which browser the e2e tests drive)', () => {
  it('prefers $CONFIDANT_CHROMIUM when it exists', () => {
    const env = { CONFIDANT_CHROMIUM: '/opt/chrome/chrome' };
    expect(resolveChromium(env, exists(['/opt/chrome/chrome', DEFAULT_CHROMIUM]))).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('refuses a $CONFIDANT_CHROMIUM that points nowhere, rather than silently using another', () => {
    expect(() =>
      resolveChromium({ CONFIDANT_CHROMIUM: '/nope' }, exists([DEFAULT_CHROMIUM])),
    ).toThrow(/CONFIDANT_CHROMIUM=\/nope, but no browser is there/);
  });

  it("defaults to Debian's /usr/bin/chromium", () => {
    expect(resolveChromium({}, exists([DEFAULT_CHROMIUM]), noPlaywrightBrowser)).toBe(
      DEFAULT_CHROMIUM,
    );
  });

  it("falls back to Playwright's own browser (undefined lets Playwright pick it)", () => {
    const own = '/root/.cache/ms-playwright/chromium/chrome';
    expect(resolveChromium({}, exists([own]), () => own)).toBeUndefined();
  });

  it('fails with a message naming both ways to get a browser', () => {
    expect(() => resolveChromium({}, exists([]), noPlaywrightBrowser)).toThrow(
      /apt-get install -y chromium.*CONFIDANT_CHROMIUM.*npx playwright install chromium/s,
    );
  });
});
