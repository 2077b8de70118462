/**
 * Registration, authentication and handle lookup over real HTTP: each bad input gets its
 * precise status and leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthorization, call, makeKeys, newPassword, registerAccount } from './support/relay-client';
import type { TestDevice } from './support/relay-client';
import { startTestRelay } from './support/relay-harness';
import type { TestRelay } from './support/relay-harness';

let harness: TestRelay;
let alice: TestDevice;

function registration(handle: string, identity = IdentityKeyPair.generate()): Record<string, unknown> {
  return {
    handle,
    identityKey: Buffer.from(identity.publicKey.serialize()).toString('base64'),
    password: newPassword(),
    ...makeKeys(identity, { preKeys: 2, pqPreKeys: 1 }),
  };
}

beforeAll(async () => {
  harness = await startTestRelay();
  alice = await registerAccount(harness.url, 'alice');
});

afterAll(async () => {
  await harness.dispose();
});

describe('registration', () => {
  it('creates the account with the primary as device 1', async () => {
    expect(alice.deviceId).toBe(1);
    const whoami = await alice.call('GET', '/v1/accounts/whoami');
    expect(whoami).toMatchObject({ status: 200, body: { accountId: alice.accountId, deviceId: 1 } });
  });

  it('refuses a taken handle with 409, whatever its case', async () => {
    for (const handle of ['alice', 'ALICE', ' Alice ']) {
      const result = await call(harness.url, 'POST', '/v1/accounts', { json: registration(handle) });
      expect(result).toMatchObject({ status: 409, body: { error: 'handle_taken' } });
    }
  });

  it('refuses a signed pre-key the identity key did not sign with 422, creating nothing', async () => {
    const body = registration('mallory');
    const other = IdentityKeyPair.generate();
    body['signedPreKey'] = makeKeys(other).signedPreKey;
    const result = await call(harness.url, 'POST', '/v1/accounts', { json: body });
    expect(result).toMatchObject({ status: 422, body: { error: 'invalid_signature' } });
    // The handle is still free: nothing was written.
    await expect(registerAccount(harness.url, 'mallory')).resolves.toBeDefined();
  });

  it('refuses a Kyber last-resort key with a bad signature with 422', async () => {
    const body = registration('kyber-bad');
    const keys = body['pqLastResortPreKey'] as { signature: string };
    body['pqLastResortPreKey'] = { ...keys, signature: Buffer.from(randomBytes(64)).toString('base64') };
    const result = await call(harness.url, 'POST', '/v1/accounts', { json: body });
    expect(result.status).toBe(422);
  });

  it.each([
    ['a missing field', (body: Record<string, unknown>) => ({ ...body, password: undefined })],
    ['an unknown field', (body: Record<string, unknown>) => ({ ...body, admin: true })],
    ['a short password', (body: Record<string, unknown>) => ({ ...body, password: 'short' })],
    ['an identity key that is not base64', (body: Record<string, unknown>) => ({ ...body, identityKey: 'not base64!' })],
    ['an identity key of the wrong length', (body: Record<string, unknown>) => ({ ...body, identityKey: 'AAAA' })],
    ['a registration id out of range', (body: Record<string, unknown>) => ({ ...body, registrationId: 70_000 })],
    ['a handle with spaces', (body: Record<string, unknown>) => ({ ...body, handle: 'a b c' })],
    ['a repeated one-time key id', (body: Record<string, unknown>) => {
      const keys = body['preKeys'] as Array<unknown>;
      return { ...body, preKeys: [keys[0], keys[0]] };
    }],
  ])('answers 400 to %s and creates nothing', async (_what, mutate) => {
    const handle = `bad-${randomBytes(4).toString('hex')}`;
    const result = await call(harness.url, 'POST', '/v1/accounts', { json: mutate(registration(handle)) });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ error: expect.any(String) as string, message: expect.any(String) as string });
    // The handle was not taken by the failed attempt.
    await expect(registerAccount(harness.url, handle)).resolves.toBeDefined();
  });

  it('answers 400 to a body that is not JSON, without echoing it', async () => {
    const result = await call(harness.url, 'POST', '/v1/accounts', {
      raw: '{"handle": "canary-echo',
      contentType: 'application/json',
    });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).not.toContain('canary-echo');
  });

  it('answers 415 to a body that is not JSON by its content type', async () => {
    const result = await call(harness.url, 'POST', '/v1/accounts', { raw: 'handle=x', contentType: 'text/plain' });
    expect(result.status).toBe(415);
  });

  it('answers 413 to a body over the JSON limit', async () => {
    const result = await call(harness.url, 'POST', '/v1/accounts', {
      raw: JSON.stringify({ handle: 'big', pad: 'x'.repeat(600 * 1024) }),
      contentType: 'application/json',
    });
    expect(result.status).toBe(413);
  });
});

describe('authentication', () => {
  it.each([
    ['no credentials', {}],
    ['a wrong password', { authorization: basicAuthorization('', '') }],
    ['a malformed header', { authorization: 'Basic !!!' }],
    ['a bearer token', { authorization: 'Bearer abc' }],
  ])('answers 401 to %s', async (_what, headers) => {
    const result = await call(harness.url, 'GET', '/v1/accounts/whoami', { headers });
    expect(result.status).toBe(401);
    expect(result.headers.get('www-authenticate')).toContain('Basic');
  });

  it('answers 401 to the right account with a wrong password', async () => {
    const result = await call(harness.url, 'GET', '/v1/accounts/whoami', {
      auth: { login: alice.login, password: newPassword() },
    });
    expect(result.status).toBe(401);
  });

  it('answers 401 to a device id the account does not have', async () => {
    const result = await call(harness.url, 'GET', '/v1/accounts/whoami', {
      auth: { login: `${alice.accountId}.7`, password: alice.password },
    });
    expect(result.status).toBe(401);
  });

  it('accepts the bare account id as the primary', async () => {
    const result = await call(harness.url, 'GET', '/v1/accounts/whoami', {
      auth: { login: alice.accountId, password: alice.password },
    });
    expect(result).toMatchObject({ status: 200, body: { deviceId: 1 } });
  });
});

describe('handles', () => {
  it('finds the account id of a handle, case-insensitively', async () => {
    const result = await alice.call('GET', '/v1/accounts/handle/ALICE');
    expect(result).toMatchObject({ status: 200, body: { accountId: alice.accountId } });
  });

  it('answers 404 to an unknown handle and 400 to an invalid one', async () => {
    expect((await alice.call('GET', '/v1/accounts/handle/nobody-here')).status).toBe(404);
    expect((await alice.call('GET', '/v1/accounts/handle/a%20b')).status).toBe(400);
  });

  it('requires credentials to look a handle up', async () => {
    expect((await call(harness.url, 'GET', '/v1/accounts/handle/alice')).status).toBe(401);
  });
});

describe('GET /health', () => {
  it('answers ok without credentials', async () => {
    expect(await call(harness.url, 'GET', '/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
});
