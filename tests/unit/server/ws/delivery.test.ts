/** DeliverySession against an in-memory store and a scripted channel. */
import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InProcessMessageNotifier } from '../../../../server/services/message-notifier';
import { SqliteRelayStore } from '../../../../server/store/sqlite/sqlite-store';
import { ConnectionClosedError } from '../../../../server/ws/connection';
import type { DeliveryChannel } from '../../../../server/ws/delivery';
import { DeliverySession } from '../../../../server/ws/delivery';
import type { WebSocketResponse } from '../../../../shared/proto';
import { WebSocketResponse as WebSocketResponseMessage } from '../../../../shared/proto';
import type { AccountId } from '../../../../shared/relay-api';
import { asDeviceId, DeviceSocketPaths, ONLINE_DELIVERY_HEADER } from '../../../../shared/relay-api';
import { newAccount, newDevice } from '../../../contracts/server/fixtures';

interface Sent {
  readonly verb: string;
  readonly path: string;
  readonly body: Uint8Array | undefined;
  readonly headers: ReadonlyArray<string>;
  readonly answer: (status: number) => void;
}

/** Records requests; the test answers them. */
class ScriptedChannel implements DeliveryChannel {
  readonly sent: Array<Sent> = [];
  readonly notifications: Array<string> = [];
  private readonly closeListeners: Array<(code: number) => void> = [];
  private readonly rejecters: Array<(error: Error) => void> = [];

  request(verb: string, path: string, body?: Uint8Array, headers: ReadonlyArray<string> = []): Promise<WebSocketResponse> {
    return new Promise((resolve, reject) => {
      this.rejecters.push(reject);
      this.sent.push({
        verb,
        path,
        body,
        headers,
        answer: (status) => {
          resolve(WebSocketResponseMessage.create({ id: 1, status, message: '', headers: [] }));
        },
      });
    });
  }

  notify(_verb: string, path: string): void {
    this.notifications.push(path);
  }

  onClose(listener: (code: number) => void): () => void {
    this.closeListeners.push(listener);
    return () => undefined;
  }

  close(code: number): void {
    for (const reject of this.rejecters) reject(new ConnectionClosedError());
    for (const listener of this.closeListeners) listener(code);
  }
}

const one = asDeviceId(1);
let store: SqliteRelayStore;
let accountId: AccountId;
let notifier: InProcessMessageNotifier;

beforeEach(async () => {
  store = new SqliteRelayStore({ filename: ':memory:' });
  notifier = new InProcessMessageNotifier();
  const account = newAccount();
  accountId = account.id;
  await store.createAccount(account, newDevice());
});

afterEach(async () => {
  await store.close();
});

async function enqueue(count: number): Promise<Array<Uint8Array>> {
  const bodies = Array.from({ length: count }, () => randomBytes(8));
  await store.enqueue(
    bodies.map((envelope, index) => ({
      accountId,
      deviceId: one,
      guid: randomUUID(),
      serverTimestamp: index,
      expiresAt: Number.MAX_SAFE_INTEGER,
      envelope,
    })),
  );
  notifier.notify(accountId, one);
  return bodies;
}

function start(channel: ScriptedChannel, window = 3): DeliverySession {
  const session = new DeliverySession(store, notifier, channel, { accountId, deviceId: one }, {
    window,
    clock: () => 0,
    logger: pino({ level: 'silent' }),
  });
  session.start();
  return session;
}

const queued = async (): Promise<number> =>
  (await store.readQueue(accountId, one, { afterCursor: 0, limit: 100, now: 0 })).length;

describe('DeliverySession', () => {
  it('pushes in order, at most `window` unacknowledged at once', async () => {
    const bodies = await enqueue(5);
    const channel = new ScriptedChannel();
    start(channel, 3);
    await expect.poll(() => channel.sent.length).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(channel.sent).toHaveLength(3);
    channel.sent[0]?.answer(200);
    await expect.poll(() => channel.sent.length).toBe(4);
    for (const entry of channel.sent.slice(1)) entry.answer(200);
    await expect.poll(() => channel.sent.length).toBe(5);
    channel.sent[4]?.answer(200);
    expect(channel.sent.map((entry) => Buffer.from(entry.body ?? []).toString('hex'))).toEqual(
      bodies.map((body) => Buffer.from(body).toString('hex')),
    );
  });

  it('delivers a queued envelope with its server timestamp and without the online-only header', async () => {
    await enqueue(1);
    const channel = new ScriptedChannel();
    start(channel);
    await expect.poll(() => channel.sent.length).toBe(1);
    expect(channel.sent[0]).toMatchObject({ verb: 'PUT', path: DeviceSocketPaths.deliver, headers: ['x-signal-timestamp:0'] });
    expect(channel.sent[0]?.headers.some((header) => header.toLowerCase().startsWith(`${ONLINE_DELIVERY_HEADER}:`))).toBe(false);
    channel.sent[0]?.answer(200);
  });

  it('deletes on a 2xx acknowledgement only, and signals queue empty once after the backlog', async () => {
    await enqueue(2);
    const channel = new ScriptedChannel();
    start(channel);
    await expect.poll(() => channel.sent.length).toBe(2);
    expect(channel.notifications).toEqual([]);
    channel.sent[0]?.answer(200);
    channel.sent[1]?.answer(500);
    await expect.poll(() => channel.notifications).toEqual([DeviceSocketPaths.queueEmpty]);
    expect(await queued()).toBe(1);
    // The refused one is not pushed again on this connection.
    await enqueue(1);
    await expect.poll(() => channel.sent.length).toBe(3);
    channel.sent[2]?.answer(200);
    await expect.poll(queued).toBe(1);
    expect(channel.notifications).toHaveLength(1);
  });

  it('stops on close, leaving unacknowledged envelopes queued', async () => {
    await enqueue(2);
    const channel = new ScriptedChannel();
    start(channel);
    await expect.poll(() => channel.sent.length).toBe(2);
    channel.close(1006);
    await enqueue(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(channel.sent).toHaveLength(2);
    expect(await queued()).toBe(3);
  });
});
