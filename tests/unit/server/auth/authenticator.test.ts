import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountId, DeviceId } from '../../../../shared/relay-api';
import { asAccountId, asDeviceId } from '../../../../shared/relay-api';
import { Authenticator, parseBasicAuthorization, parseLogin } from '../../../../server/auth/authenticator';
import { hashPassword } from '../../../../server/auth/password';
import { SqliteRelayStore } from '../../../../server/store/sqlite/sqlite-store';
import { newDevice } from '../../../contracts/server/fixtures';

const cheap = { log2N: 10, r: 8, p: 1 };
const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('parseBasicAuthorization', () => {
  const account = randomUUID();

  it('reads "<account>.<device>:<password>" and a bare account as device 1', () => {
    expect(parseBasicAuthorization(basic(`${account}.3`, 'pw:with:colons'))).toEqual({
      accountId: account,
      deviceId: 3,
      password: 'pw:with:colons',
    });
    expect(parseBasicAuthorization(basic(account, 'pw'))).toMatchObject({ deviceId: 1 });
    expect(parseBasicAuthorization(basic(account.toUpperCase(), 'pw'))).toMatchObject({ accountId: account });
  });

  it.each([
    ['no header', undefined],
    ['another scheme', `Bearer ${Buffer.from(`${account}:pw`).toString('base64')}`],
    ['no colon', `Basic ${Buffer.from(account).toString('base64')}`],
    ['an empty password', basic(account, '')],
    ['a non-uuid account', basic('alice', 'pw')],
    ['device 0', basic(`${account}.0`, 'pw')],
    ['device 128', basic(`${account}.128`, 'pw')],
    ['a non-numeric device', basic(`${account}.x`, 'pw')],
    ['an extra dot', basic(`${account}.1.2`, 'pw')],
  ])('rejects %s', (_what, header) => {
    expect(parseBasicAuthorization(header)).toBeUndefined();
  });

  it('parses query logins the same way', () => {
    expect(parseLogin(`${account}.2`, 'pw')).toMatchObject({ deviceId: 2 });
    expect(parseLogin(`${account}.2`, '')).toBeUndefined();
  });
});

describe('Authenticator', () => {
  let store: SqliteRelayStore;
  let accountId: AccountId;
  const deviceId: DeviceId = asDeviceId(1);
  let now = 1_000;

  beforeEach(async () => {
    store = new SqliteRelayStore({ filename: ':memory:' });
    accountId = asAccountId(randomUUID());
    await store.createAccount(
      {
        id: accountId,
        handleHash: new Uint8Array(32).fill(1),
        identityKey: new Uint8Array(33),
        unidentifiedAccessKey: undefined,
        unrestrictedUnidentifiedAccess: false,
        kind: 'personal',
        createdAt: 0,
      },
      { ...newDevice(), passwordHash: await hashPassword('first-password-xyz', cheap) },
    );
  });

  afterEach(async () => {
    await store.close();
  });

  const authenticator = (): Authenticator =>
    new Authenticator(store, { cost: cheap, cacheSize: 2, cacheTtlMs: 60_000, clock: () => now });

  it('authenticates the right password and refuses wrong ones and unknown devices', async () => {
    const auth = authenticator();
    expect(await auth.authenticate({ accountId, deviceId, password: 'first-password-xyz' })).toEqual({ accountId, deviceId });
    expect(await auth.authenticate({ accountId, deviceId, password: 'wrong-password-xyz' })).toBeUndefined();
    expect(await auth.authenticate({ accountId, deviceId: asDeviceId(2), password: 'first-password-xyz' })).toBeUndefined();
    expect(
      await auth.authenticate({ accountId: asAccountId(randomUUID()), deviceId, password: 'first-password-xyz' }),
    ).toBeUndefined();
  });

  it('forgets a cached credential once the device is removed', async () => {
    const auth = authenticator();
    const credentials = { accountId, deviceId, password: 'first-password-xyz' };
    expect(await auth.authenticate(credentials)).toBeDefined();
    await store.removeDevice(accountId, deviceId, { at: now, tombstoneExpiresAt: now + 60_000 });
    expect(await auth.authenticate(credentials)).toBeUndefined();
  });

  it('explains a removed device’s refusal as device-removed, with when it was removed', async () => {
    const auth = authenticator();
    const credentials = { accountId, deviceId, password: 'first-password-xyz' };
    await store.removeDevice(accountId, deviceId, { at: 1_234, tombstoneExpiresAt: 60_000 });
    expect(await auth.explainRefusal(credentials)).toEqual({ reason: 'device-removed', removedAt: 1_234 });
  });

  it('explains a wrong password against a removed device’s tombstone as unknown-device, not removed', async () => {
    const auth = authenticator();
    await store.removeDevice(accountId, deviceId, { at: 1_234, tombstoneExpiresAt: 60_000 });
    expect(await auth.explainRefusal({ accountId, deviceId, password: 'guessed-password-xyz' })).toEqual({ reason: 'unknown-device' });
  });

  it('explains a wrong password of a live device as bad-credentials, and an unknown one as unknown-device', async () => {
    const auth = authenticator();
    expect(await auth.explainRefusal({ accountId, deviceId, password: 'wrong-password-xyz' })).toEqual({ reason: 'bad-credentials' });
    expect(await auth.explainRefusal({ accountId: asAccountId(randomUUID()), deviceId, password: 'first-password-xyz' })).toEqual({
      reason: 'unknown-device',
    });
    expect(await auth.explainRefusal(undefined)).toEqual({ reason: 'bad-credentials' });
  });

  it('re-verifies after the cache entry expires', async () => {
    const auth = authenticator();
    const credentials = { accountId, deviceId, password: 'first-password-xyz' };
    expect(await auth.authenticate(credentials)).toBeDefined();
    now += 60_001;
    expect(await auth.authenticate(credentials)).toBeDefined();
  });
});
