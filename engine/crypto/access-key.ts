/**
 * Sealed sender's unidentified-access key, derived from a profile key as Signal does:
 * the first 16 bytes of AES-256-GCM(key = profile key, iv = 12 zero bytes, plaintext =
 * 16 zero bytes). Whoever knows an account's profile key (its contacts, who received it
 * inside E2EE messages) can prove it to the relay without saying who they are.
 */
import { createCipheriv } from 'node:crypto';

export function deriveAccessKey(profileKey: Uint8Array): Uint8Array {
  if (profileKey.length !== 32) throw new RangeError('A profile key is 32 bytes.');
  const cipher = createCipheriv('aes-256-gcm', profileKey, Buffer.alloc(12));
  return Uint8Array.from(Buffer.concat([cipher.update(Buffer.alloc(16)), cipher.final()]).subarray(0, 16));
}
