import { describe, expect, it } from 'vitest';
import {
  accessKeyPermits,
  parseAccessKeyHeader,
} from '../../../../server/auth/access-key';
import type { AccountRecord } from '../../../../server/store/types';
import { deriveAccessKey } from '../../../../engine/crypto/access-key';
import { asAccountId } from '../../../../shared/relay-api';

function account(key: Uint8Array | undefined, unrestricted = false): AccountRecord {
  return {
    id: asAccountId('6f1d8d0e-8a53-4c43-9d4c-2d7c5a1f0b11'),
    identityKey: new Uint8Array(33),
    unidentifiedAccessKey: key,
    unrestrictedUnidentifiedAccess: unrestricted,
    kind: 'personal',
    createdAt: 0,
  };
}

describe('unidentified-access keys', () => {
  it('are derived from the profile key as Signal derives them (its published test vector)', () => {
    // Signal's UnidentifiedAccessTest: profile key of 32 bytes 0x02.
    const derived = deriveAccessKey(new Uint8Array(32).fill(0x02));
    expect(Buffer.from(derived).toString('hex')).toBe('5a723acee52c5ea02b92a3a360c09595');
  });

  it('refuse a profile key that is not 32 bytes', () => {
    expect(() => deriveAccessKey(new Uint8Array(16))).toThrow(RangeError);
  });

  it('permit exactly the stored key, or any key when access is unrestricted', () => {
    const key = deriveAccessKey(new Uint8Array(32).fill(7));
    expect(accessKeyPermits(account(key), key)).toBe(true);
    expect(accessKeyPermits(account(key), new Uint8Array(16))).toBe(false);
    expect(accessKeyPermits(account(key), key.subarray(0, 8))).toBe(false);
    expect(accessKeyPermits(account(undefined), key)).toBe(false);
    expect(accessKeyPermits(account(undefined, true), new Uint8Array(16))).toBe(true);
  });

  it('parse only base64 of 16 bytes from the header', () => {
    expect(parseAccessKeyHeader(Buffer.alloc(16, 1).toString('base64'))).toHaveLength(16);
    expect(parseAccessKeyHeader(Buffer.alloc(15, 1).toString('base64'))).toBeUndefined();
    expect(parseAccessKeyHeader('not base64 at all!!!!!==')).toBeUndefined();
    expect(parseAccessKeyHeader(undefined)).toBeUndefined();
  });
});
