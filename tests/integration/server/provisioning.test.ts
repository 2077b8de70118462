/**
 * Provisioning sockets: an unguessable address, exactly one forwarded envelope, then
 * close; unknown, used and expired addresses are 404.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ProvisionEnvelope, ProvisioningAddress, WebSocketMessage, WebSocketMessageType } from '../../../shared/proto';
import type { WebSocketRequest } from '../../../shared/proto';
import { ProvisioningSocketPaths, RelayCloseCodes, WebSocketPaths } from '../../../shared/relay-api';
import { call, registerAccount } from './support/relay-client';
import type { TestDevice } from './support/relay-client';
import { startTestRelay } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

let harness: TestRelay;
let phone: TestDevice;

beforeAll(async () => {
  harness = await startTestRelay({ config: { provisioningIdleMs: 400 } });
  phone = await registerAccount(harness.url, 'phone');
});

afterAll(async () => {
  await harness.dispose();
});

interface ProvisioningSocket {
  readonly ws: WebSocket;
  readonly address: string;
  readonly requests: Array<WebSocketRequest>;
  readonly closed: Promise<number>;
}

async function openProvisioningSocket(): Promise<ProvisioningSocket> {
  const ws = new WebSocket(new URL(WebSocketPaths.provisioning, harness.url.replace('http', 'ws')));
  const requests: Array<WebSocketRequest> = [];
  const closed = new Promise<number>((resolve) => ws.on('close', resolve));
  const address = await new Promise<string>((resolve, reject) => {
    ws.on('message', (data: Buffer) => {
      const message = WebSocketMessage.decode(data);
      if (message.type !== WebSocketMessageType.REQUEST || message.request == null) return;
      requests.push(message.request);
      if (message.request.path === ProvisioningSocketPaths.address && message.request.body != null) {
        resolve(ProvisioningAddress.decode(message.request.body).address);
      }
    });
    ws.once('error', reject);
  });
  return { ws, address, requests, closed };
}

function envelopeBytes(): Uint8Array {
  return ProvisionEnvelope.encode({ publicKey: randomBytes(33), body: randomBytes(200) }).finish();
}

function sendTo(address: string, body: Uint8Array, options: { anonymous?: boolean } = {}): ReturnType<typeof call> {
  return call(harness.url, 'PUT', `/v1/provisioning/${address}`, {
    json: { body: Buffer.from(body).toString('base64') },
    ...(options.anonymous === true ? {} : { auth: phone }),
  });
}

describe('provisioning sockets', () => {
  it('hand out a distinct, unguessable address to each socket', async () => {
    const [first, second] = await Promise.all([openProvisioningSocket(), openProvisioningSocket()]);
    expect(first.address).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.address).not.toBe(second.address);
    first.ws.close();
    second.ws.close();
  });

  it('forward exactly one envelope, byte for byte, then close normally', async () => {
    const socket = await openProvisioningSocket();
    const bytes = envelopeBytes();
    expect((await sendTo(socket.address, bytes)).status).toBe(204);
    expect(await socket.closed).toBe(RelayCloseCodes.normal);
    const delivered = socket.requests.filter((request) => request.path === ProvisioningSocketPaths.message);
    expect(delivered).toHaveLength(1);
    expect(Buffer.from(delivered[0]?.body ?? [])).toEqual(Buffer.from(bytes));
    // The address is used up.
    expect((await sendTo(socket.address, envelopeBytes())).status).toBe(404);
  });

  it('answer 404 for an address nobody holds', async () => {
    expect((await sendTo(randomBytes(32).toString('base64url'), envelopeBytes())).status).toBe(404);
    expect((await sendTo('short', envelopeBytes())).status).toBe(404);
  });

  it('expire when idle: the socket closes with 4408 and the address is gone', async () => {
    const socket = await openProvisioningSocket();
    expect(await socket.closed).toBe(RelayCloseCodes.provisioningExpired);
    expect((await sendTo(socket.address, envelopeBytes())).status).toBe(404);
  });

  it('take envelopes only from an authenticated device, and leave the socket open otherwise', async () => {
    const socket = await openProvisioningSocket();
    expect((await sendTo(socket.address, envelopeBytes(), { anonymous: true })).status).toBe(401);
    const tooBig = randomBytes(64 * 1024 + 1);
    expect((await sendTo(socket.address, tooBig)).status).toBe(400);
    expect(socket.requests.filter((request) => request.path === ProvisioningSocketPaths.message)).toHaveLength(0);
    expect((await sendTo(socket.address, envelopeBytes())).status).toBe(204);
    await socket.closed;
  });

  it('close on a frame over their small maxPayload (1009)', async () => {
    const socket = await openProvisioningSocket();
    socket.ws.send(randomBytes(8 * 1024));
    expect(await socket.closed).toBe(1009);
  });
});
