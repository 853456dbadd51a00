import { expect, test } from './fixtures';

// The harness is how the UI reaches main in tests and previews; it must refuse everyone but its page.
test.describe('loopback harness refuses foreign callers', () => {
  test('a call without the token is refused and does nothing', async ({ harness, request }) => {
    const response = await request.post(`${harness.origin}/ipc/preferences:update`, {
      data: { input: { theme: 'dark' } },
    });
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'Forbidden' } });
    const prefs = (await harness.call('preferences:get')) as { value: { theme: string } };
    expect(prefs.value.theme).toBe('system');
  });

  test('a call with a wrong token is refused', async ({ harness, request }) => {
    const response = await request.post(`${harness.origin}/ipc/app:info`, {
      headers: { 'x-confidant-token': 'x'.repeat(harness.token.length) },
      data: {},
    });
    expect(response.status()).toBe(401);
  });

  test('a call from a foreign Origin is refused even with the token', async ({
    harness,
    request,
  }) => {
    const response = await request.post(`${harness.origin}/ipc/preferences:update`, {
      headers: { 'x-confidant-token': harness.token, origin: 'http://evil.example' },
      data: { input: { theme: 'dark' } },
    });
    expect(response.status()).toBe(403);
    const prefs = (await harness.call('preferences:get')) as { value: { theme: string } };
    expect(prefs.value.theme).toBe('system');
  });

  test('a page on another origin cannot call the harness from the browser', async ({
    harness,
    page,
  }) => {
    // A second loopback origin (localhost vs 127.0.0.1 differ as origins) stands in for a hostile page.
    await page.goto(harness.url);
    const foreign = harness.origin.replace('127.0.0.1', 'localhost');
    const status = await page.evaluate(
      async ([target, token]) => {
        try {
          const r = await fetch(`${target}/ipc/app:info`, {
            method: 'POST',
            headers: { 'x-confidant-token': token! },
            body: '{}',
          });
          return r.status;
        } catch {
          return 'blocked';
        }
      },
      [foreign, harness.token],
    );
    // Either CSP/CORS blocks it in the browser or the server refuses the foreign Origin.
    expect(status === 'blocked' || status === 403).toBe(true);
  });

  test('an unknown channel and an invalid input get typed errors and change nothing', async ({
    harness,
  }) => {
    expect(await harness.call('vault:export-keys', {})).toMatchObject({
      ok: false,
      error: { code: 'UnknownChannel' },
    });
    expect(await harness.call('preferences:update', { idleLockMinutes: 999 })).toMatchObject({
      ok: false,
      error: { code: 'InvalidInput' },
    });
    const prefs = (await harness.call('preferences:get')) as { value: { idleLockMinutes: number } };
    expect(prefs.value.idleLockMinutes).toBe(5);
  });

  test('the CSP stops an injected inline script', async ({ harness, page }) => {
    await page.goto(harness.url);
    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
          once: true,
        }),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = true';
      document.body.appendChild(script);
      const directive = await violation;
      return { directive, pwned: (window as { __pwned?: boolean }).__pwned === true };
    });
    expect(outcome.pwned).toBe(false);
    expect(outcome.directive).toContain('script-src');
  });
});
