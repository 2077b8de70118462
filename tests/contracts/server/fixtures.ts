/**
 * Records and set-up for the relay store contract suites (and store unit tests): the
 * stores check no signatures, so any bytes do.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AccountId } from '../../../shared/relay-api';
import { afterEach, beforeEach, expect } from 'vitest';
import { asAccountId, asDeviceId } from '../../../shared/relay-api';
import type { NewAccount, NewDevice, NewQueuedEnvelope, RelayStores, StoredSignedPreKey } from '../../../server/store/types';

export function signedKey(keyId: number): StoredSignedPreKey {
  return { keyId, publicKey: randomBytes(33), signature: randomBytes(64) };
}

export function newDevice(overrides: Partial<NewDevice> = {}): NewDevice {
  return {
    passwordHash: 'scrypt$10$8$1$AAAA$AAAA',
    registrationId: 42,
    name: undefined,
    signedPreKey: signedKey(1),
    pqLastResortPreKey: signedKey(9_000),
    preKeys: [],
    pqPreKeys: [],
    ...overrides,
  };
}

export function newAccount(overrides: Partial<NewAccount> = {}): NewAccount {
  return {
    id: asAccountId(randomUUID()),
    handleHash: randomBytes(32),
    identityKey: randomBytes(33),
    unidentifiedAccessKey: undefined,
    unrestrictedUnidentifiedAccess: false,
    kind: 'personal',
    createdAt: 1_000,
    ...overrides,
  };
}

export function randomAccountId(): AccountId {
  return asAccountId(randomUUID());
}

/** What a contract suite needs: a fresh, empty set of the relay's stores (and their teardown). */
export type OpenStores = () => Promise<RelayStores>;

/** A fresh set of stores for each test of the calling suite, closed after it. */
export function storesPerTest(open: OpenStores): () => RelayStores {
  let stores: RelayStores | undefined;
  beforeEach(async () => {
    stores = await open();
  });
  afterEach(async () => {
    await stores?.close();
    stores = undefined;
  });
  return () => {
    if (stores === undefined) throw new Error('storesPerTest() is only usable inside a test.');
    return stores;
  };
}

/** An account with `device` as its primary. */
export async function createAccount(stores: RelayStores, device = newDevice()): Promise<AccountId> {
  const account = newAccount();
  expect(await stores.accounts.createAccount(account, device)).toBe(true);
  return account.id;
}

/** A live link token of `accountId`, as the devices service creates one. */
export async function linkToken(stores: RelayStores, accountId: AccountId, expiresAt = 10_000): Promise<Uint8Array> {
  const hash = randomBytes(32);
  await stores.linkTokens.createLinkToken(hash, accountId, expiresAt);
  return hash;
}

export function envelope(accountId: AccountId, deviceId: number, serverTimestamp: number, expiresAt = Number.MAX_SAFE_INTEGER): NewQueuedEnvelope {
  return { accountId, deviceId: asDeviceId(deviceId), guid: randomUUID(), serverTimestamp, expiresAt, envelope: randomBytes(16) };
}

export const one = asDeviceId(1);
export const removal = { at: 1_000, tombstoneExpiresAt: Number.MAX_SAFE_INTEGER };
