/** OnlineDeliverySession against the in-process router and a scripted channel. */
import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { InProcessOnlineMessageRouter } from '../../../../server/services/online-router';
import { ConnectionClosedError } from '../../../../server/ws/connection';
import type { DeliveryChannel } from '../../../../server/ws/delivery';
import { OnlineDeliverySession } from '../../../../server/ws/online-delivery';
import type { WebSocketResponse } from '../../../../shared/proto';
import { WebSocketResponse as WebSocketResponseMessage } from '../../../../shared/proto';
import type { AccountId } from '../../../../shared/relay-api';
import { asAccountId, asDeviceId, DeviceSocketPaths, ONLINE_DELIVERY_HEADER } from '../../../../shared/relay-api';

interface Sent {
  readonly verb: string;
  readonly path: string;
  readonly body: Uint8Array | undefined;
  readonly headers: ReadonlyArray<string>;
  readonly answer: (status: number) => void;
}

/** Records requests; the test answers them. */
class ScriptedChannel implements Pick<DeliveryChannel, 'request' | 'onClose'> {
  readonly sent: Array<Sent> = [];
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
let router: InProcessOnlineMessageRouter;
let accountId: AccountId;

beforeEach(() => {
  router = new InProcessOnlineMessageRouter();
  accountId = asAccountId(randomUUID());
});

function start(channel: ScriptedChannel, window = 3): void {
  new OnlineDeliverySession(router, channel, { accountId, deviceId: one }, { window, logger: pino({ level: 'silent' }) }).start();
}

async function publish(count: number): Promise<Array<Uint8Array>> {
  const bodies = Array.from({ length: count }, () => randomBytes(8));
  for (const [index, envelope] of bodies.entries()) await router.publish({ accountId, deviceId: one, serverTimestamp: 1_000 + index, envelope });
  return bodies;
}

const hex = (bytes: Uint8Array | undefined): string => Buffer.from(bytes ?? []).toString('hex');

describe('OnlineDeliverySession', () => {
  it('pushes each envelope as a deliver request with its server timestamp, like queued delivery, marked online-only', async () => {
    const channel = new ScriptedChannel();
    start(channel);
    const [body] = await publish(1);
    expect(channel.sent).toHaveLength(1);
    expect(channel.sent[0]).toMatchObject({
      verb: 'PUT',
      path: DeviceSocketPaths.deliver,
      headers: ['x-signal-timestamp:1000', `${ONLINE_DELIVERY_HEADER}:true`],
    });
    expect(hex(channel.sent[0]?.body)).toBe(hex(body));
  });

  it('holds at most `window` unanswered envelopes, dropping the rest for good', async () => {
    const channel = new ScriptedChannel();
    start(channel, 3);
    const bodies = await publish(5);
    expect(channel.sent.map((entry) => hex(entry.body))).toEqual(bodies.slice(0, 3).map(hex));
    // Any answer frees a place, a refusal too: nothing is kept to send again.
    channel.sent[0]?.answer(200);
    channel.sent[1]?.answer(500);
    await new Promise((resolve) => setImmediate(resolve));
    const later = await publish(3);
    expect(channel.sent.map((entry) => hex(entry.body))).toEqual([...bodies.slice(0, 3), ...later.slice(0, 2)].map(hex));
  });

  it('stops listening when the socket closes', async () => {
    const channel = new ScriptedChannel();
    start(channel);
    await publish(1);
    channel.close(1006);
    await publish(2);
    expect(channel.sent).toHaveLength(1);
  });
});
