/**
 * Checks of the keys a device publishes: each parses as a libsignal key, and each signed
 * pre-key's signature verifies against the account's identity key (else 422, as Signal).
 */
import { KEMPublicKey, PublicKey } from '@signalapp/libsignal-client';
import type { KemSignedPreKey, PreKey, SignedPreKey } from '../../shared/relay-api';
import { fromBase64 } from '../bytes';
import { BadRequestError, InvalidSignatureError } from '../errors';
import type { StoredPreKey, StoredSignedPreKey } from '../store/types';

export function parseIdentityKey(bytes: Uint8Array<ArrayBuffer>): PublicKey {
  try {
    return PublicKey.deserialize(bytes);
  } catch {
    throw new BadRequestError('identityKey is not a valid public key.', ['identityKey'], 'invalid_key');
  }
}

function parseEcPublicKey(base64: string, field: string): Uint8Array<ArrayBuffer> {
  const publicKey = fromBase64(base64);
  try {
    PublicKey.deserialize(publicKey);
  } catch {
    throw new BadRequestError(`${field} is not a valid public key.`, [field], 'invalid_key');
  }
  return publicKey;
}

export function checkPreKey(key: PreKey, field: string): StoredPreKey {
  return { keyId: key.keyId, publicKey: parseEcPublicKey(key.publicKey, field) };
}

export function checkSignedPreKey(identity: PublicKey, key: SignedPreKey, field: string): StoredSignedPreKey {
  const publicKey = parseEcPublicKey(key.publicKey, field);
  const signature = fromBase64(key.signature);
  if (!identity.verify(publicKey, signature)) throw new InvalidSignatureError(field);
  return { keyId: key.keyId, publicKey, signature };
}

export function checkKemSignedPreKey(identity: PublicKey, key: KemSignedPreKey, field: string): StoredSignedPreKey {
  const publicKey = fromBase64(key.publicKey);
  try {
    KEMPublicKey.deserialize(publicKey);
  } catch {
    throw new BadRequestError(`${field} is not a valid KEM public key.`, [field], 'invalid_key');
  }
  const signature = fromBase64(key.signature);
  if (!identity.verify(publicKey, signature)) throw new InvalidSignatureError(field);
  return { keyId: key.keyId, publicKey, signature };
}

/** Rejects an upload naming one key id twice: the second would silently replace the first. */
export function checkDistinctKeyIds(keys: ReadonlyArray<{ readonly keyId: number }>, field: string): void {
  if (new Set(keys.map((key) => key.keyId)).size !== keys.length) {
    throw new BadRequestError(`${field} repeats a keyId.`, [field], 'duplicate_key_id');
  }
}
