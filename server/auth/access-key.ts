/**
 * Sealed sender: a sender proves it may message an account by presenting the account's
 * unidentified-access key instead of its own credentials. The key is derived by clients
 * from the recipient's profile key exactly as Signal does:
 *
 *   accessKey = first 16 bytes of AES-256-GCM(key = profileKey (32 bytes), iv = 12 zero bytes,
 *                                             plaintext = 16 zero bytes)
 *
 * (the ciphertext without its tag; clients derive it in engine/crypto/access-key.ts).
 * The relay only stores the key and compares.
 */
import { timingSafeEqual } from 'node:crypto';
import { UNIDENTIFIED_ACCESS_KEY_BYTES } from '../../shared/relay-api';
import type { AccountRecord } from '../store/types';

/** Decodes the header value; undefined when it is not base64 of 16 bytes. */
export function parseAccessKeyHeader(value: string | undefined): Uint8Array | undefined {
  if (value === undefined || !/^[A-Za-z0-9+/]{22}==$/.test(value)) return undefined;
  return Buffer.from(value, 'base64');
}

/** Constant-time; an account without a key accepts no sealed sender unless unrestricted. */
export function accessKeyPermits(account: AccountRecord, presented: Uint8Array): boolean {
  if (account.unrestrictedUnidentifiedAccess) return true;
  const expected = account.unidentifiedAccessKey;
  if (expected?.length !== UNIDENTIFIED_ACCESS_KEY_BYTES || presented.length !== UNIDENTIFIED_ACCESS_KEY_BYTES) {
    return false;
  }
  return timingSafeEqual(expected, presented);
}
