/** Records for store tests: the store checks no signatures, so any bytes do. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AccountId } from '../../../../../shared/relay-api';
import { asAccountId } from '../../../../../shared/relay-api';
import type { NewAccount, NewDevice, StoredSignedPreKey } from '../../../../../server/store/types';

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
    createdAt: 1_000,
    ...overrides,
  };
}

export function randomAccountId(): AccountId {
  return asAccountId(randomUUID());
}
