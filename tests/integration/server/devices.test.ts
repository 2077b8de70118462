/**
 * Link tokens, linking, the device limit, listing and removing devices. Each refusal has
 * its precise status and leaves the account as it was.
 */
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceListResponse } from '../../../shared/relay-api';
import { RelayCloseCodes } from '../../../shared/relay-api';
import { call, linkDevice, linkToken, makeKeys, newPassword, registerAccount, TestDevice } from './support/relay-client';

import { startTestRelay, TestClock } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

let harness: TestRelay;
const clock = new TestClock();

beforeAll(async () => {
  harness = await startTestRelay({ clock: clock.read });
});

afterAll(async () => {
  await harness.dispose();
});

async function deviceIds(device: TestDevice): Promise<Array<number>> {
  const result = await device.call('GET', '/v1/devices');
  expect(result.status).toBe(200);
  return (result.body as DeviceListResponse).devices.map((entry) => entry.id);
}

function linkBody(token: string, identity: IdentityKeyPair): Record<string, unknown> {
  return { verificationCode: token, password: newPassword(), ...makeKeys(identity) };
}

describe('link tokens', () => {
  it('are issued to the primary only (403 for a linked device)', async () => {
    const primary = await registerAccount(harness.url, 'tokens');
    const companion = await linkDevice(primary);
    const result = await companion.call('GET', '/v1/devices/provisioning/code');
    expect(result).toMatchObject({ status: 403, body: { error: 'primary_only' } });
  });

  it('expire after ten minutes', async () => {
    const primary = await registerAccount(harness.url, 'expiring');
    const token = await linkToken(primary);
    clock.advance(10 * 60 * 1000 + 1);
    const result = await call(harness.url, 'PUT', '/v1/devices/link', { json: linkBody(token, primary.identity) });
    expect(result).toMatchObject({ status: 403, body: { error: 'invalid_link_token' } });
    expect(await deviceIds(primary)).toEqual([1]);
  });
});

describe('linking', () => {
  it('gives the new device the next id and its own credentials', async () => {
    const primary = await registerAccount(harness.url, 'linker');
    const companion = await linkDevice(primary);
    expect(companion.deviceId).toBe(2);
    expect(companion.accountId).toBe(primary.accountId);
    expect((await companion.call('GET', '/v1/accounts/whoami')).body).toMatchObject({ deviceId: 2 });
    expect(await deviceIds(primary)).toEqual([1, 2]);
  });

  it('refuses a replayed token with 403 and adds nothing', async () => {
    const primary = await registerAccount(harness.url, 'replay');
    const token = await linkToken(primary);
    await linkDevice(primary, { token });
    const replay = await call(harness.url, 'PUT', '/v1/devices/link', { json: linkBody(token, primary.identity) });
    expect(replay).toMatchObject({ status: 403, body: { error: 'invalid_link_token' } });
    expect(await deviceIds(primary)).toEqual([1, 2]);
  });

  it('refuses an unknown token with 403', async () => {
    const primary = await registerAccount(harness.url, 'unknown-token');
    const result = await call(harness.url, 'PUT', '/v1/devices/link', {
      json: linkBody('made-up-token', primary.identity),
    });
    expect(result.status).toBe(403);
  });

  it('refuses keys not signed by the account identity with 422 and keeps the token usable', async () => {
    const primary = await registerAccount(harness.url, 'bad-signature');
    const token = await linkToken(primary);
    const stranger = IdentityKeyPair.generate();
    const bad = await call(harness.url, 'PUT', '/v1/devices/link', { json: linkBody(token, stranger) });
    expect(bad).toMatchObject({ status: 422, body: { error: 'invalid_signature' } });
    expect(await deviceIds(primary)).toEqual([1]);
    // The failed attempt consumed nothing.
    await expect(linkDevice(primary, { token })).resolves.toMatchObject({ deviceId: 2 });
  });

  it('answers 400 to a malformed link body and consumes nothing', async () => {
    const primary = await registerAccount(harness.url, 'malformed-link');
    const token = await linkToken(primary);
    const result = await call(harness.url, 'PUT', '/v1/devices/link', {
      json: { ...linkBody(token, primary.identity), registrationId: 'twelve' },
    });
    expect(result.status).toBe(400);
    await expect(linkDevice(primary, { token })).resolves.toMatchObject({ deviceId: 2 });
  });

  it('allows five linked devices and refuses a sixth with 411', async () => {
    const primary = await registerAccount(harness.url, 'full-house');
    for (let index = 0; index < 5; index += 1) await linkDevice(primary);
    expect(await deviceIds(primary)).toEqual([1, 2, 3, 4, 5, 6]);
    const token = await linkToken(primary);
    const sixth = await call(harness.url, 'PUT', '/v1/devices/link', { json: linkBody(token, primary.identity) });
    expect(sixth).toMatchObject({ status: 411, body: { error: 'too_many_devices' } });
    expect(await deviceIds(primary)).toEqual([1, 2, 3, 4, 5, 6]);
    // After an unlink, the same token works and the freed id is reused.
    expect((await primary.call('DELETE', '/v1/devices/3')).status).toBe(204);
    await expect(linkDevice(primary, { token })).resolves.toMatchObject({ deviceId: 3 });
  });

  it('allows a business account fifty linked desktops, its agents, and refuses the fifty-first', async () => {
    const owner = await registerAccount(harness.url, 'acme-support', { kind: 'business' });
    for (let index = 0; index < 50; index += 1) await linkDevice(owner);
    expect(await deviceIds(owner)).toHaveLength(51);
    const token = await linkToken(owner);
    const extra = await call(harness.url, 'PUT', '/v1/devices/link', { json: linkBody(token, owner.identity) });
    expect(extra).toMatchObject({ status: 411, body: { error: 'too_many_devices' } });
    // An account kind the relay does not know is refused, not taken as personal or business.
    const unknown = await call(harness.url, 'POST', '/v1/accounts', { json: { handle: 'odd-kind', kind: 'enterprise' } });
    expect(unknown.status).toBe(400);
  }, 120_000);
});

describe('listing devices', () => {
  it('shows when each device was created and last seen (recorded at most hourly)', async () => {
    const primary = await registerAccount(harness.url, 'seen');
    const companion = await linkDevice(primary);
    const linkedAt = clock.now;
    clock.advance(2 * 60 * 60 * 1000);
    expect((await companion.call('GET', '/v1/accounts/whoami')).status).toBe(200);
    const result = await primary.call('GET', '/v1/devices');
    const devices = (result.body as DeviceListResponse).devices;
    const second = devices.find((device) => device.id === companion.deviceId);
    expect(second).toMatchObject({ created: linkedAt, lastSeen: clock.now });
  });
});

describe('removing devices', () => {
  let primary: TestDevice;
  let second: TestDevice;
  let third: TestDevice;

  beforeAll(async () => {
    primary = await registerAccount(harness.url, 'remover');
    second = await linkDevice(primary);
    third = await linkDevice(primary);
  });

  it('refuses a linked device removing another one with 403', async () => {
    const result = await second.call('DELETE', `/v1/devices/${String(third.deviceId)}`);
    expect(result).toMatchObject({ status: 403, body: { error: 'not_permitted' } });
    expect(await deviceIds(primary)).toEqual([1, 2, 3]);
  });

  it('refuses removing the primary with 403', async () => {
    expect((await primary.call('DELETE', '/v1/devices/1')).status).toBe(403);
    expect((await second.call('DELETE', '/v1/devices/1')).status).toBe(403);
  });

  it('answers 404 for a device that does not exist and 400 for a malformed id', async () => {
    expect((await primary.call('DELETE', '/v1/devices/9')).status).toBe(404);
    expect((await primary.call('DELETE', '/v1/devices/two')).status).toBe(400);
  });

  it('lets the primary remove a linked device: its socket closes and its credentials stop working', async () => {
    const socket = await third.connect();
    expect((await primary.call('DELETE', `/v1/devices/${String(third.deviceId)}`)).status).toBe(204);
    expect(await socket.closed).toBe(RelayCloseCodes.deviceRemoved);
    expect((await third.call('GET', '/v1/accounts/whoami')).status).toBe(401);
    expect(await deviceIds(primary)).toEqual([1, 2]);
  });

  it('lets a linked device remove itself', async () => {
    expect((await second.call('DELETE', `/v1/devices/${String(second.deviceId)}`)).status).toBe(204);
    expect((await second.call('GET', '/v1/devices')).status).toBe(401);
    expect(await deviceIds(primary)).toEqual([1]);
  });
});

describe('identity reset (a reinstalled primary)', () => {
  it('replaces the identity key, removes every linked device and takes the new password', async () => {
    const primary = await registerAccount(harness.url, 'reinstalled');
    const companion = await linkDevice(primary);
    const socket = await companion.connect();
    const identity = IdentityKeyPair.generate();
    const password = newPassword();
    const reset = await primary.call('PUT', '/v1/accounts/identity', {
      json: { identityKey: Buffer.from(identity.publicKey.serialize()).toString('base64'), password, ...makeKeys(identity), registrationId: 4242 },
    });
    expect(reset.status).toBe(204);
    expect(await socket.closed).toBe(RelayCloseCodes.deviceRemoved);

    // The old password no longer works; the new one does, and only device 1 is left.
    expect((await primary.call('GET', '/v1/devices')).status).toBe(401);
    const renewed = new TestDevice(harness.url, primary.accountId, primary.deviceId, password, identity, 4242);
    expect(await deviceIds(renewed)).toEqual([1]);
    const bundle = await renewed.call('GET', `/v2/keys/${primary.accountId}/*`);
    expect(bundle.body).toMatchObject({ identityKey: Buffer.from(identity.publicKey.serialize()).toString('base64') });
  });

  it('is refused to a linked device (403) and for a malformed key (400), changing nothing', async () => {
    const primary = await registerAccount(harness.url, 'reset-refused');
    const companion = await linkDevice(primary);
    const identity = IdentityKeyPair.generate();
    const body = { identityKey: Buffer.from(identity.publicKey.serialize()).toString('base64'), password: newPassword(), ...makeKeys(identity), registrationId: 7 };
    expect(await companion.call('PUT', '/v1/accounts/identity', { json: body })).toMatchObject({ status: 403, body: { error: 'primary_only' } });
    expect((await primary.call('PUT', '/v1/accounts/identity', { json: { ...body, identityKey: 'AAAA' } })).status).toBe(400);
    expect(await deviceIds(primary)).toEqual([1, 2]);
  });
});
