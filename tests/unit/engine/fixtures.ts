/**
 * Test helpers for the engine's store and libsignal stores: an in-memory store with
 * the real schema, and an account with a full set of pre-keys whose bundle another
 * store can start a session from.
 */
import {
  IdentityKeyPair,
  KEMKeyPair,
  KyberPreKeyRecord,
  PreKeyBundle,
  PreKeyRecord,
  PrivateKey,
  ProtocolAddress,
  SignedPreKeyRecord,
} from '@signalapp/libsignal-client';
import { randomUUID } from 'node:crypto';
import type { Store } from '../../../engine/store/interface';
import { migrate } from '../../../engine/store/migrations';
import { createSqlStore } from '../../../engine/store/sql-store';
import { openSqlite } from '../../../engine/store/sqlite';
import type { AccountId, DeviceId } from '../../../engine/store/types';
import { toAccountId, toDeviceId, toPreKeyId, toRegistrationId } from '../../../engine/store/types';
import type { SignalStores } from '../../../engine/signal';
import { createSignalStores } from '../../../engine/signal';

/** A fake clock that only moves when told to. */
export function fakeClock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return {
    now: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
}

/** The real schema in an unencrypted in-memory database (encryption is tested on disk). */
export function memoryStore(now?: () => number): Store {
  const db = openSqlite(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return createSqlStore(db, now === undefined ? {} : { now });
}

export const signedPreKeyId = 1;
export const lastResortKyberId = 1;
export const firstOneTimeKyberId = 100;

export interface TestAccount {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly address: ProtocolAddress;
  readonly identity: IdentityKeyPair;
  readonly stores: SignalStores;
  /** A bundle as the relay would hand it out: `withOneTimeKeys` picks the next unused ones. */
  bundle(options?: { readonly withOneTimeKeys?: boolean }): PreKeyBundle;
}

/**
 * Writes an account (identity, registration id, signed pre-key, a last-resort Kyber
 * key, and `oneTimeKeys` one-time EC and Kyber keys) into `store`, the way registration
 * will, and returns what a peer needs to reach it.
 */
export async function provisionAccount(
  store: Store,
  options: {
    readonly accountId?: AccountId;
    readonly deviceId?: number;
    readonly identity?: IdentityKeyPair;
    readonly oneTimeKeys?: number;
  } = {},
): Promise<TestAccount> {
  const accountId = options.accountId ?? toAccountId(randomUUID());
  const deviceId = toDeviceId(options.deviceId ?? 1);
  const identity = options.identity ?? IdentityKeyPair.generate();
  const registrationId = toRegistrationId(1 + Math.floor(Math.random() * 16_000));
  store.saveAccount({
    accountId,
    deviceId,
    registrationId,
    identityKeyPair: identity.serialize(),
    profileKey: null,
    relayPassword: 'relay-password',
    handle: null,
    createdAt: 0,
  });
  const stores = createSignalStores(store);

  const signedPrivate = PrivateKey.generate();
  const signedSignature = identity.privateKey.sign(signedPrivate.getPublicKey().serialize());
  const signed = SignedPreKeyRecord.new(signedPreKeyId, Date.now(), signedPrivate.getPublicKey(), signedPrivate, signedSignature);
  await stores.signedPreKey.saveSignedPreKey(signedPreKeyId, signed);

  const makeKyber = (id: number): KyberPreKeyRecord => {
    const pair = KEMKeyPair.generate();
    return KyberPreKeyRecord.new(id, Date.now(), pair, identity.privateKey.sign(pair.getPublicKey().serialize()));
  };
  await stores.kyberPreKey.saveKyberPreKey(lastResortKyberId, makeKyber(lastResortKyberId), { isLastResort: true });

  const oneTimeKeys = options.oneTimeKeys ?? 2;
  for (let index = 0; index < oneTimeKeys; index += 1) {
    const preKeyPrivate = PrivateKey.generate();
    await stores.preKey.savePreKey(index + 1, PreKeyRecord.new(index + 1, preKeyPrivate.getPublicKey(), preKeyPrivate));
    await stores.kyberPreKey.saveKyberPreKey(firstOneTimeKyberId + index, makeKyber(firstOneTimeKyberId + index));
  }

  let nextOneTime = 0;
  return {
    accountId,
    deviceId,
    address: ProtocolAddress.new(accountId, deviceId),
    identity,
    stores,
    bundle(bundleOptions = {}) {
      const signedEntry = store.getSignedPreKey(toPreKeyId(signedPreKeyId));
      if (signedEntry === undefined) throw new Error('signed pre-key missing');
      const signedRecord = SignedPreKeyRecord.deserialize(signedEntry.record);
      let preKey: PreKeyRecord | null = null;
      let kyberId = lastResortKyberId;
      if (bundleOptions.withOneTimeKeys ?? true) {
        if (nextOneTime >= oneTimeKeys) throw new Error('out of one-time keys');
        nextOneTime += 1;
        const preKeyBytes = store.getPreKey(toPreKeyId(nextOneTime));
        if (preKeyBytes === undefined) throw new Error('one-time pre-key missing');
        preKey = PreKeyRecord.deserialize(preKeyBytes);
        kyberId = firstOneTimeKyberId + nextOneTime - 1;
      }
      const kyberEntry = store.getKyberPreKey(toPreKeyId(kyberId));
      if (kyberEntry === undefined) throw new Error('Kyber pre-key missing');
      const kyber = KyberPreKeyRecord.deserialize(kyberEntry.record);
      return PreKeyBundle.new(
        registrationId,
        deviceId,
        preKey?.id() ?? null,
        preKey?.publicKey() ?? null,
        signedRecord.id(),
        signedRecord.publicKey(),
        signedRecord.signature(),
        identity.publicKey,
        kyber.id(),
        kyber.publicKey(),
        kyber.signature(),
      );
    },
  };
}

/** Bytes as text, for "this file does not contain that" assertions. */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).includes(Buffer.from(needle));
}
