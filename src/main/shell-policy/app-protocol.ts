import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { parseUrl, originOf, APP_ORIGIN } from './app-origin';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export type AssetResolution =
  { ok: true; path: string; contentType: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a file under `root`, or refuses it. Traversal is refused after percent-decoding
 * (`..%2f`), backslashes and NUL bytes are refused outright (Windows separators, C-string truncation),
 * and the final path must stay inside `root` as `path.relative` sees it.
 */
export function resolveAppAsset(rawUrl: string, root: string): AssetResolution {
  const url = parseUrl(rawUrl);
  if (!url) return { ok: false, status: 400 };
  if (originOf(url) !== APP_ORIGIN) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 403 };
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..')) return { ok: false, status: 403 };
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const base = resolve(root);
  const target = resolve(base, `.${wanted}`);
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    return { ok: false, status: 403 };
  }
  const contentType = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
  return { ok: true, path: target, contentType };
}

/** Headers on every app:// response, errors included, so no page of ours ever renders without CSP. */
export function appResponseHeaders(contentType?: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy('app'),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Nothing served here is secret, but the session is in-memory anyway; no-store keeps it that way.
    'Cache-Control': 'no-store',
  };
  if (contentType) headers['Content-Type'] = contentType;
  return headers;
}

export interface AppProtocolOptions {
  /** Absolute path of the built renderer (out/renderer). */
  root: string;
  readFile?: (path: string) => Promise<Uint8Array>;
}

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

function refusal(status: number): Response {
  return new Response(null, {
    status,
    statusText: STATUS_TEXT[status] ?? 'Error',
    headers: appResponseHeaders(),
  });
}

/** The app:// request handler (a Fetch-API function, as `protocol.handle` expects). */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const read = options.readFile ?? ((path: string) => fsReadFile(path));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const asset = resolveAppAsset(request.url, options.root);
    if (!asset.ok) return refusal(asset.status);
    let bytes: Uint8Array;
    try {
      bytes = await read(asset.path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      return refusal(code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' ? 404 : 500);
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(bytes);
    return new Response(body, { status: 200, headers: appResponseHeaders(asset.contentType) });
  };
}
