/**
 * The device socket's state machine against real sockets on loopback (issue 10, item 1):
 * a tiny HTTP server answers the upgrade as a relay, an impostor or a broken network
 * would. Only a removal statement signed over this attempt's challenge by a key the
 * pinned trust root certifies ends in `removed`; every other refusal leaves the device
 * `unknown-to-relay`, and every other failure waits with a reason code and retries.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { PrivateKey, ServerCertificate } from '@signalapp/libsignal-client';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { DeviceRefusalBody } from '../../../../shared/relay-api';
import { DEVICE_CHALLENGE_HEADER, deviceRemovedStatement, RelayCloseCodes } from '../../../../shared/relay-api';
import { ManualScheduler } from '../../../../engine/kernel/scheduler';
import { DeviceConnection } from '../../../../engine/relay-client/socket';
import type { DeviceConnectionOptions, DeviceConnectionState } from '../../../../engine/relay-client/socket';

const self = { accountId: randomUUID(), deviceId: 2 };

/** A relay's signing keys: the trust root a client pins and the server key it certifies. */
function relayKeys(): { readonly root: string; readonly serverKey: PrivateKey; readonly certificate: ServerCertificate } {
  const trustRoot = PrivateKey.generate();
  const serverKey = PrivateKey.generate();
  return {
    root: Buffer.from(trustRoot.getPublicKey().serialize()).toString('base64'),
    serverKey,
    certificate: ServerCertificate.new(1, serverKey.getPublicKey(), trustRoot),
  };
}

type Keys = ReturnType<typeof relayKeys>;

function signedRemoval(keys: Keys, challenge: string, removedAt = 1_700_000_000_000): DeviceRefusalBody {
  const statement = deviceRemovedStatement({ challenge, ...self, removedAt });
  return {
    error: 'unauthorized',
    message: 'This device was removed from its account.',
    reason: 'device-removed',
    removal: {
      removedAt,
      signature: Buffer.from(keys.serverKey.sign(statement)).toString('base64'),
      serverCertificate: Buffer.from(keys.certificate.serialize()).toString('base64'),
    },
  };
}

function answer(socket: Duplex, status: number, body?: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(
    `HTTP/1.1 ${String(status)} Refused\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${String(Buffer.byteLength(text))}\r\n${extra}\r\n${text}`,
  );
}

type UpgradeScript = (request: IncomingMessage, socket: Duplex, head: Buffer, accept: (onOpen: (ws: WebSocket) => void) => void) => void;

interface FakeRelay {
  readonly url: string;
  /** Upgrade requests seen so far, with the challenge each carried. */
  readonly challenges: Array<string>;
  /** Resolves when the n-th upgrade request (1-based) has arrived. */
  upgrade(n: number): Promise<void>;
  close(): Promise<void>;
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function fakeRelay(script: UpgradeScript): Promise<FakeRelay> {
  const server = http.createServer();
  const wss = new WebSocketServer({ noServer: true });
  const challenges: Array<string> = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const sockets = new Set<Duplex>();
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const challenge = request.headers[DEVICE_CHALLENGE_HEADER];
    challenges.push(typeof challenge === 'string' ? challenge : '');
    for (const waiter of waiters.filter((entry) => entry.n <= challenges.length)) waiter.resolve();
    script(request, socket, head, (onOpen) => {
      wss.handleUpgrade(request, socket, head, onOpen);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const close = async (): Promise<void> => {
    for (const client of wss.clients) client.terminate();
    for (const socket of sockets) socket.destroy();
    wss.close();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  };
  closers.push(close);
  return {
    url: `http://127.0.0.1:${String(port)}`,
    challenges,
    upgrade: (n) =>
      n <= challenges.length
        ? Promise.resolve()
        : new Promise((resolve) => {
            waiters.push({ n, resolve });
          }),
    close,
  };
}

interface Client {
  readonly connection: DeviceConnection;
  readonly states: Array<DeviceConnectionState>;
  /** Resolves with the first state (from now on, or the current one) that matches. */
  until<K extends DeviceConnectionState['kind']>(kind: K): Promise<Extract<DeviceConnectionState, { kind: K }>>;
}

function client(url: string, options: Partial<DeviceConnectionOptions> = {}): Client {
  const states: Array<DeviceConnectionState> = [];
  const listeners = new Set<(state: DeviceConnectionState) => void>();
  const connection = new DeviceConnection({
    relayUrl: url,
    authorization: () => `Basic ${Buffer.from(`${self.accountId}.${String(self.deviceId)}:password-password`).toString('base64')}`,
    self,
    trustRoot: () => undefined,
    onEnvelope: () => Promise.resolve(),
    onStateChange: (state) => {
      states.push(state);
      for (const listener of [...listeners]) listener(state);
    },
    initialBackoffMs: 20,
    maxBackoffMs: 40,
    unknownBackoffMs: 20,
    ...options,
  });
  closers.push(() => connection.stop());
  return {
    connection,
    states,
    until: (kind) =>
      new Promise((resolve) => {
        const current = connection.state;
        if (current.kind === kind) {
          resolve(current as Extract<DeviceConnectionState, { kind: typeof kind }>);
          return;
        }
        const listener = (state: DeviceConnectionState): void => {
          if (state.kind !== kind) return;
          listeners.delete(listener);
          resolve(state as Extract<DeviceConnectionState, { kind: typeof kind }>);
        };
        listeners.add(listener);
      }),
  };
}

const challengeOf = (request: IncomingMessage): string => String(request.headers[DEVICE_CHALLENGE_HEADER]);

describe('the device connection', () => {
  it('is removed when the relay signs the removal over this attempt’s challenge with a key the pinned root certifies', async () => {
    const keys = relayKeys();
    const relay = await fakeRelay((request, socket) => {
      answer(socket, 401, signedRemoval(keys, challengeOf(request), 1_234));
    });
    const desktop = client(relay.url, { trustRoot: () => keys.root });
    desktop.connection.start();
    expect(await desktop.until('removed')).toEqual({ kind: 'removed', removedAt: 1_234 });
    expect(relay.challenges[0]).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('is only unknown to the relay when the statement is signed under another trust root', async () => {
    const impostor = relayKeys();
    const pinned = relayKeys();
    const relay = await fakeRelay((request, socket) => {
      answer(socket, 401, signedRemoval(impostor, challengeOf(request)));
    });
    const desktop = client(relay.url, { trustRoot: () => pinned.root });
    desktop.connection.start();
    expect(await desktop.until('unknown-to-relay')).toMatchObject({ reason: 'unverified-removal' });
    expect(desktop.states.some((state) => state.kind === 'removed')).toBe(false);
  });

  it('is only unknown to the relay when a genuine statement is replayed from an earlier challenge', async () => {
    const keys = relayKeys();
    let recorded: DeviceRefusalBody | undefined;
    const relay = await fakeRelay((request, socket) => {
      recorded ??= signedRemoval(keys, 'A'.repeat(42) + 'A=');
      answer(socket, 401, recorded);
    });
    const desktop = client(relay.url, { trustRoot: () => keys.root });
    desktop.connection.start();
    expect(await desktop.until('unknown-to-relay')).toMatchObject({ reason: 'unverified-removal' });
  });

  it('is only unknown to the relay when it has pinned no trust root yet', async () => {
    const keys = relayKeys();
    const relay = await fakeRelay((request, socket) => {
      answer(socket, 401, signedRemoval(keys, challengeOf(request)));
    });
    const desktop = client(relay.url, { trustRoot: () => undefined });
    desktop.connection.start();
    expect(await desktop.until('unknown-to-relay')).toMatchObject({ reason: 'unverified-removal' });
  });

  it('treats a bare 401 as unknown to the relay, never removed, and keeps trying', async () => {
    const relay = await fakeRelay((_request, socket) => {
      answer(socket, 401);
    });
    const desktop = client(relay.url, { trustRoot: () => relayKeys().root });
    desktop.connection.start();
    const unknown = await desktop.until('unknown-to-relay');
    expect(unknown.reason).toBe('unrecognised');
    await relay.upgrade(3);
    expect(desktop.states.some((state) => state.kind === 'removed')).toBe(false);
  });

  it('treats a bare 403 the same way', async () => {
    const relay = await fakeRelay((_request, socket) => {
      answer(socket, 403, 'Forbidden');
    });
    const desktop = client(relay.url);
    desktop.connection.start();
    expect(await desktop.until('unknown-to-relay')).toMatchObject({ reason: 'unrecognised' });
  });

  it('passes on the relay’s own reason when it does not know the device', async () => {
    const relay = await fakeRelay((_request, socket) => {
      answer(socket, 401, { error: 'unauthorized', message: 'Missing or wrong credentials.', reason: 'unknown-device' });
    });
    const desktop = client(relay.url);
    desktop.connection.start();
    const unknown = await desktop.until('unknown-to-relay');
    expect(unknown.reason).toBe('unknown-device');
    expect(unknown.retryAt).toBeGreaterThan(0);
  });

  it('waits with http-status and the status on a 503, honouring Retry-After', async () => {
    const relay = await fakeRelay((_request, socket) => {
      answer(socket, 503, { error: 'unavailable', message: 'The relay is shutting down.' }, { 'Retry-After': '7' });
    });
    const desktop = client(relay.url);
    const before = Date.now();
    desktop.connection.start();
    const waiting = await desktop.until('waiting');
    expect(waiting).toMatchObject({ reason: 'http-status', status: 503, attempt: 1 });
    expect(waiting.retryAt - before).toBeGreaterThanOrEqual(7_000);
  });

  it('waits with refused when nothing listens on the relay’s port', async () => {
    const relay = await fakeRelay(() => undefined);
    await relay.close();
    const desktop = client(relay.url);
    desktop.connection.start();
    expect(await desktop.until('waiting')).toMatchObject({ reason: 'refused' });
  });

  it('waits with timeout when the upgrade is never answered', async () => {
    const relay = await fakeRelay(() => undefined);
    const desktop = client(relay.url, { handshakeTimeoutMs: 100 });
    desktop.connection.start();
    expect(await desktop.until('waiting')).toMatchObject({ reason: 'timeout' });
  });

  it('waits with closed and the close code when an open connection closes, then connects again', async () => {
    let upgrades = 0;
    const relay = await fakeRelay((_request, _socket, _head, accept) => {
      upgrades++;
      accept((ws) => {
        if (upgrades === 1) ws.close(1011, 'internal error');
      });
    });
    const desktop = client(relay.url);
    desktop.connection.start();
    await desktop.until('open');
    expect(await desktop.until('waiting')).toMatchObject({ reason: 'closed', closeCode: 1011 });
    await desktop.until('open');
    expect(relay.challenges).toHaveLength(2);
    // Each attempt carries a fresh challenge.
    expect(relay.challenges[0]).not.toBe(relay.challenges[1]);
  });

  it('does not take a 4401 close for a removal: it asks again and the upgrade’s answer decides', async () => {
    const keys = relayKeys();
    let upgrades = 0;
    const relay = await fakeRelay((request, socket, _head, accept) => {
      upgrades++;
      if (upgrades === 1) {
        accept((ws) => {
          ws.close(RelayCloseCodes.deviceRemoved, 'device removed');
        });
        return;
      }
      answer(socket, 401, signedRemoval(keys, challengeOf(request)));
    });
    const desktop = client(relay.url, { trustRoot: () => keys.root });
    desktop.connection.start();
    expect(await desktop.until('waiting')).toMatchObject({ reason: 'closed', closeCode: RelayCloseCodes.deviceRemoved });
    await desktop.until('removed');
    expect(upgrades).toBe(2);
  });

  it('stops for good when another connection of the device takes over', async () => {
    const relay = await fakeRelay((_request, _socket, _head, accept) => {
      accept((ws) => {
        ws.close(RelayCloseCodes.displaced, 'displaced');
      });
    });
    const desktop = client(relay.url);
    desktop.connection.start();
    await desktop.until('displaced');
    desktop.connection.retryNow();
    expect(desktop.connection.state.kind).toBe('displaced');
  });

  it('starts the next attempt at once on retryNow while waiting', async () => {
    const relay = await fakeRelay((_request, socket) => {
      answer(socket, 503);
    });
    const desktop = client(relay.url, { initialBackoffMs: 600_000, maxBackoffMs: 600_000 });
    desktop.connection.start();
    const waiting = await desktop.until('waiting');
    expect(waiting.retryAt - Date.now()).toBeGreaterThan(60_000);
    desktop.connection.retryNow();
    expect(desktop.connection.state).toMatchObject({ kind: 'connecting', attempt: 2 });
    await relay.upgrade(2);
  });

  it('starts the next attempt at once on retryNow while the relay does not know the device', async () => {
    const relay = await fakeRelay((_request, socket) => {
      answer(socket, 401, { error: 'unauthorized', message: 'Missing or wrong credentials.', reason: 'unknown-device' });
    });
    const desktop = client(relay.url, { unknownBackoffMs: 600_000 });
    desktop.connection.start();
    await desktop.until('unknown-to-relay');
    desktop.connection.retryNow();
    await relay.upgrade(2);
    expect(await desktop.until('unknown-to-relay')).toMatchObject({ reason: 'unknown-device' });
  });

  it('waits for its retry on the scheduler it was given: nothing reconnects until that time is moved', async () => {
    const relay = await fakeRelay((_request, socket) => {
      answer(socket, 503);
    });
    const scheduler = new ManualScheduler();
    const desktop = client(relay.url, { scheduler, initialBackoffMs: 60_000, maxBackoffMs: 60_000 });
    desktop.connection.start();
    await desktop.until('waiting');
    expect(scheduler.pending).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(desktop.connection.state.kind).toBe('waiting');
    scheduler.advance(60_000);
    expect(desktop.connection.state).toMatchObject({ kind: 'connecting', attempt: 2 });
    await relay.upgrade(2);
  });
});
