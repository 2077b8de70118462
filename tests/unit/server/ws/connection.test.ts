/** Connection over a real ws pair on loopback: framing, pending map, heartbeat. */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { Connection, ConnectionClosedError, RequestTimeoutError } from '../../../../server/ws/connection';
import { WebSocketMessage, WebSocketMessageType } from '../../../../shared/proto';
import type { WebSocketRequest } from '../../../../shared/proto';

let server: WebSocketServer;
let connection: Connection;
let peer: WebSocket;
const peerRequests: Array<WebSocketRequest> = [];

async function open(options: { heartbeatMs?: number; requestTimeoutMs?: number; autoPong?: boolean } = {}): Promise<void> {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const accepted = new Promise<WebSocket>((resolve) => server.once('connection', resolve));
  peer = new WebSocket(`ws://127.0.0.1:${String((server.address() as AddressInfo).port)}`, {
    autoPong: options.autoPong ?? true,
  });
  connection = new Connection(await accepted, {
    heartbeatMs: options.heartbeatMs ?? 60_000,
    requestTimeoutMs: options.requestTimeoutMs ?? 5_000,
    logger: pino({ level: 'silent' }),
    onRequest: (request) => (request.path === '/ping' ? { status: 200, message: 'pong' } : { status: 404, message: '' }),
    closeGraceMs: 200,
  });
  peer.on('message', (data: Buffer) => {
    const message = WebSocketMessage.decode(data);
    if (message.request != null) peerRequests.push(message.request);
  });
  await new Promise<void>((resolve) => {
    peer.once('open', () => {
      resolve();
    });
  });
}

function closeServer(): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

function peerRespond(id: number, status: number): void {
  peer.send(WebSocketMessage.encode({ type: WebSocketMessageType.RESPONSE, response: { id, status, message: '', headers: [] } }).finish());
}

beforeEach(() => {
  peerRequests.length = 0;
});

afterEach(async () => {
  peer.terminate();
  await closeServer();
});

describe('Connection', () => {
  it('matches responses to requests by id, in any order', async () => {
    await open();
    const first = connection.request('PUT', '/a', new Uint8Array([1]));
    const second = connection.request('PUT', '/b');
    await expect.poll(() => peerRequests.length).toBe(2);
    const [a, b] = peerRequests;
    peerRespond(b?.id ?? 0, 204);
    peerRespond(a?.id ?? 0, 200);
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(204);
    expect(Buffer.from(a?.body ?? [])).toEqual(Buffer.from([1]));
  });

  it('fails every pending request when the socket closes', async () => {
    await open();
    const pending = [connection.request('PUT', '/a'), connection.request('PUT', '/b')];
    await expect.poll(() => peerRequests.length).toBe(2);
    peer.close();
    for (const request of pending) await expect(request).rejects.toBeInstanceOf(ConnectionClosedError);
    await expect(connection.request('PUT', '/c')).rejects.toBeInstanceOf(ConnectionClosedError);
  });

  it('fails a request the peer never answers after the timeout', async () => {
    await open({ requestTimeoutMs: 50 });
    await expect(connection.request('PUT', '/slow')).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it('answers the peer’s requests through the handler', async () => {
    await open();
    const statuses: Array<number> = [];
    peer.on('message', (data: Buffer) => {
      const message = WebSocketMessage.decode(data);
      if (message.response != null) statuses.push(message.response.status);
    });
    for (const [id, path] of [[1, '/ping'], [2, '/other']] as const) {
      peer.send(WebSocketMessage.encode({ type: WebSocketMessageType.REQUEST, request: { id, verb: 'GET', path, headers: [] } }).finish());
    }
    await expect.poll(() => statuses).toEqual([200, 404]);
  });

  it('closes on text frames (1003) and on bytes that are not a WebSocketMessage (1007)', async () => {
    await open();
    const closed = new Promise<number>((resolve) => peer.once('close', resolve));
    peer.send('hello');
    expect(await closed).toBe(1003);
    await closeServer();
    await open();
    const closedAgain = new Promise<number>((resolve) => peer.once('close', resolve));
    peer.send(Buffer.from([0xff, 0xff, 0xff]));
    expect(await closedAgain).toBe(1007);
  });

  it('drops a peer that stops answering pings', async () => {
    await open({ heartbeatMs: 40, autoPong: false });
    const codes: Array<number> = [];
    connection.onClose((code) => codes.push(code));
    await expect.poll(() => codes.length, { timeout: 2_000 }).toBe(1);
    expect(connection.isOpen).toBe(false);
  });

  it('keeps a peer that answers pings', async () => {
    await open({ heartbeatMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(connection.isOpen).toBe(true);
  });
});
