import { existsSync } from 'node:fs';

export const BROWSER_ENV = 'CONFIDANT_CHROMIUM';
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Which Chromium the e2e tests drive: $CONFIDANT_CHROMIUM, else Debian's /usr/bin/chromium, else the
 * browser Playwright installed itself (`undefined` lets Playwright use it). Fails with a message that
 * names both options rather than a cryptic launch error.
 */
export function resolveChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightBrowser: () => string | undefined = defaultPlaywrightBrowser,
): string | undefined {
  const configured = env[BROWSER_ENV];
  if (configured) {
    if (!exists(configured))
      throw new Error(`${BROWSER_ENV}=${configured}, but no browser is there.`);
    return configured;
  }
  if (exists(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  const own = playwrightBrowser();
  if (own && exists(own)) return undefined;
  throw new Error(
    `No Chromium found for the e2e tests. Install Debian's (apt-get install -y chromium → ${DEFAULT_CHROMIUM}), ` +
      `set ${BROWSER_ENV} to a Chromium binary, or run \`npx playwright install chromium\`.`,
  );
}

function defaultPlaywrightBrowser(): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('@playwright/test') as { chromium: unknown };
    return (chromium as { executablePath(): string }).executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for a root user on a machine with no network (toolchain.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
