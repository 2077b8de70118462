/**
 * The browser host: serves the built renderer and the IPC contract over a WebSocket on
 * 127.0.0.1, for machines without an Electron binary and for end-to-end tests.
 *
 * It is guarded like a local capability: a random per-launch token must be in the page
 * URL and in the socket URL, the socket's Origin must be this host's own origin, and
 * the Host header must name the loopback address (which defeats DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { IpcRouter } from '../../shared/ipc/router';
import type { HostFrame } from '../../shared/ipc/wire';
import { serveFrames } from '../../shared/ipc/frames';
import { browserHostSocketPath } from '../../shared/ipc/wire';
import { contentSecurityPolicy } from './csp';
import type { Logger } from './logger';

export interface BrowserHostOptions {
  readonly router: IpcRouter;
  /** Folder of the built renderer (out/renderer). */
  readonly rendererDir: string;
  readonly log: Logger;
  readonly port?: number;
  /** Only for tests that need a known token; normally random per launch. */
  readonly token?: string;
}

export interface BrowserHost {
  /** The origin the page must come from, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** The page URL including the per-launch token: the only way in. */
  readonly url: string;
  close(): Promise<void>;
}

/** The bridge script the renderer build emits next to index.html; see electron.vite.config.ts. */
export const bridgeScriptName = 'parley-bridge.js';

const maxFrameBytes = 1024 * 1024;

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const indexHtml = await loadIndexHtml(options.rendererDir);
  const server = http.createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${String(port)}`;
  const expectedHosts = new Set([`127.0.0.1:${String(port)}`, `localhost:${String(port)}`]);
  const csp = contentSecurityPolicy([`ws://127.0.0.1:${String(port)}`]);

  const hasToken = (candidate: string | null): boolean => {
    if (candidate === null) return false;
    const bytes = Buffer.from(candidate);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };

  server.on('request', (request, response) => {
    const reply = (status: number, type: string, body: string | Buffer): void => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': 'no-store',
      });
      response.end(body);
    };
    if (!expectedHosts.has(request.headers.host ?? '') || (request.method !== 'GET' && request.method !== 'HEAD')) {
      reply(403, 'text/plain; charset=utf-8', 'Forbidden');
      return;
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!hasToken(url.searchParams.get('token'))) {
        reply(403, 'text/plain; charset=utf-8', 'This page needs the address with its token, as printed by `npm start`.');
        return;
      }
      reply(200, contentTypes['.html'] ?? 'text/html', indexHtml);
      return;
    }
    serveStatic(options.rendererDir, url.pathname).then(
      (file) => {
        if (file === undefined) reply(404, 'text/plain; charset=utf-8', 'Not found');
        else reply(200, contentTypes[path.extname(url.pathname)] ?? 'application/octet-stream', file);
      },
      (error: unknown) => {
        options.log.error({ err: error }, 'static file failed');
        reply(500, 'text/plain; charset=utf-8', 'Internal error');
      },
    );
  });

  server.on('upgrade', (request, socket: Duplex, head) => {
    const url = new URL(request.url ?? '/', origin);
    const refusal =
      url.pathname !== browserHostSocketPath
        ? 404
        : !expectedHosts.has(request.headers.host ?? '') || request.headers.origin !== origin
          ? 403
          : !hasToken(url.searchParams.get('token'))
            ? 401
            : undefined;
    if (refusal !== undefined) {
      options.log.warn({ status: refusal, origin: request.headers.origin }, 'refused a browser host socket');
      socket.end(`HTTP/1.1 ${String(refusal)} ${http.STATUS_CODES[refusal] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      serveSocket(webSocket, options.router, options.log);
    });
  });

  const removeSink = options.router.addEventSink((channel, payload) => {
    const frame = JSON.stringify({ type: 'event', channel, payload } satisfies HostFrame);
    for (const client of sockets.clients) if (client.readyState === WebSocket.OPEN) client.send(frame);
  });

  return {
    origin,
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    close: async () => {
      removeSink();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
    },
  };
}

function serveSocket(webSocket: WebSocket, router: IpcRouter, log: Logger): void {
  const server = serveFrames(
    router,
    (frame) => {
      if (webSocket.readyState === WebSocket.OPEN) webSocket.send(JSON.stringify(frame));
    },
    (error, channel) => {
      log.error({ err: error, channel }, 'IPC invoke failed unexpectedly');
    },
  );
  webSocket.on('message', (data, isBinary) => {
    if (isBinary) {
      webSocket.close(1003, 'text frames only');
      return;
    }
    let frame: unknown;
    try {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
      frame = JSON.parse(bytes.toString('utf8'));
    } catch {
      webSocket.close(1007, 'frame is not JSON');
      return;
    }
    if (!server.receive(frame)) webSocket.close(1008, 'frame does not match the IPC wire schema');
  });
}

async function loadIndexHtml(rendererDir: string): Promise<string> {
  const html = await fs.readFile(path.join(rendererDir, 'index.html'), 'utf8');
  // The bridge must define window.parleyTransport before the renderer's module runs: module
  // scripts execute in document order, so it goes first in <head>.
  const tag = `<script type="module" src="/${bridgeScriptName}"></script>`;
  if (!html.includes('<head>')) throw new Error('renderer index.html has no <head>');
  return html.replace('<head>', `<head>\n    ${tag}`);
}

async function serveStatic(root: string, pathname: string): Promise<Buffer | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, `.${decoded}`);
  if (!file.startsWith(resolvedRoot + path.sep)) return undefined;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return undefined;
    return await fs.readFile(file);
  } catch {
    return undefined;
  }
}
