/**
 * Refused device socket upgrades say why (issue 10, item 1): a removed device gets
 * `device-removed` and, over its own challenge, a statement signed by the server key
 * whose certificate chains to the relay's trust root; an unknown device or a wrong
 * password gets a different reason and never a statement. A relay restarted on an empty
 * data folder cannot make the statement for the old trust root.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { IdentityKeyPair, PublicKey, ServerCertificate } from '@signalapp/libsignal-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceRefusalBody, TrustRootResponse } from '../../../shared/relay-api';
import { DEVICE_CHALLENGE_HEADER, DeviceRefusalBodySchema, deviceRemovedStatement, RelayCloseCodes } from '../../../shared/relay-api';
import { basicAuthorization, call, linkDevice, makeKeys, newPassword, registerAccount } from './support/relay-client';
import type { TestDevice } from './support/relay-client';
import { startTestRelay } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

let harness: TestRelay;

beforeEach(async () => {
  harness = await startTestRelay();
});

afterEach(async () => {
  await harness.dispose();
});

interface Refusal {
  readonly status: number;
  readonly body: DeviceRefusalBody;
}

/** A device socket upgrade that the relay must refuse: its status and parsed body. */
function refusedUpgrade(baseUrl: string, headers: Readonly<Record<string, string>>): Promise<Refusal> {
  return new Promise((resolve, reject) => {
    const url = new URL('/v1/websocket', baseUrl);
    const request = http.request(url, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': randomBytes(16).toString('base64'),
        ...headers,
      },
    });
    request.on('upgrade', (_response, socket) => {
      socket.destroy();
      reject(new Error('the upgrade was accepted'));
    });
    request.on('response', (response) => {
      const chunks: Array<Buffer> = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          body: DeviceRefusalBodySchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8'))),
        });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

const challenge = (): string => randomBytes(32).toString('base64');

const headersOf = (device: TestDevice, withChallenge?: string): Record<string, string> => ({
  authorization: basicAuthorization(device.login, device.password),
  ...(withChallenge === undefined ? {} : { [DEVICE_CHALLENGE_HEADER]: withChallenge }),
});

async function trustRoot(url: string): Promise<PublicKey> {
  const response = await call(url, 'GET', '/v1/certificate/trust-root');
  return PublicKey.deserialize(Uint8Array.from(Buffer.from((response.body as TrustRootResponse).publicKey, 'base64')));
}

/** What a client checks: the certificate against the pinned root, the signature against the certificate's key. */
function verifies(root: PublicKey, device: TestDevice, sentChallenge: string, body: DeviceRefusalBody): boolean {
  if (body.removal === undefined) return false;
  const certificate = ServerCertificate.deserialize(Uint8Array.from(Buffer.from(body.removal.serverCertificate, 'base64')));
  if (!root.verify(certificate.certificateData(), certificate.signature())) return false;
  const statement = deviceRemovedStatement({
    challenge: sentChallenge,
    accountId: device.accountId,
    deviceId: device.deviceId,
    removedAt: body.removal.removedAt,
  });
  return certificate.key().verify(statement, Uint8Array.from(Buffer.from(body.removal.signature, 'base64')));
}

describe('a refused device socket upgrade', () => {
  it('tells a removed device so, signed over its challenge by a key the trust root certifies', async () => {
    const primary = await registerAccount(harness.url, 'remover');
    const desktop = await linkDevice(primary);
    const before = Date.now();
    expect((await primary.call('DELETE', `/v1/devices/${String(desktop.deviceId)}`)).status).toBe(204);

    const sent = challenge();
    const refusal = await refusedUpgrade(harness.url, headersOf(desktop, sent));
    expect(refusal.status).toBe(401);
    expect(refusal.body.reason).toBe('device-removed');
    expect(refusal.body.removal?.removedAt).toBeGreaterThanOrEqual(before);
    expect(verifies(await trustRoot(harness.url), desktop, sent, refusal.body)).toBe(true);
    // The statement is bound to the challenge: replayed against another one it fails.
    expect(verifies(await trustRoot(harness.url), desktop, challenge(), refusal.body)).toBe(false);
  });

  it('says device-removed without a statement when the upgrade carries no well-formed challenge', async () => {
    const primary = await registerAccount(harness.url, 'no-challenge');
    const desktop = await linkDevice(primary);
    await desktop.call('DELETE', `/v1/devices/${String(desktop.deviceId)}`);
    const bare = await refusedUpgrade(harness.url, headersOf(desktop));
    expect(bare.body).toMatchObject({ reason: 'device-removed' });
    expect(bare.body.removal).toBeUndefined();
    const malformed = await refusedUpgrade(harness.url, headersOf(desktop, 'not-base64-of-32-bytes'));
    expect(malformed.body.removal).toBeUndefined();
  });

  it('answers a wrong password of a live device with bad-credentials and no statement', async () => {
    const primary = await registerAccount(harness.url, 'wrong-password');
    const desktop = await linkDevice(primary);
    const refusal = await refusedUpgrade(harness.url, {
      authorization: basicAuthorization(desktop.login, newPassword()),
      [DEVICE_CHALLENGE_HEADER]: challenge(),
    });
    expect(refusal).toMatchObject({ status: 401, body: { reason: 'bad-credentials' } });
    expect(refusal.body.removal).toBeUndefined();
  });

  it('answers a stranger guessing a removed device’s password with unknown-device, not removed', async () => {
    const primary = await registerAccount(harness.url, 'guessed');
    const desktop = await linkDevice(primary);
    await primary.call('DELETE', `/v1/devices/${String(desktop.deviceId)}`);
    const refusal = await refusedUpgrade(harness.url, {
      authorization: basicAuthorization(desktop.login, newPassword()),
      [DEVICE_CHALLENGE_HEADER]: challenge(),
    });
    expect(refusal.body).toMatchObject({ reason: 'unknown-device' });
    expect(refusal.body.removal).toBeUndefined();
  });

  it('cannot state a removal after a restart on an empty data folder: the device is unknown there', async () => {
    const primary = await registerAccount(harness.url, 'forgotten');
    const desktop = await linkDevice(primary);
    await primary.call('DELETE', `/v1/devices/${String(desktop.deviceId)}`);
    const pinned = await trustRoot(harness.url);
    const empty = await startTestRelay();
    try {
      const sent = challenge();
      const refusal = await refusedUpgrade(empty.url, headersOf(desktop, sent));
      expect(refusal.body).toMatchObject({ reason: 'unknown-device' });
      expect(verifies(pinned, desktop, sent, refusal.body)).toBe(false);
    } finally {
      await empty.dispose();
    }
  });

  it('remembers removals across a restart on the same data folder', async () => {
    const primary = await registerAccount(harness.url, 'durable');
    const desktop = await linkDevice(primary);
    await primary.call('DELETE', `/v1/devices/${String(desktop.deviceId)}`);
    const pinned = await trustRoot(harness.url);
    harness = await harness.restart();
    const sent = challenge();
    const refusal = await refusedUpgrade(harness.url, headersOf(desktop, sent));
    expect(refusal.body.reason).toBe('device-removed');
    expect(verifies(pinned, desktop, sent, refusal.body)).toBe(true);
  });

  it('tells a device removed by an identity reset so, while the new primary connects', async () => {
    const primary = await registerAccount(harness.url, 'reset');
    const desktop = await linkDevice(primary);
    const identity = IdentityKeyPair.generate();
    const reset = await primary.call('PUT', '/v1/accounts/identity', {
      json: { identityKey: Buffer.from(identity.publicKey.serialize()).toString('base64'), password: newPassword(), ...makeKeys(identity) },
    });
    expect(reset.status).toBe(204);
    const sent = challenge();
    const refusal = await refusedUpgrade(harness.url, headersOf(desktop, sent));
    expect(refusal.body.reason).toBe('device-removed');
    expect(verifies(await trustRoot(harness.url), desktop, sent, refusal.body)).toBe(true);
    expect((await refusedUpgrade(harness.url, headersOf(primary, challenge()))).body.reason).toBe('device-removed');
  });

  it('tells the old device it was removed even after a new device took its id', async () => {
    const primary = await registerAccount(harness.url, 'reused-id');
    const old = await linkDevice(primary);
    await primary.call('DELETE', `/v1/devices/${String(old.deviceId)}`);
    const successor = await linkDevice(primary);
    expect(successor.deviceId).toBe(old.deviceId);
    const sent = challenge();
    const refusal = await refusedUpgrade(harness.url, headersOf(old, sent));
    expect(refusal.body.reason).toBe('device-removed');
    expect(verifies(await trustRoot(harness.url), old, sent, refusal.body)).toBe(true);
    const socket = await successor.connect();
    expect(socket.closeCode).toBeUndefined();
    expect(await socket.close()).toBe(RelayCloseCodes.normal);
  });
});
