/** What any `AccountStore` must do; run against each implementation by its own test file. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAccount, linkToken, newAccount, newDevice, one, storesPerTest } from './fixtures';
import type { OpenStores } from './fixtures';

export function accountStoreContract(name: string, open: OpenStores): void {
  describe(`${name}: AccountStore`, () => {
    const current = storesPerTest(open);

    it('refuses a second account with the same handle hash, writing nothing', async () => {
      const stores = current();
      const handleHash = randomBytes(32);
      const first = newAccount({ handleHash });
      const second = newAccount({ handleHash });
      expect(await stores.accounts.createAccount(first, newDevice())).toBe(true);
      expect(await stores.accounts.createAccount(second, newDevice())).toBe(false);
      expect(await stores.accounts.getAccount(second.id)).toBeUndefined();
      expect(await stores.devices.listDevices(second.id)).toEqual([]);
      expect(await stores.accounts.findAccountByHandleHash(handleHash)).toBe(first.id);
      expect(await stores.accounts.findAccountByHandleHash(randomBytes(32))).toBeUndefined();
    });

    it('keeps the account kind it was created with', async () => {
      const stores = current();
      const business = newAccount({ kind: 'business' });
      expect(await stores.accounts.createAccount(business, newDevice())).toBe(true);
      expect((await stores.accounts.getAccount(business.id))?.kind).toBe('business');
      const personal = await createAccount(stores);
      expect((await stores.accounts.getAccount(personal))?.kind).toBe('personal');
    });

    it('sets and clears the unidentified-access key and the unrestricted flag independently', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      const key = randomBytes(16);
      await stores.accounts.setUnidentifiedAccess(accountId, { key });
      await stores.accounts.setUnidentifiedAccess(accountId, { unrestricted: true });
      const set = await stores.accounts.getAccount(accountId);
      expect(Buffer.from(set?.unidentifiedAccessKey ?? [])).toEqual(key);
      expect(set?.unrestrictedUnidentifiedAccess).toBe(true);
      await stores.accounts.setUnidentifiedAccess(accountId, { key: null });
      const cleared = await stores.accounts.getAccount(accountId);
      expect(cleared?.unidentifiedAccessKey).toBeUndefined();
      expect(cleared?.unrestrictedUnidentifiedAccess).toBe(true);
    });

    it('replaces the identity: every device removed and tombstoned, the old primary included, and device 1 anew', async () => {
      const stores = current();
      const accountId = await createAccount(stores, newDevice({ passwordHash: 'old-primary' }));
      await stores.devices.linkDevice(await linkToken(stores, accountId), 100, 6, newDevice({ passwordHash: 'desktop' }));
      const identityKey = randomBytes(33);
      const removed = await stores.accounts.replaceIdentity(accountId, identityKey, newDevice({ passwordHash: 'new-primary' }), {
        at: 700,
        tombstoneExpiresAt: 9_000,
      });
      expect(removed).toEqual([1, 2]);
      expect(Buffer.from((await stores.accounts.getAccount(accountId))?.identityKey ?? [])).toEqual(identityKey);
      expect((await stores.devices.listDevices(accountId)).map((device) => device.deviceId)).toEqual([1]);
      expect(await stores.devices.listDeviceTombstones(accountId, one, 10)).toEqual([{ passwordHash: 'old-primary', removedAt: 700 }]);
      expect(await stores.devices.getPasswordHash(accountId, one)).toBe('new-primary');
    });
  });
}
