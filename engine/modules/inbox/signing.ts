/**
 * The console's keys and digests (shared/domain/console): each business device's own
 * signing key (made when it is linked as a seat), the business root key on the owner's
 * phone, and the SHA-256 digests the audit chain links by. libsignal's Curve25519 keys
 * sign (XEdDSA); a key or signature that does not parse simply fails to verify.
 */
import { createHash } from 'node:crypto';
import { PrivateKey, PublicKey } from '@signalapp/libsignal-client';
import type { AuditCrypto } from '../../../shared/domain/console/audit';

export interface SigningKeyPair {
  /** Base64 of the serialized public key, as a seat names it. */
  readonly publicKey: string;
  /** The serialized private key: kept in the encrypted store, never sent. */
  readonly privateKey: Uint8Array<ArrayBuffer>;
}

export function generateSigningKey(): SigningKeyPair {
  const key = PrivateKey.generate();
  return { publicKey: Buffer.from(key.getPublicKey().serialize()).toString('base64'), privateKey: Uint8Array.from(key.serialize()) };
}

/** A base64 signature of `text` (UTF-8). */
export function signText(privateKey: Uint8Array<ArrayBuffer>, text: string): string {
  return Buffer.from(PrivateKey.deserialize(privateKey).sign(Buffer.from(text, 'utf8'))).toString('base64');
}

export const consoleCrypto: AuditCrypto = {
  verify(publicKey, text, signature) {
    try {
      return PublicKey.deserialize(Buffer.from(publicKey, 'base64')).verify(Buffer.from(text, 'utf8'), Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  },
  hash: (text) => createHash('sha256').update(text, 'utf8').digest('base64'),
};
