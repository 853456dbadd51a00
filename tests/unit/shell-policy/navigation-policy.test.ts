import { describe, expect, it } from 'vitest';
import {
  HELP_LINK_ALLOWLIST,
  decideWindowOpen,
  isNavigationAllowed,
  isRequestAllowed,
} from '../../../src/main/shell-policy/navigation-policy';

describe('navigation policy', () => {
  it('allows navigation within app://confidant only', () => {
    expect(isNavigationAllowed('app://confidant/index.html')).toBe(true);
    expect(isNavigationAllowed('app://confidant/index.html#/cases/1')).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:8080/',
    'file:///etc/passwd',
    'file:///work/out/renderer/index.html',
    'app://evil/index.html',
    'app://confidant@evil/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('prevents navigation to %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });
});

describe('window.open policy', () => {
  it('ships with an empty help-link allow-list', () => {
    expect(HELP_LINK_ALLOWLIST).toEqual([]);
  });

  it.each([
    'https://evil.example/',
    'app://confidant/index.html',
    'file:///etc/passwd',
    'about:blank',
    '',
  ])('denies %s and opens nothing externally', (url) => {
    expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
  });

  it('opens only allow-listed https help links externally, re-serialised from the parse', () => {
    const allow = [{ origin: 'https://help.example.org', pathPrefix: '/confidant/' }];
    expect(decideWindowOpen('https://help.example.org/confidant/locking', allow)).toEqual({
      action: 'deny',
      openExternally: 'https://help.example.org/confidant/locking',
    });
    for (const url of [
      'http://help.example.org/confidant/locking',
      'https://help.example.org.evil.example/confidant/',
      'https://help.example.org@evil.example/confidant/',
      'https://user:pw@help.example.org/confidant/',
      'https://help.example.org/other/',
      'https://help.example.org:8443/confidant/',
    ]) {
      expect(decideWindowOpen(url, allow).openExternally).toBeNull();
    }
  });
});

describe('session request filter', () => {
  it('lets the app scheme and its own blob: URLs through', () => {
    expect(isRequestAllowed('app://confidant/assets/x.js')).toBe(true);
    expect(isRequestAllowed('blob:app://confidant/5d1c0a4e-0000-4000-8000-000000000000')).toBe(
      true,
    );
  });

  it.each([
    'https://evil.example/collect?d=1',
    'http://localhost:3000/',
    'ws://127.0.0.1:9222/',
    'wss://evil.example/',
    'file:///etc/passwd',
    'blob:https://evil.example/123',
    'ftp://example.org/',
    'app://evil/x.js',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isRequestAllowed(url)).toBe(false);
  });
});
