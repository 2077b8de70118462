/**
 * Sending and delivery: the 409/410 device checks, in-order push over the device socket,
 * acknowledge-before-delete, queue-empty, displacement, expiry, and the pull API.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvelopeType } from '../../../shared/proto';
import type { AccountId, QueuedMessagesResponse } from '../../../shared/relay-api';
import { RelayCloseCodes } from '../../../shared/relay-api';
import { at, basicAuthorization, linkDevice, registerAccount, upgradeStatus } from './support/relay-client';
import { TestDevice } from './support/relay-client';
import { startTestRelay, TestClock } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

let harness: TestRelay;
const clock = new TestClock();
let counter = 0;

beforeAll(async () => {
  harness = await startTestRelay({ clock: clock.read, config: { messageTtlMs: 60_000 } });
});

afterAll(async () => {
  await harness.dispose();
});

interface Account {
  readonly primary: TestDevice;
  /** The primary first, then the linked devices. */
  readonly devices: Array<TestDevice>;
}

/** A fresh account with `linked` companions. */
async function account(linked = 0): Promise<Account> {
  counter += 1;
  const primary = await registerAccount(harness.url, `user-${String(counter)}`);
  const devices = [primary];
  for (let index = 0; index < linked; index += 1) devices.push(await linkDevice(primary));
  return { primary, devices };
}

const targets = (devices: ReadonlyArray<TestDevice>): Array<{ deviceId: number; registrationId: number }> =>
  devices.map((device) => ({ deviceId: device.deviceId, registrationId: device.registrationId }));

async function queue(device: TestDevice): Promise<QueuedMessagesResponse> {
  const result = await device.call('GET', '/v1/messages');
  expect(result.status).toBe(200);
  return result.body as QueuedMessagesResponse;
}

describe('PUT /v1/messages/{accountId}', () => {
  it('queues one envelope per device, with a server guid and timestamp', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account(1);
    const result = await alice.send(at(bobs, 0).accountId, targets(bobs), { timestamp: 1234 });
    expect(result).toMatchObject({ status: 200, body: { needsSync: false } });
    for (const bob of bobs) {
      const { messages } = await queue(bob);
      expect(messages).toHaveLength(1);
      expect(at(messages, 0).serverTimestamp).toBe(clock.now);
    }
  });

  it('answers 409 with missing and extra devices, queuing nothing', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account(2);
    const result = await alice.send(at(bobs, 0).accountId, [
      ...targets(bobs.slice(0, 2)),
      { deviceId: 9, registrationId: 1 },
    ]);
    expect(result).toMatchObject({ status: 409, body: { missingDevices: [3], extraDevices: [9] } });
    for (const bob of bobs) expect((await queue(bob)).messages).toHaveLength(0);
  });

  it('answers 410 with the stale devices when a registration id differs, queuing nothing', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account(1);
    const stale = targets(bobs).map((target, index) =>
      index === 1 ? { ...target, registrationId: (target.registrationId % 16000) + 1 } : target,
    );
    const result = await alice.send(at(bobs, 0).accountId, stale);
    expect(result).toMatchObject({ status: 410, body: { staleDevices: [2] } });
    for (const bob of bobs) expect((await queue(bob)).messages).toHaveLength(0);
  });

  it('checks 409 before 410', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account(1);
    const result = await alice.send(at(bobs, 0).accountId, [{ deviceId: 1, registrationId: 1 }]);
    expect(result).toMatchObject({ status: 409, body: { missingDevices: [2], extraDevices: [] } });
  });

  it('excludes the sender’s own device when sending to its own account', async () => {
    const { devices: own } = await account(2);
    const [primary, second, third] = [at(own, 0), at(own, 1), at(own, 2)];
    const includingSelf = await primary.send(primary.accountId, targets(own));
    expect(includingSelf).toMatchObject({ status: 409, body: { missingDevices: [], extraDevices: [1] } });
    const sync = await primary.send(primary.accountId, targets([second, third]));
    expect(sync).toMatchObject({ status: 200, body: { needsSync: false } });
    expect((await queue(second)).messages).toHaveLength(1);
    expect((await queue(primary)).messages).toHaveLength(0);
  });

  it('says needsSync when the sender has other devices', async () => {
    const { primary: alice } = await account(1);
    const { devices: bobs } = await account();
    expect((await alice.send(at(bobs, 0).accountId, targets(bobs))).body).toEqual({ needsSync: true });
  });

  it('answers 404 for an unknown destination and 400 for a malformed one', async () => {
    const { primary: alice } = await account();
    expect((await alice.send(randomUUID() as AccountId, [{ deviceId: 1, registrationId: 1 }])).status).toBe(404);
    expect((await alice.call('PUT', '/v1/messages/not-a-uuid', { json: {} })).status).toBe(400);
  });

  it.each([
    ['an empty list', { timestamp: 1, messages: [] }],
    ['a device named twice', 'twice'],
    ['content that is not base64', { timestamp: 1, messages: [{ type: 1, destinationDeviceId: 1, destinationRegistrationId: 1, content: '***' }] }],
    ['an unknown envelope type', { timestamp: 1, messages: [{ type: 2, destinationDeviceId: 1, destinationRegistrationId: 1, content: 'AAAA' }] }],
    ['a negative timestamp', { timestamp: -1, messages: [{ type: 1, destinationDeviceId: 1, destinationRegistrationId: 1, content: 'AAAA' }] }],
  ])('answers 400 to %s', async (_what, body) => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account();
    const json =
      body === 'twice'
        ? {
            timestamp: 1,
            messages: [1, 1].map(() => ({
              type: 1,
              destinationDeviceId: 1,
              destinationRegistrationId: at(bobs, 0).registrationId,
              content: 'AAAA',
            })),
          }
        : body;
    expect((await alice.call('PUT', `/v1/messages/${at(bobs, 0).accountId}`, { json })).status).toBe(400);
    expect((await queue(at(bobs, 0))).messages).toHaveLength(0);
  });

  it('answers 400 to a ciphertext over 256 KiB, naming the field', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account();
    const result = await alice.send(at(bobs, 0).accountId, [
      { ...at(targets(bobs), 0), content: randomBytes(256 * 1024 + 1) },
    ]);
    expect(result.status).toBe(400);
    expect((await queue(at(bobs, 0))).messages).toHaveLength(0);
  });
});

describe('sealed sender', () => {
  const accessKey = randomBytes(16).toString('base64');

  async function recipient(): Promise<TestDevice> {
    counter += 1;
    return registerAccount(harness.url, `sealed-${String(counter)}`, { unidentifiedAccessKey: accessKey });
  }

  function sealedSend(to: TestDevice, key: string, type = EnvelopeType.UNIDENTIFIED_SENDER, extra: Record<string, string> = {}) {
    return fetch(new URL(`/v1/messages/${to.accountId}`, harness.url), {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'unidentified-access-key': key, ...extra },
      body: JSON.stringify({
        timestamp: 5,
        messages: [{ type, destinationDeviceId: 1, destinationRegistrationId: to.registrationId, content: 'c2VhbGVk' }],
      }),
    });
  }

  it('queues an envelope without any sender for the right access key', async () => {
    const bob = await recipient();
    expect((await sealedSend(bob, accessKey)).status).toBe(200);
    const socket = await bob.connect();
    await socket.waitForDelivered(1);
    const { envelope } = at(socket.delivered, 0);
    expect(envelope.type).toBe(EnvelopeType.UNIDENTIFIED_SENDER);
    expect(envelope.sourceAccountId ?? undefined).toBeUndefined();
    expect(envelope.sourceDeviceId ?? undefined).toBeUndefined();
    await socket.close();
  });

  it('answers 401 to a wrong key and to an unknown account alike', async () => {
    const bob = await recipient();
    expect((await sealedSend(bob, randomBytes(16).toString('base64'))).status).toBe(401);
    const ghost = new TestDevice(bob.baseUrl, randomUUID() as AccountId, bob.deviceId, bob.password, bob.identity, 1);
    expect((await sealedSend(ghost, accessKey)).status).toBe(401);
    expect((await queue(bob)).messages).toHaveLength(0);
  });

  it('answers 401 when the account set no access key', async () => {
    const { primary: carol } = await account();
    expect((await sealedSend(carol, accessKey)).status).toBe(401);
  });

  it('accepts any key for an account with unrestricted access', async () => {
    counter += 1;
    const open = await registerAccount(harness.url, `open-${String(counter)}`, { unrestrictedUnidentifiedAccess: true });
    expect((await sealedSend(open, randomBytes(16).toString('base64'))).status).toBe(200);
  });

  it('answers 400 to a sealed envelope of another type, or to both kinds of credentials', async () => {
    const bob = await recipient();
    expect((await sealedSend(bob, accessKey, EnvelopeType.CIPHERTEXT)).status).toBe(400);
    const both = await sealedSend(bob, accessKey, EnvelopeType.UNIDENTIFIED_SENDER, {
      authorization: basicAuthorization(bob.login, bob.password),
    });
    expect(both.status).toBe(400);
    expect((await queue(bob)).messages).toHaveLength(0);
  });

  it('answers 401 to a malformed key', async () => {
    const bob = await recipient();
    expect((await sealedSend(bob, 'short')).status).toBe(401);
  });
});

describe('the device socket', () => {
  it('pushes the backlog in order, then signals queue empty once', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account();
    for (let index = 0; index < 30; index += 1) {
      expect((await alice.send(at(bobs, 0).accountId, targets(bobs), { timestamp: index })).status).toBe(200);
    }
    const socket = await at(bobs, 0).connect();
    await socket.waitFor(() => socket.queueEmptyCount === 1, 5_000, 'queue empty');
    expect(socket.delivered.map((entry) => entry.envelope.clientTimestamp)).toEqual(
      Array.from({ length: 30 }, (_, index) => index),
    );
    expect(at(socket.delivered, 0).envelope).toMatchObject({
      sourceAccountId: alice.accountId,
      sourceDeviceId: 1,
      destinationAccountId: at(bobs, 0).accountId,
      destinationDeviceId: 1,
    });
    // Live messages after the backlog arrive without another queue-empty.
    await alice.send(at(bobs, 0).accountId, targets(bobs), { timestamp: 99 });
    await socket.waitForDelivered(31);
    expect(socket.queueEmptyCount).toBe(1);
    await socket.close();
    await expect.poll(async () => (await queue(at(bobs, 0))).messages.length).toBe(0);
  });

  it('signals queue empty at once when there is no backlog', async () => {
    const { primary: bob } = await account();
    const socket = await bob.connect();
    await socket.waitFor(() => socket.queueEmptyCount === 1, 5_000, 'queue empty');
    expect(socket.delivered).toHaveLength(0);
    await socket.close();
  });

  it('deletes only acknowledged envelopes: unacknowledged ones come again on the next connection', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account();
    await alice.send(at(bobs, 0).accountId, targets(bobs), { timestamp: 1 });
    await alice.send(at(bobs, 0).accountId, targets(bobs), { timestamp: 2 });
    const first = await at(bobs, 0).connect({ ackStatus: undefined });
    await first.waitForDelivered(2);
    first.ack(at(first.delivered, 0));
    await expect.poll(async () => (await queue(at(bobs, 0))).messages.length).toBe(1);
    await first.close();
    const second = await at(bobs, 0).connect();
    await second.waitForDelivered(1);
    expect(second.delivered.map((entry) => entry.envelope.clientTimestamp)).toEqual([2]);
    expect(at(second.delivered, 0).envelope.serverGuid).toBe(at(first.delivered, 1).envelope.serverGuid);
    await second.close();
  });

  it('keeps an envelope the device answers with an error status', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account();
    await alice.send(at(bobs, 0).accountId, targets(bobs));
    const socket = await at(bobs, 0).connect({ ackStatus: 500 });
    await socket.waitForDelivered(1);
    await socket.close();
    expect((await queue(at(bobs, 0))).messages).toHaveLength(1);
  });

  it('lets a second connection displace the first, which gets 4409', async () => {
    const { primary: bob } = await account();
    const first = await bob.connect();
    const second = await bob.connect();
    expect(await first.closed).toBe(RelayCloseCodes.displaced);
    expect(second.closeCode).toBeUndefined();
    await expect.poll(() => harness.relay.stats().deviceSockets).toBeGreaterThan(0);
    await second.close();
  });

  it('delivers messages that arrive while connected', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account(1);
    const sockets = await Promise.all(bobs.map((bob) => bob.connect()));
    await alice.send(at(bobs, 0).accountId, targets(bobs));
    for (const socket of sockets) {
      await socket.waitForDelivered(1);
      await socket.close();
    }
  });

  it('answers a keepalive request with 200 and unknown requests with 404', async () => {
    const { primary: bob } = await account();
    const socket = await bob.connect();
    expect(await socket.request('GET', '/v1/keepalive')).toBe(200);
    expect(await socket.request('GET', '/v1/anything')).toBe(404);
    await socket.close();
  });

  it('closes the socket (1009) on a frame over maxPayload', async () => {
    const { primary: bob } = await account();
    const socket = await bob.connect();
    socket.ws.send(randomBytes(65 * 1024));
    expect(await socket.closed).toBe(1009);
  });

  it('refuses an upgrade with wrong credentials (401) or for another device’s queue', async () => {
    const { devices: bobs } = await account(1);
    const [primary, companion] = [at(bobs, 0), at(bobs, 1)];
    // The companion's password does not open the primary's queue, nor a device that does not exist.
    expect(await upgradeStatus(harness.url, { authorization: basicAuthorization(primary.login, companion.password) })).toBe(401);
    expect(
      await upgradeStatus(harness.url, { authorization: basicAuthorization(`${primary.accountId}.5`, companion.password) }),
    ).toBe(401);
    expect(await upgradeStatus(harness.url, {})).toBe(401);
    expect(await upgradeStatus(harness.url, {}, '/v1/elsewhere')).toBe(404);
  });

  it('accepts credentials in the query for clients that cannot set headers', async () => {
    const { primary: bob } = await account();
    const url = new URL('/v1/websocket', harness.url.replace('http', 'ws'));
    url.searchParams.set('login', bob.login);
    url.searchParams.set('password', bob.password);
    const { default: WebSocket } = await import('ws');
    const ws = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => {
        resolve();
      });
      ws.once('error', reject);
    });
    ws.close();
  });
});

describe('queues', () => {
  it('drop envelopes after their time-to-live', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account();
    await alice.send(at(bobs, 0).accountId, targets(bobs));
    clock.advance(60_001);
    expect((await queue(at(bobs, 0))).messages).toHaveLength(0);
    const socket = await at(bobs, 0).connect();
    await socket.waitFor(() => socket.queueEmptyCount === 1);
    expect(socket.delivered).toHaveLength(0);
    await socket.close();
  });

  it('can be read and acknowledged over HTTP; another device’s guid is 404 and stays queued', async () => {
    const { primary: alice } = await account();
    const { devices: bobs } = await account(1);
    await alice.send(at(bobs, 0).accountId, targets(bobs));
    const primaryQueue = await queue(at(bobs, 0));
    const companionQueue = await queue(at(bobs, 1));
    const guid = at(companionQueue.messages, 0).guid;
    // The primary cannot delete the companion's envelope.
    expect((await at(bobs, 0).call('DELETE', `/v1/messages/uuid/${guid}`)).status).toBe(404);
    expect((await queue(at(bobs, 1))).messages).toHaveLength(1);
    expect((await at(bobs, 1).call('DELETE', `/v1/messages/uuid/${guid}`)).status).toBe(204);
    expect((await at(bobs, 1).call('DELETE', `/v1/messages/uuid/${guid}`)).status).toBe(404);
    expect((await at(bobs, 0).call('DELETE', '/v1/messages/uuid/not-a-guid')).status).toBe(400);
    expect((await queue(at(bobs, 0))).messages.map((entry) => entry.guid)).toEqual(
      primaryQueue.messages.map((entry) => entry.guid),
    );
  });
});
