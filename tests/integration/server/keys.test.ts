/**
 * Pre-key upload, count and bundles: each one-time key is handed out once, then the
 * Kyber last-resort key; bad signatures are 422 and change nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreKeyBundleResponse, PreKeyCountResponse } from '../../../shared/relay-api';
import { at, call, kemPreKey, linkDevice, preKey, registerAccount, signedPreKey } from './support/relay-client';
import type { TestDevice } from './support/relay-client';
import { startTestRelay } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

let harness: TestRelay;
let counter = 0;

beforeAll(async () => {
  harness = await startTestRelay();
});

afterAll(async () => {
  await harness.dispose();
});

async function fresh(options: { preKeys?: number; pqPreKeys?: number; unidentifiedAccessKey?: string } = {}): Promise<TestDevice> {
  counter += 1;
  return registerAccount(harness.url, `keys-${String(counter)}`, options);
}

async function counts(device: TestDevice): Promise<PreKeyCountResponse> {
  const result = await device.call('GET', '/v2/keys');
  expect(result.status).toBe(200);
  return result.body as PreKeyCountResponse;
}

async function bundle(requester: TestDevice, target: TestDevice, device: string): Promise<PreKeyBundleResponse> {
  const result = await requester.call('GET', `/v2/keys/${target.accountId}/${device}`);
  expect(result.status).toBe(200);
  return result.body as PreKeyBundleResponse;
}

describe('pre-key upload', () => {
  it('counts the one-time keys registered with the device', async () => {
    const alice = await fresh({ preKeys: 3, pqPreKeys: 2 });
    expect(await counts(alice)).toEqual({ count: 3, pqCount: 2 });
  });

  it('replaces the one-time keys of a kind with each upload', async () => {
    const alice = await fresh({ preKeys: 3, pqPreKeys: 2 });
    const upload = await alice.call('PUT', '/v2/keys', {
      json: { preKeys: Array.from({ length: 10 }, (_, index) => preKey(500 + index)) },
    });
    expect(upload.status).toBe(204);
    expect(await counts(alice)).toEqual({ count: 10, pqCount: 2 });
  });

  it('refuses a Kyber one-time key with a bad signature with 422 and stores none of the batch', async () => {
    const alice = await fresh({ preKeys: 1, pqPreKeys: 1 });
    const stranger = IdentityKeyPair.generate();
    const result = await alice.call('PUT', '/v2/keys', {
      json: {
        preKeys: [preKey(700), preKey(701)],
        pqPreKeys: [kemPreKey(alice.identity, 800), kemPreKey(stranger, 801)],
      },
    });
    expect(result).toMatchObject({ status: 422, body: { error: 'invalid_signature' } });
    expect(await counts(alice)).toEqual({ count: 1, pqCount: 1 });
  });

  it('refuses a new signed pre-key with a bad signature with 422 and keeps the old one', async () => {
    const alice = await fresh();
    const bob = await fresh();
    const before = at((await bundle(bob, alice, '1')).devices, 0).signedPreKey;
    const bad = signedPreKey(IdentityKeyPair.generate(), 2);
    expect((await alice.call('PUT', '/v2/keys', { json: { signedPreKey: bad } })).status).toBe(422);
    expect(at((await bundle(bob, alice, '1')).devices, 0).signedPreKey).toEqual(before);
    const good = signedPreKey(alice.identity, 3);
    expect((await alice.call('PUT', '/v2/keys', { json: { signedPreKey: good } })).status).toBe(204);
    expect(at((await bundle(bob, alice, '1')).devices, 0).signedPreKey).toEqual(good);
  });

  it.each([
    ['an empty upload', {}],
    ['a key that is not a curve point', { preKeys: [{ keyId: 1, publicKey: Buffer.alloc(33, 9).toString('base64') }] }],
    ['a repeated key id', { preKeys: [preKey(1), preKey(1)] }],
    ['more than 100 keys', { preKeys: Array.from({ length: 101 }, (_, index) => preKey(index)) }],
    ['a Kyber key that is not one', { pqLastResortPreKey: { keyId: 1, publicKey: 'AAAA', signature: randomBytes(64).toString('base64') } }],
  ])('answers 400 to %s and changes nothing', async (_what, json) => {
    const alice = await fresh({ preKeys: 2 });
    expect((await alice.call('PUT', '/v2/keys', { json })).status).toBe(400);
    expect(await counts(alice)).toEqual({ count: 2, pqCount: 0 });
  });

  it('requires credentials', async () => {
    expect((await call(harness.url, 'PUT', '/v2/keys', { json: { preKeys: [preKey(1)] } })).status).toBe(401);
  });
});

describe('pre-key bundles', () => {
  it('hands out each one-time key once, then falls back to the Kyber last-resort key', async () => {
    const alice = await fresh({ preKeys: 2, pqPreKeys: 2 });
    const bob = await fresh();
    const seen = [];
    for (let index = 0; index < 3; index += 1) seen.push(at((await bundle(bob, alice, '1')).devices, 0));
    expect(seen.map((device) => device.preKey?.keyId)).toEqual([100, 101, undefined]);
    expect(seen.map((device) => device.pqPreKey.keyId)).toEqual([200, 201, 9_000]);
    // The last-resort key is not consumed.
    expect(at((await bundle(bob, alice, '1')).devices, 0).pqPreKey.keyId).toBe(9_000);
    expect(await counts(alice)).toEqual({ count: 0, pqCount: 0 });
  });

  it('carries the identity key, registration id and signed keys', async () => {
    const alice = await fresh({ preKeys: 1, pqPreKeys: 1 });
    const bob = await fresh();
    const result = await bundle(bob, alice, '1');
    expect(result.identityKey).toBe(Buffer.from(alice.identity.publicKey.serialize()).toString('base64'));
    expect(at(result.devices, 0)).toMatchObject({ deviceId: 1, registrationId: alice.registrationId });
  });

  it('returns every device for *, except the requester itself', async () => {
    const alice = await fresh({ preKeys: 1 });
    const second = await linkDevice(alice);
    const third = await linkDevice(alice);
    const bob = await fresh();
    expect((await bundle(bob, alice, '*')).devices.map((device) => device.deviceId)).toEqual([1, 2, 3]);
    expect((await bundle(second, alice, '*')).devices.map((device) => device.deviceId)).toEqual([1, 3]);
    expect((await bundle(alice, alice, '*')).devices.map((device) => device.deviceId)).toEqual([2, 3]);
    expect((await bundle(bob, alice, String(third.deviceId))).devices).toHaveLength(1);
  });

  it('answers 404 for an unknown account or device, 400 for a malformed one', async () => {
    const alice = await fresh();
    expect((await alice.call('GET', `/v2/keys/${randomUUID()}/1`)).status).toBe(404);
    expect((await alice.call('GET', `/v2/keys/${alice.accountId}/4`)).status).toBe(404);
    expect((await alice.call('GET', `/v2/keys/${alice.accountId}/x`)).status).toBe(400);
    expect((await alice.call('GET', `/v2/keys/${alice.accountId}/0`)).status).toBe(400);
  });

  it('can be fetched with the account’s unidentified-access key instead of credentials', async () => {
    const accessKey = randomBytes(16).toString('base64');
    const alice = await fresh({ preKeys: 1, unidentifiedAccessKey: accessKey });
    const fetchWith = (key: string): Promise<Response> =>
      fetch(new URL(`/v2/keys/${alice.accountId}/1`, harness.url), { headers: { 'unidentified-access-key': key } });
    expect((await fetchWith(accessKey)).status).toBe(200);
    const wrong = await fetchWith(randomBytes(16).toString('base64'));
    expect(wrong.status).toBe(401);
    expect((await fetch(new URL(`/v2/keys/${alice.accountId}/1`, harness.url))).status).toBe(401);
  });
});
