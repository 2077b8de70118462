/**
 * Device names are stored on the relay encrypted, so the relay cannot read them. Every
 * device of the account holds the identity key, so each can decrypt the others' names:
 * key = HKDF-SHA256(identity private key, info "Parley device name"), AES-256-GCM.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { IdentityKeyPair } from '@signalapp/libsignal-client';

const info = 'Parley device name';

function nameKey(identity: IdentityKeyPair): Buffer {
  return Buffer.from(hkdfSync('sha256', identity.privateKey.serialize(), Buffer.alloc(32), info, 32));
}

export function encryptDeviceName(name: string, identity: IdentityKeyPair): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', nameKey(identity), iv);
  const ciphertext = Buffer.concat([cipher.update(name, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, ciphertext, cipher.getAuthTag()]).toString('base64');
}

/** Undefined for a name this account's key did not encrypt (or a damaged one). */
export function decryptDeviceName(encrypted: string, identity: IdentityKeyPair): string | undefined {
  const bytes = Buffer.from(encrypted, 'base64');
  if (bytes.length < 12 + 16) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', nameKey(identity), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
