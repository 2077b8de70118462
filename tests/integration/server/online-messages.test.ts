/**
 * Online-only sends (`online: true`): pushed to the destination devices connected at that
 * moment, as an ordinary deliver request, and stored nowhere (no queue row, no byte in
 * the relay's files or logs); checked, authorised and rate-limited like any send.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvelopeType } from '../../../shared/proto';
import type { QueuedMessagesResponse } from '../../../shared/relay-api';
import { at, linkDevice, registerAccount } from './support/relay-client';
import type { TestDevice, TestSocket } from './support/relay-client';
import { readAllFiles, startTestRelay } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

let counter = 0;

/** A fresh account with `linked` companions: the primary first. */
async function account(harness: TestRelay, linked = 0): Promise<Array<TestDevice>> {
  counter += 1;
  const primary = await registerAccount(harness.url, `online-${String(counter)}`);
  const devices = [primary];
  for (let index = 0; index < linked; index += 1) devices.push(await linkDevice(primary));
  return devices;
}

function targets(devices: ReadonlyArray<TestDevice>, contents: ReadonlyArray<Uint8Array> = []) {
  return devices.map((device, index) => ({
    deviceId: device.deviceId,
    registrationId: device.registrationId,
    ...(contents[index] === undefined ? {} : { content: contents[index] }),
  }));
}

async function queue(device: TestDevice): Promise<QueuedMessagesResponse> {
  const result = await device.call('GET', '/v1/messages');
  expect(result.status).toBe(200);
  return result.body as QueuedMessagesResponse;
}

/** A device socket whose backlog has been delivered. */
async function connected(device: TestDevice, options: Parameters<TestDevice['connect']>[0] = {}): Promise<TestSocket> {
  const socket = await device.connect(options);
  await socket.waitFor(() => socket.queueEmptyCount === 1, 5_000, 'queue empty');
  return socket;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('online-only sends', () => {
  let harness: TestRelay;

  beforeAll(async () => {
    harness = await startTestRelay();
  });

  afterAll(async () => {
    await harness.dispose();
  });

  it('reach a connected device as an ordinary deliver request, and queue nothing for it', async () => {
    const alice = at(await account(harness), 0);
    const bob = at(await account(harness), 0);
    const socket = await connected(bob);
    const content = randomBytes(48);
    const result = await alice.send(bob.accountId, targets([bob], [content]), { online: true, timestamp: 4321 });
    expect(result).toMatchObject({ status: 200, body: { needsSync: false } });
    await socket.waitForDelivered(1);
    const { envelope } = at(socket.delivered, 0);
    expect(envelope).toMatchObject({
      type: EnvelopeType.CIPHERTEXT,
      sourceAccountId: alice.accountId,
      sourceDeviceId: 1,
      destinationAccountId: bob.accountId,
      destinationDeviceId: 1,
      clientTimestamp: 4321,
      urgent: true,
    });
    expect(envelope.serverGuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(hex(envelope.content)).toBe(hex(content));
    expect((await queue(bob)).messages).toHaveLength(0);
    await socket.close();
  });

  it('go only to the devices connected now: one connecting later finds its queue empty', async () => {
    const alice = at(await account(harness), 0);
    const bobs = await account(harness, 1);
    const [primary, companion] = [at(bobs, 0), at(bobs, 1)];
    const online = await connected(primary);
    const result = await alice.send(primary.accountId, targets(bobs), { online: true });
    expect(result.status).toBe(200);
    await online.waitForDelivered(1);
    expect((await queue(companion)).messages).toHaveLength(0);
    const late = await connected(companion);
    // A queued probe arriving alone proves the online envelope is not coming.
    await alice.send(primary.accountId, targets(bobs), { timestamp: 77 });
    await late.waitForDelivered(1);
    expect(late.delivered.map((entry) => entry.envelope.clientTimestamp)).toEqual([77]);
    await Promise.all([online.close(), late.close()]);
  });

  it('are acknowledged without deleting anything, and an unacknowledged one is not sent again', async () => {
    const alice = at(await account(harness), 0);
    const bob = at(await account(harness), 0);
    const first = await bob.connect({ ackStatus: undefined });
    await alice.send(bob.accountId, targets([bob]), { timestamp: 1 });
    await first.waitForDelivered(1);
    await alice.send(bob.accountId, targets([bob]), { timestamp: 2, online: true });
    await first.waitForDelivered(2);
    first.ack(at(first.delivered, 1));
    await alice.send(bob.accountId, targets([bob]), { timestamp: 3, online: true });
    await first.waitForDelivered(3);
    expect(first.delivered.map((entry) => entry.envelope.clientTimestamp)).toEqual([1, 2, 3]);
    await first.close();
    // Only the queued envelope, never acknowledged, is still there.
    expect((await queue(bob)).messages.map((entry) => entry.guid)).toEqual([at(first.delivered, 0).envelope.serverGuid]);

    const second = await connected(bob);
    expect(second.delivered.map((entry) => entry.envelope.clientTimestamp)).toEqual([1]);
    expect(harness.logs.some((line) => line.includes('"level":50'))).toBe(false);
    await second.close();
  });

  it('answer 409 and 410 for a wrong device list exactly as a queued send, delivering nothing', async () => {
    const alice = at(await account(harness), 0);
    const bobs = await account(harness, 1);
    const sockets = await Promise.all(bobs.map((bob) => connected(bob)));
    const destination = at(bobs, 0).accountId;
    const missing = [at(targets(bobs), 0), { deviceId: 9, registrationId: 1 }];
    const stale = targets(bobs).map((target, index) =>
      index === 1 ? { ...target, registrationId: (target.registrationId % 16000) + 1 } : target,
    );
    for (const online of [false, true]) {
      expect(await alice.send(destination, missing, { online })).toMatchObject({
        status: 409,
        body: { missingDevices: [2], extraDevices: [9] },
      });
      expect(await alice.send(destination, stale, { online })).toMatchObject({ status: 410, body: { staleDevices: [2] } });
    }
    // A good online send arriving alone proves the refused ones went nowhere.
    expect((await alice.send(destination, targets(bobs), { online: true, timestamp: 5 })).status).toBe(200);
    for (const socket of sockets) {
      await socket.waitForDelivered(1);
      expect(socket.delivered.map((entry) => entry.envelope.clientTimestamp)).toEqual([5]);
      await socket.close();
    }
  });

  it('exclude the sender’s own device on its own account, and say needsSync as a queued send does', async () => {
    const own = await account(harness, 1);
    const [primary, companion] = [at(own, 0), at(own, 1)];
    const bob = at(await account(harness), 0);
    const socket = await connected(companion);
    expect((await primary.send(primary.accountId, targets([companion]), { online: true })).status).toBe(200);
    await socket.waitForDelivered(1);
    expect(await primary.send(bob.accountId, targets([bob]), { online: true })).toMatchObject({ status: 200, body: { needsSync: true } });
    await socket.close();
  });

  it('carry sealed sender: no source for the right access key, 401 for a wrong one', async () => {
    const accessKey = randomBytes(16).toString('base64');
    counter += 1;
    const bob = await registerAccount(harness.url, `online-sealed-${String(counter)}`, { unidentifiedAccessKey: accessKey });
    const socket = await connected(bob);
    const sealedSend = (key: string, timestamp: number): Promise<Response> =>
      fetch(new URL(`/v1/messages/${bob.accountId}`, harness.url), {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'unidentified-access-key': key },
        body: JSON.stringify({
          timestamp,
          online: true,
          messages: [{ type: 6, destinationDeviceId: 1, destinationRegistrationId: bob.registrationId, content: 'c2VhbGVk' }],
        }),
      });
    expect((await sealedSend(randomBytes(16).toString('base64'), 1)).status).toBe(401);
    expect((await sealedSend(accessKey, 2)).status).toBe(200);
    await socket.waitForDelivered(1);
    const { envelope } = at(socket.delivered, 0);
    expect(envelope).toMatchObject({ type: EnvelopeType.UNIDENTIFIED_SENDER, clientTimestamp: 2 });
    expect(envelope.sourceAccountId ?? undefined).toBeUndefined();
    expect((await queue(bob)).messages).toHaveLength(0);
    await socket.close();
  });

  it('answer 400 to an `online` that is not a boolean', async () => {
    const alice = at(await account(harness), 0);
    const bob = at(await account(harness), 0);
    const json = {
      timestamp: 1,
      online: 'yes',
      messages: [{ type: 1, destinationDeviceId: 1, destinationRegistrationId: bob.registrationId, content: 'AAAA' }],
    };
    expect((await alice.call('PUT', `/v1/messages/${bob.accountId}`, { json })).status).toBe(400);
  });
});

describe('online-only sends and the rate limit', () => {
  let harness: TestRelay;

  beforeAll(async () => {
    harness = await startTestRelay({ config: { rateLimits: { messagesPerAccount: { capacity: 2, refillPerSecond: 0.001 } } } });
  });

  afterAll(async () => {
    await harness.dispose();
  });

  it('take from the same bucket as queued sends', async () => {
    const alice = at(await account(harness), 0);
    const bob = at(await account(harness), 0);
    expect((await alice.send(bob.accountId, targets([bob]))).status).toBe(200);
    expect((await alice.send(bob.accountId, targets([bob]), { online: true })).status).toBe(200);
    expect((await alice.send(bob.accountId, targets([bob]), { online: true })).status).toBe(429);
  });
});

describe('online-only canaries', () => {
  let harness: TestRelay;

  beforeAll(async () => {
    harness = await startTestRelay();
  });

  afterAll(async () => {
    await harness.dispose();
  });

  it('never reach the relay’s files or logs, delivered or not, while a queued envelope’s bytes do reach its files', async () => {
    const alice = at(await account(harness), 0);
    const bobs = await account(harness, 1);
    const primary = at(bobs, 0);
    const canary = (what: string): Buffer => Buffer.from(`ONLINE-CANARY-${what}-${randomBytes(8).toString('hex')}`);
    const delivered = canary('delivered');
    const undelivered = canary('undelivered');
    const queued = canary('queued');

    const socket = await connected(primary);
    expect((await alice.send(primary.accountId, targets(bobs, [delivered, undelivered]), { online: true })).status).toBe(200);
    await socket.waitForDelivered(1);
    expect(hex(at(socket.delivered, 0).envelope.content)).toBe(hex(delivered));
    await socket.close();
    // The control: the same scan finds a queued envelope's bytes (the companion is offline).
    expect((await alice.send(primary.accountId, targets(bobs, [randomBytes(16), queued]))).status).toBe(200);

    await harness.stop();
    const files = await readAllFiles(harness.dataDir);
    expect(files.includes(queued), 'queued envelope in the data directory').toBe(true);
    expect(files.includes(delivered), 'delivered online envelope in the data directory').toBe(false);
    expect(files.includes(undelivered), 'undelivered online envelope in the data directory').toBe(false);
    const logs = harness.logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const bytes of [delivered, undelivered]) {
      for (const encoding of ['utf8', 'base64', 'hex'] as const) {
        expect(logs.includes(bytes.toString(encoding)), `online envelope (${encoding}) in the logs`).toBe(false);
      }
    }
  });
});
