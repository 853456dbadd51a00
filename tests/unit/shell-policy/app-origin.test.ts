import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  isAppUrl,
  originOf,
  parseUrl,
} from '../../../src/main/shell-policy/app-origin';

describe('app origin', () => {
  it('serves the entry page from app://confidant', () => {
    expect(APP_ORIGIN).toBe('app://confidant');
    expect(APP_ENTRY_URL).toBe('app://confidant/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://confidant/assets/index-abc.js?x=1#y')).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://confidant.evil/index.html',
    'app://confidant:8080/index.html',
    'app://user:pass@confidant/index.html',
    'app://x@confidant/index.html',
    'https://confidant/index.html',
    'file:///work/out/renderer/index.html',
    'appx://confidant/index.html',
    'javascript:alert(1)',
    'data:text/html,hi',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('rebuilds the origin because Node reports "null" for non-special schemes', () => {
    const url = new URL('app://confidant/x');
    expect(url.origin).toBe('null');
    expect(originOf(url)).toBe('app://confidant');
  });

  it('parses only strings of sane length', () => {
    expect(parseUrl(42)).toBeNull();
    expect(parseUrl(undefined)).toBeNull();
    expect(parseUrl(`app://confidant/${'a'.repeat(9000)}`)).toBeNull();
  });

  it('registers the scheme as standard and secure with nothing else switched on', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: false,
      corsEnabled: false,
      bypassCSP: false,
      allowServiceWorkers: false,
      stream: false,
      codeCache: false,
      allowExtensions: false,
    });
  });
});
