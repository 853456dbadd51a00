import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { dispatch } from '../../src/main/ipc/dispatch';
import { createHandlers } from '../../src/main/ipc/handlers';
import { fixedClock } from '../../src/main/ports/clock';
import { CLOSE_ACK_TIMEOUT_MS } from '../../src/main/shell-policy/close-sequence';
import { HARNESS_CLOCK_START } from './harness-clock';
import { createServices, type Services } from '../../src/main/services';
import { ensurePrivateDirectory } from '../../src/main/storage/durable-write';
import type { Handlers } from '../../src/shared/ipc/contract';
import { fail } from '../../src/shared/ipc/result';
import { contentSecurityPolicy } from '../../src/shared/security/csp';
import { testPorts } from '../support/test-ports';
import { checkRequest } from './request-guard';
import { ScriptedDialogs } from './scripted-dialogs';
import { readStatic } from './static-files';

export { HARNESS_CLOCK_START };
const MAX_BODY_BYTES = 1024 * 1024;

export interface HarnessOptions {
  rendererDir?: string;
  port?: number;
  version?: string;
}

export interface Harness {
  url: string;
  origin: string;
  token: string;
  /** The current test's data directory (a fresh one after every reset). */
  dataDirectory(): string;
  reset(): Promise<string>;
  close(): Promise<void>;
}

const dialogAnswer = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('directory'), path: z.string().nullable() }),
  z.strictObject({ kind: z.literal('open'), paths: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('save'), path: z.string().nullable() }),
]);

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

/**
 * The loopback harness: the real services with test adapters (temp data directory, scripted dialogs,
 * fixed clock) behind the same `dispatch` Electron uses, plus the renderer built with the HTTP
 * transport. Tests and `npm run start:browser` use it where no Electron binary exists.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = resolve(options.rendererDir ?? 'out/harness-renderer');
  const token = randomBytes(24).toString('base64url');
  const root = await mkdtemp(join(tmpdir(), 'confidant-harness-'));
  await ensurePrivateDirectory(root);
  let generation = 0;
  let dialogs = new ScriptedDialogs();
  let services: Services;
  let handlers: Handlers;
  const sseClients = new Set<ServerResponse>();
  let unsubscribe: () => void = () => undefined;

  async function reset(): Promise<string> {
    unsubscribe();
    generation += 1;
    const dataDirectory = join(root, `data-${generation}`);
    dialogs = new ScriptedDialogs();
    services = await createServices(
      testPorts({
        dataDirectory,
        dialogs,
        version: options.version ?? '0.0.0-harness',
        clock: fixedClock(HARNESS_CLOCK_START),
      }),
    );
    handlers = createHandlers(services);
    unsubscribe = services.events.subscribe((event, payload) => {
      const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const client of sseClients) client.write(frame);
    });
    return dataDirectory;
  }
  await reset();

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, fail('Internal', 'harness failure'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const isApi = url.pathname.startsWith('/ipc/') || url.pathname.startsWith('/__test/');
    const isEvents = url.pathname === '/events';
    const verdict = checkRequest(
      req,
      port,
      token,
      isApi || isEvents,
      url.searchParams.get('token'),
    );
    if (!verdict.ok) {
      sendJson(res, verdict.status, fail('Forbidden', `Refused: ${verdict.reason}`));
      return;
    }
    if (isEvents && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }
    if (isApi) {
      if (req.method !== 'POST') {
        sendJson(res, 405, fail('Forbidden', 'POST only'));
        return;
      }
      let body: unknown;
      try {
        const text = await readBody(req);
        body = text ? JSON.parse(text) : {};
      } catch (error) {
        const tooLarge = error instanceof BodyTooLarge;
        // The rest of an oversized body is never read: close the connection rather than reuse it.
        if (tooLarge) res.setHeader('connection', 'close');
        sendJson(
          res,
          tooLarge ? 413 : 400,
          fail('InvalidInput', tooLarge ? 'Body too large' : 'Body is not JSON'),
        );
        return;
      }
      const input = (body as { input?: unknown } | null)?.input;
      if (url.pathname.startsWith('/ipc/')) {
        const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
        sendJson(res, 200, await dispatch(handlers, channel, input));
        return;
      }
      await handleControl(url.pathname, input, res);
      return;
    }
    if (req.method !== 'GET') {
      sendJson(res, 405, fail('Forbidden', 'GET only'));
      return;
    }
    const file = await readStatic(rendererDir, url.pathname);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': contentSecurityPolicy('harness'),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    res.end(file.body);
  }

  async function handleControl(path: string, input: unknown, res: ServerResponse): Promise<void> {
    if (path === '/__test/reset') {
      sendJson(res, 200, { ok: true, value: { dataDirectory: await reset() } });
      return;
    }
    if (path === '/__test/dialogs') {
      const answers = z.array(dialogAnswer).safeParse(input);
      if (!answers.success) {
        sendJson(res, 400, fail('InvalidInput', 'Expected an array of dialog answers'));
        return;
      }
      for (const answer of answers.data) dialogs.push(answer);
      sendJson(res, 200, { ok: true, value: { pending: dialogs.pending } });
      return;
    }
    if (path === '/__test/before-close') {
      // What Electron's window 'close' does first: announce, then wait for app:ready-to-close.
      const acknowledged = services.closeCoordinator.waitForAck(CLOSE_ACK_TIMEOUT_MS);
      services.events.emit('app:before-close', {});
      sendJson(res, 200, { ok: true, value: { acknowledged: await acknowledged } });
      return;
    }
    sendJson(res, 404, fail('NotFound', `No control endpoint ${path}`));
  }

  await new Promise<void>((resolveListen) =>
    server.listen(options.port ?? 0, '127.0.0.1', resolveListen),
  );
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    dataDirectory: () => join(root, `data-${generation}`),
    reset,
    async close() {
      unsubscribe();
      for (const client of sseClients) client.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await rm(root, { recursive: true, force: true });
    },
  };
}
