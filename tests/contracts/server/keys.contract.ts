/** What any `KeyStore` must do; run against each implementation by its own test file. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asDeviceId } from '../../../shared/relay-api';
import { createAccount, newDevice, one, signedKey, storesPerTest } from './fixtures';
import type { OpenStores } from './fixtures';

export function keyStoreContract(name: string, open: OpenStores): void {
  describe(`${name}: KeyStore`, () => {
    const current = storesPerTest(open);

    it('hands each one-time key out once, lowest id first, then the last-resort Kyber key', async () => {
      const stores = current();
      const lastResort = signedKey(9_000);
      const accountId = await createAccount(
        stores,
        newDevice({
          pqLastResortPreKey: lastResort,
          preKeys: [
            { keyId: 5, publicKey: randomBytes(33) },
            { keyId: 4, publicKey: randomBytes(33) },
          ],
          pqPreKeys: [signedKey(7)],
        }),
      );
      const first = await stores.keys.claimKeys(accountId, one);
      const second = await stores.keys.claimKeys(accountId, one);
      const third = await stores.keys.claimKeys(accountId, one);
      expect([first?.preKey?.keyId, second?.preKey?.keyId, third?.preKey?.keyId]).toEqual([4, 5, undefined]);
      expect([first?.pqPreKey.keyId, second?.pqPreKey.keyId]).toEqual([7, 9_000]);
      expect(Buffer.from(second?.pqPreKey.publicKey ?? [])).toEqual(Buffer.from(lastResort.publicKey));
      expect(await stores.keys.countPreKeys(accountId, one)).toEqual({ ec: 0, kem: 0 });
      expect(await stores.keys.claimKeys(accountId, asDeviceId(9))).toBeUndefined();
    });

    it('hands one key to one of many concurrent claims', async () => {
      const stores = current();
      const accountId = await createAccount(stores, newDevice({ preKeys: [{ keyId: 1, publicKey: randomBytes(33) }] }));
      const claims = await Promise.all(Array.from({ length: 8 }, () => stores.keys.claimKeys(accountId, one)));
      expect(claims.filter((claim) => claim?.preKey !== undefined)).toHaveLength(1);
    });

    it('replaces the one-time keys of one kind and leaves the other', async () => {
      const stores = current();
      const accountId = await createAccount(stores, newDevice({ preKeys: [{ keyId: 1, publicKey: randomBytes(33) }], pqPreKeys: [signedKey(2)] }));
      await stores.keys.setKeys(accountId, one, { preKeys: [1, 2, 3].map((keyId) => ({ keyId, publicKey: randomBytes(33) })) });
      expect(await stores.keys.countPreKeys(accountId, one)).toEqual({ ec: 3, kem: 1 });
    });

    it('replaces the signed pre-key', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      const signedPreKey = signedKey(77);
      await stores.keys.setKeys(accountId, one, { signedPreKey });
      expect((await stores.devices.getDevice(accountId, one))?.signedPreKey.keyId).toBe(77);
    });
  });
}
