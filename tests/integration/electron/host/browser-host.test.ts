/**
 * The browser host over real loopback sockets: the page and the IPC socket are refused
 * without the per-launch token, from another origin, or under another Host name; with
 * them, the real host services answer over the same contract as Electron's IPC.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { BrowserHost } from '../../../../electron/host/browser-host';
import { bridgeScriptName, startBrowserHost } from '../../../../electron/host/browser-host';
import { createHost } from '../../../../electron/host/compose';
import type { HostContext } from '../../../../electron/host/compose';
import { startRelay } from '../../../../server/relay';
import type { Relay } from '../../../../server/relay';
import { defaultSettings } from '../../../../shared/ipc/settings';
import { eventChannel, methodChannel } from '../../../../shared/ipc/service';

const token = 'test-token-0123456789abcdef0123456789abcdef';
let dir: string;
let relay: Relay;
let host: HostContext;
let browserHost: BrowserHost;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-bh-'));
  const rendererDir = path.join(dir, 'renderer');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Parley</title></head><body></body></html>');
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await fs.writeFile(path.join(dir, 'secret.txt'), 'outside the renderer folder');
  const log = pino({ level: 'silent' });
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
  host = createHost({ host: 'browser', version: '9.9.9', relayUrl: relay.url, dataDir: path.join(dir, 'data'), log });
  browserHost = await startBrowserHost({ router: host.router, rendererDir, log, token });
});

afterAll(async () => {
  await browserHost.close();
  await host.close();
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

function text(data: WebSocket.RawData): string {
  return (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as Buffer)).toString('utf8');
}

interface Opened {
  readonly socket?: WebSocket;
  readonly status?: number;
}

function openSocket(query: string, headers: Record<string, string> = {}): Promise<Opened> {
  const port = new URL(browserHost.origin).port;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/ipc${query}`, {
      headers: { Origin: browserHost.origin, ...headers },
    });
    socket.once('open', () => {
      resolve({ socket });
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode ?? 0 });
    });
    socket.once('error', reject);
  });
}

function call(socket: WebSocket, id: number, channel: string, args: Array<unknown>): Promise<unknown> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData): void => {
      const frame = JSON.parse(text(data)) as { type: string; id?: number; response?: unknown };
      if (frame.type === 'result' && frame.id === id) {
        socket.off('message', onMessage);
        resolve(frame.response);
      }
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ type: 'invoke', id, channel, args }));
  });
}

describe('browser host page', () => {
  it('serves the renderer, with the bridge injected first, only with the token', async () => {
    const withToken = await fetch(browserHost.url);
    expect(withToken.status).toBe(200);
    const html = await withToken.text();
    expect(html.indexOf(bridgeScriptName)).toBeGreaterThan(0);
    expect(html.indexOf(bridgeScriptName)).toBeLessThan(html.indexOf('<title>'));
    expect(withToken.headers.get('content-security-policy')).toContain("script-src 'self'");

    expect((await fetch(`${browserHost.origin}/`)).status).toBe(403);
    expect((await fetch(`${browserHost.origin}/?token=wrong`)).status).toBe(403);
    expect((await fetch(`${browserHost.origin}/index.html?token=${token.slice(0, -1)}X`)).status).toBe(403);
  });

  it('refuses a request under another Host name (DNS rebinding)', async () => {
    const { default: http } = await import('node:http');
    const port = Number(new URL(browserHost.origin).port);
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: `/?token=${token}`, headers: { Host: `evil.example:${String(port)}` } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
        .on('error', reject);
    });
    expect(status).toBe(403);
  });

  it('serves static files but nothing outside the renderer folder', async () => {
    expect((await fetch(`${browserHost.origin}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${browserHost.origin}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${browserHost.origin}/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${browserHost.origin}/..%2fsecret.txt`)).status).toBe(404);
  });
});

describe('browser host socket', () => {
  it('refuses a socket without the token', async () => {
    expect((await openSocket('')).status).toBe(401);
    expect((await openSocket('?token=nope')).status).toBe(401);
  });

  it('refuses a socket from another origin, even with the token', async () => {
    expect((await openSocket(`?token=${token}`, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await openSocket(`?token=${token}`, { Origin: 'http://127.0.0.1:1' })).status).toBe(403);
  });

  it('answers the real host services over the contract with the token and origin', async () => {
    const { socket } = await openSocket(`?token=${token}`);
    expect(socket).toBeDefined();
    if (socket === undefined) return;
    expect(await call(socket, 1, methodChannel('app', 'getInfo'), [])).toMatchObject({
      ok: true,
      value: { version: '9.9.9', host: 'browser' },
    });
    expect(await call(socket, 2, methodChannel('app', 'checkRelay'), [])).toMatchObject({
      ok: true,
      value: { reachable: true, url: relay.url },
    });
    expect(await call(socket, 3, methodChannel('settings', 'setTheme'), ['purple'])).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    // The invalid call changed nothing.
    expect(await call(socket, 4, methodChannel('settings', 'get'), [])).toEqual({ ok: true, value: defaultSettings });

    const event = new Promise<unknown>((resolve) => {
      socket.on('message', (data: WebSocket.RawData) => {
        const frame = JSON.parse(text(data)) as { type: string; channel?: string; payload?: unknown };
        // Other services' events (the link screen's rotating code) share the socket.
        if (frame.type === 'event' && frame.channel === eventChannel('settings', 'onDidChangeSettings')) resolve(frame.payload);
      });
    });
    expect(await call(socket, 5, methodChannel('settings', 'setTheme'), ['dark'])).toEqual({ ok: true, value: { ...defaultSettings, theme: 'dark' } });
    expect(await event).toEqual({ ...defaultSettings, theme: 'dark' });
    socket.close();
  });

  it('closes a socket that sends a malformed frame, and stays up for others', async () => {
    const { socket } = await openSocket(`?token=${token}`);
    if (socket === undefined) throw new Error('socket refused');
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => { resolve(code); }));
    socket.send(JSON.stringify({ type: 'invoke', id: -1, channel: 42 }));
    expect(await closed).toBe(1008);

    const second = await openSocket(`?token=${token}`);
    if (second.socket === undefined) throw new Error('socket refused');
    const notJson = new Promise<number>((resolve) => second.socket?.once('close', (code) => { resolve(code); }));
    second.socket.send('{not json');
    expect(await notJson).toBe(1007);

    const third = await openSocket(`?token=${token}`);
    expect(third.socket).toBeDefined();
    third.socket?.close();
  });
});
