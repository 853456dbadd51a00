import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appResponseHeaders,
  createAppProtocolHandler,
  resolveAppAsset,
} from '../../../src/main/shell-policy/app-protocol';
import { contentSecurityPolicy } from '../../../src/shared/security/csp';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'confidant-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Confidant</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer root');
  writeFileSync(join(base, 'renderer-evil.txt'), 'sibling with a shared prefix');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const handler = () => createAppProtocolHandler({ root });
const get = (url: string, method = 'GET') => handler()(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves index.html with the CSP header and nosniff', async () => {
    const response = await get('app://confidant/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy('app'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Confidant</title>');
  });

  it('serves / as index.html and assets with their content types', async () => {
    expect(await (await get('app://confidant/')).text()).toContain('Confidant');
    const js = await get('app://confidant/assets/app.js?v=1');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://confidant/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it.each([
    'app://confidant/../secret.txt',
    'app://confidant/%2e%2e/secret.txt',
    'app://confidant/..%2fsecret.txt',
    'app://confidant/assets/..%2f..%2fsecret.txt',
    'app://confidant/..%5csecret.txt',
    'app://confidant/%2e%2e%5csecret.txt',
    'app://confidant/index.html%00.js',
    'app://confidant/..%2f..%2f..%2f..%2fetc/passwd',
    'app://confidant/%2e%2e/renderer-evil.txt',
  ])('refuses traversal %s, never reading outside the root', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    const body = await response.text();
    expect(body).not.toContain('outside the renderer root');
    expect(body).not.toContain('sibling');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy('app'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps even URL-normalised traversal inside the root', () => {
    // The URL parser folds /../ before we see it; the result must still resolve under the root.
    const resolved = resolveAppAsset('app://confidant/../../secret.txt', root);
    if (resolved.ok) expect(resolved.path).toBe(join(root, 'secret.txt'));
  });

  it('refuses other hosts and schemes with 403', async () => {
    expect(resolveAppAsset('app://evil/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset('file:///etc/passwd', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset('app://confidant/%E0%A4%A', root)).toEqual({ ok: false, status: 400 });
  });

  it('answers missing files and directories with 404 plus the security headers', async () => {
    const missing = await get('app://confidant/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(contentSecurityPolicy('app'));
    expect((await get('app://confidant/assets/')).status).toBe(404);
  });

  it('allows GET and HEAD only', async () => {
    const head = await get('app://confidant/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await get('app://confidant/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(contentSecurityPolicy('app'));
  });

  it('maps unexpected read errors to 500 without echoing them', async () => {
    const failing = createAppProtocolHandler({
      root,
      readFile: () => Promise.reject(Object.assign(new Error('/secret/path'), { code: 'EIO' })),
    });
    const response = await failing(new Request('app://confidant/index.html'));
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('');
  });

  it('sends no-store and no referrer', () => {
    const headers = appResponseHeaders('text/html');
    expect(headers['Cache-Control']).toBe('no-store');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });
});
