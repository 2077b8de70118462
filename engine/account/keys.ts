/**
 * This device's pre-keys: generated here, private halves kept in the encrypted store,
 * public halves (signed by the account identity) uploaded to the relay so that others
 * can start sessions with this device while it is offline.
 */
import { randomInt } from 'node:crypto';
import type { IdentityKeyPair } from '@signalapp/libsignal-client';
import { KEMKeyPair, KyberPreKeyRecord, PreKeyRecord, PrivateKey, SignedPreKeyRecord } from '@signalapp/libsignal-client';
import type { KemSignedPreKey, PreKey, SignedPreKey } from '../../shared/relay-api';
import type { Store } from '../store';
import { toPreKeyId, toRegistrationId } from '../store';
import type { RegistrationId } from '../store';
import type { RelayHttpClient } from '../relay-client/http';

/** One-time keys per batch, and the count below which a batch is added. */
export const preKeyBatchSize = 100;
export const preKeyRefillThreshold = 20;
/** A signed pre-key (and the last-resort Kyber key) is replaced after two days… */
export const signedPreKeyRotationMs = 2 * 24 * 60 * 60 * 1000;
/** …and kept this long afterwards for messages still in flight to it. */
export const signedPreKeyGraceMs = 30 * 24 * 60 * 60 * 1000;
/** libsignal and the relay keep key ids within 24 bits. */
const maxKeyId = 0xffffff;

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export function generateRegistrationId(): RegistrationId {
  return toRegistrationId(randomInt(1, 0x3fff + 1));
}

function nextId(store: Store, key: 'nextPreKeyId' | 'nextSignedPreKeyId' | 'nextKyberPreKeyId', count: number): number {
  const first = store.getItem(key) ?? randomInt(1, Math.floor(maxKeyId / 2));
  const after = first + count;
  // Wrap well before the 24-bit limit; ids from long ago are gone by then.
  store.setItem(key, after > maxKeyId - preKeyBatchSize ? 1 : after);
  return first;
}

export interface SignedKeys {
  readonly signedPreKey: SignedPreKey;
  readonly pqLastResortPreKey: KemSignedPreKey;
}

/** A new signed EC pre-key and a new last-resort Kyber pre-key, stored and ready to upload. */
export function generateSignedKeys(store: Store, identity: IdentityKeyPair, now = Date.now()): SignedKeys {
  return store.transaction(() => {
    const signedId = nextId(store, 'nextSignedPreKeyId', 1);
    const ecKey = PrivateKey.generate();
    const ecSignature = identity.privateKey.sign(ecKey.getPublicKey().serialize());
    store.saveSignedPreKey(
      toPreKeyId(signedId),
      SignedPreKeyRecord.new(signedId, now, ecKey.getPublicKey(), ecKey, ecSignature).serialize(),
    );
    const kyberId = nextId(store, 'nextKyberPreKeyId', 1);
    const kem = KEMKeyPair.generate();
    const kemSignature = identity.privateKey.sign(kem.getPublicKey().serialize());
    store.saveKyberPreKey(toPreKeyId(kyberId), KyberPreKeyRecord.new(kyberId, now, kem, kemSignature).serialize(), {
      isLastResort: true,
    });
    store.setItem('signedPreKeyRotatedAt', now);
    return {
      signedPreKey: { keyId: signedId, publicKey: b64(ecKey.getPublicKey().serialize()), signature: b64(ecSignature) },
      pqLastResortPreKey: { keyId: kyberId, publicKey: b64(kem.getPublicKey().serialize()), signature: b64(kemSignature) },
    };
  });
}

export interface OneTimeKeys {
  readonly preKeys: Array<PreKey>;
  readonly pqPreKeys: Array<KemSignedPreKey>;
}

/** A batch of one-time EC and Kyber pre-keys, stored and ready to upload. */
export function generateOneTimeKeys(store: Store, identity: IdentityKeyPair, count = preKeyBatchSize, now = Date.now()): OneTimeKeys {
  // Key generation is the slow part; do it outside the write transaction.
  const ecKeys = Array.from({ length: count }, () => PrivateKey.generate());
  const kemKeys = Array.from({ length: count }, () => KEMKeyPair.generate());
  return store.transaction(() => {
    const firstEc = nextId(store, 'nextPreKeyId', count);
    const firstKem = nextId(store, 'nextKyberPreKeyId', count);
    const preKeys = ecKeys.map((key, index) => {
      const id = firstEc + index;
      store.savePreKey(toPreKeyId(id), PreKeyRecord.new(id, key.getPublicKey(), key).serialize());
      return { keyId: id, publicKey: b64(key.getPublicKey().serialize()) };
    });
    const pqPreKeys = kemKeys.map((kem, index) => {
      const id = firstKem + index;
      const signature = identity.privateKey.sign(kem.getPublicKey().serialize());
      store.saveKyberPreKey(toPreKeyId(id), KyberPreKeyRecord.new(id, now, kem, signature).serialize(), { isLastResort: false });
      return { keyId: id, publicKey: b64(kem.getPublicKey().serialize()), signature: b64(signature) };
    });
    return { preKeys, pqPreKeys };
  });
}

/** Tops up the relay's one-time keys for this device when they run low. Returns whether it uploaded. */
export async function refillPreKeysIfLow(relay: RelayHttpClient, store: Store, identity: IdentityKeyPair): Promise<boolean> {
  const counts = await relay.getPreKeyCount();
  if (counts.count >= preKeyRefillThreshold && counts.pqCount >= preKeyRefillThreshold) return false;
  const keys = generateOneTimeKeys(store, identity);
  await relay.setKeys({
    ...(counts.count < preKeyRefillThreshold ? { preKeys: keys.preKeys } : {}),
    ...(counts.pqCount < preKeyRefillThreshold ? { pqPreKeys: keys.pqPreKeys } : {}),
  });
  return true;
}

/**
 * Replaces the signed pre-key and the last-resort Kyber key once they are older than
 * the rotation period, and forgets replaced ones after the grace period.
 */
export async function rotateSignedKeysIfDue(
  relay: RelayHttpClient,
  store: Store,
  identity: IdentityKeyPair,
  now = Date.now(),
): Promise<boolean> {
  const rotatedAt = store.getItem('signedPreKeyRotatedAt') ?? 0;
  if (now - rotatedAt < signedPreKeyRotationMs) return false;
  const keys = generateSignedKeys(store, identity, now);
  await relay.setKeys(keys);
  const current = keys.signedPreKey.keyId;
  store.transaction(() => {
    for (const entry of store.listSignedPreKeys()) {
      if (entry.id !== current && now - entry.createdAt > signedPreKeyGraceMs) store.removeSignedPreKey(entry.id);
    }
  });
  return true;
}
