import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../harness/server';
import { parseStartArgs } from '../../harness/start-args';
import { readStatic } from '../../harness/static-files';

let harness: Harness;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = await mkdtemp(join(tmpdir(), 'confidant-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  harness = await startHarness({ rendererDir });
});

afterAll(async () => {
  await harness.close();
  await rm(rendererDir, { recursive: true, force: true });
});

const call = (path: string, init: RequestInit = {}) =>
  fetch(`${harness.origin}${path}`, { method: 'POST', ...init });

describe('harness server', () => {
  it('serves the renderer with the harness CSP', async () => {
    const response = await fetch(`${harness.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('exposes app:before-close and answers once the page sends app:ready-to-close', async () => {
    const headers = { 'x-confidant-token': harness.token };
    let answered = false;
    const closing = call('/__test/before-close', { headers, body: '{}' }).finally(() => {
      answered = true;
    });
    // The page's part, as the close guard does it after flushing; repeated because an answer sent
    // before the harness starts waiting is dropped, as in main.
    while (!answered) {
      await call('/ipc/app:ready-to-close', { headers, body: '{}' });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await (await closing).json()).toEqual({ ok: true, value: { acknowledged: true } });
  });

  it('dispatches a call that carries the token', async () => {
    const response = await call('/ipc/app:info', {
      headers: { 'x-confidant-token': harness.token },
      body: '{}',
    });
    expect(await response.json()).toMatchObject({ ok: true, value: { runtime: 'harness' } });
  });

  it.each([
    ['no token', {}, 401],
    ['wrong token', { 'x-confidant-token': 'nope' }, 401],
    ['foreign origin', { origin: 'https://evil.example' }, 403],
  ])('refuses a call with %s', async (_label, headers, status) => {
    const withToken = _label === 'foreign origin';
    const response = await call('/ipc/preferences:update', {
      headers: { ...(withToken ? { 'x-confidant-token': harness.token } : {}), ...headers },
      body: JSON.stringify({ input: { theme: 'dark' } }),
    });
    expect(response.status).toBe(status);
    const prefs = await call('/ipc/preferences:get', {
      headers: { 'x-confidant-token': harness.token },
    });
    expect(((await prefs.json()) as { value: { theme: string } }).value.theme).toBe('system');
  });

  it('refuses a request whose Host is not ours (DNS rebinding)', async () => {
    // fetch() will not let a caller set Host, so speak HTTP directly.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${harness.origin}/ipc/app:info`,
        { method: 'POST', headers: { host: 'evil.example', 'x-confidant-token': harness.token } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(421);
  });

  it('refuses a body that is not JSON and one that is too large', async () => {
    const headers = { 'x-confidant-token': harness.token };
    expect((await call('/ipc/app:info', { headers, body: '{nope' })).status).toBe(400);
    expect(
      (await call('/ipc/app:info', { headers, body: 'x'.repeat(2 * 1024 * 1024) })).status,
    ).toBe(413);
  });

  it('starts each test from a fresh data directory on reset', async () => {
    const headers = { 'x-confidant-token': harness.token };
    const before = harness.dataDirectory();
    await call('/ipc/preferences:update', {
      headers,
      body: JSON.stringify({ input: { theme: 'dark' } }),
    });
    await call('/__test/reset', { headers });
    expect(harness.dataDirectory()).not.toBe(before);
    const prefs = await call('/ipc/preferences:get', { headers });
    expect(((await prefs.json()) as { value: { theme: string } }).value.theme).toBe('system');
  });

  it('rejects malformed scripted dialog answers', async () => {
    const response = await call('/__test/dialogs', {
      headers: { 'x-confidant-token': harness.token },
      body: JSON.stringify({ input: [{ kind: 'directory' }] }),
    });
    expect(response.status).toBe(400);
  });
});

describe('static files', () => {
  it('refuses paths that escape the renderer folder', async () => {
    expect(await readStatic(rendererDir, '/../../etc/passwd')).toBeNull();
    expect(await readStatic(rendererDir, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(await readStatic(rendererDir, '/')).not.toBeNull();
  });
});

describe('start.ts arguments', () => {
  it('accepts a port and --json', () => {
    expect(parseStartArgs(['--port', '5178', '--json'])).toMatchObject({ port: 5178, json: true });
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--port', '70000'], /--port must be a whole number/],
    [['--bogus'], /Unknown option/],
    [['positional'], /positional/i],
  ])('refuses %j with a specific message', (argv, message) => {
    expect(() => parseStartArgs(argv)).toThrow(message);
  });
});
