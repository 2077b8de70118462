/** What any `DeviceStore` must do; run against each implementation by its own test file. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asDeviceId } from '../../../shared/relay-api';
import { createAccount, envelope, linkToken, newDevice, one, removal, storesPerTest } from './fixtures';
import type { OpenStores } from './fixtures';

export function deviceStoreContract(name: string, open: OpenStores): void {
  describe(`${name}: DeviceStore`, () => {
    const current = storesPerTest(open);

    it('links with a token once, under the lowest free id, and changes nothing for a full account', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      const first = await linkToken(stores, accountId);
      expect(await stores.devices.linkDevice(first, 5_000, 3, newDevice())).toEqual({ kind: 'linked', deviceId: 2 });
      expect(await stores.devices.linkDevice(first, 5_000, 3, newDevice())).toEqual({ kind: 'invalid-token' });
      expect(await stores.devices.linkDevice(await linkToken(stores, accountId), 5_000, 3, newDevice())).toEqual({ kind: 'linked', deviceId: 3 });
      const spare = await linkToken(stores, accountId);
      expect(await stores.devices.linkDevice(spare, 5_000, 3, newDevice())).toEqual({ kind: 'too-many-devices' });
      expect(await stores.linkTokens.findLinkToken(spare, 5_000)).toBe(accountId);
      await stores.devices.removeDevice(accountId, asDeviceId(2), removal);
      expect(await stores.devices.linkDevice(spare, 5_000, 3, newDevice())).toEqual({ kind: 'linked', deviceId: 2 });
    });

    it('refuses an expired token', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      const hash = await linkToken(stores, accountId, 10_000);
      expect(await stores.devices.linkDevice(hash, 10_000, 6, newDevice())).toEqual({ kind: 'invalid-token' });
      expect((await stores.devices.listDevices(accountId)).map((device) => device.deviceId)).toEqual([1]);
    });

    it('lists devices and their registrations in id order, and reads a password hash', async () => {
      const stores = current();
      const accountId = await createAccount(stores, newDevice({ registrationId: 11 }));
      await stores.devices.linkDevice(await linkToken(stores, accountId), 100, 6, newDevice({ registrationId: 22, passwordHash: 'second' }));
      expect(await stores.devices.listDeviceRegistrations(accountId)).toEqual([
        { deviceId: 1, registrationId: 11 },
        { deviceId: 2, registrationId: 22 },
      ]);
      expect((await stores.devices.getDevice(accountId, asDeviceId(2)))?.registrationId).toBe(22);
      expect(await stores.devices.getPasswordHash(accountId, asDeviceId(2))).toBe('second');
      expect(await stores.devices.getPasswordHash(accountId, asDeviceId(3))).toBeUndefined();
    });

    it('records when a device was last seen', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      await stores.devices.touchDevice(accountId, one, 12_345);
      expect((await stores.devices.getDevice(accountId, one))?.lastSeenAt).toBe(12_345);
    });

    it('drops a removed device’s queue and keys with it', async () => {
      const stores = current();
      const accountId = await createAccount(stores, newDevice({ preKeys: [{ keyId: 1, publicKey: randomBytes(33) }] }));
      await stores.queues.enqueue([envelope(accountId, 1, 1)]);
      expect(await stores.devices.removeDevice(accountId, one, removal)).toBe(true);
      expect(await stores.queues.readQueue(accountId, one, { afterCursor: 0, limit: 10, now: 0 })).toEqual([]);
      expect(await stores.keys.countPreKeys(accountId, one)).toEqual({ ec: 0, kem: 0 });
      expect(await stores.devices.removeDevice(accountId, one, removal)).toBe(false);
    });

    it('keeps the removed device’s password hash and removal time, newest first, beside a device that reuses the id', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      const two = asDeviceId(2);
      await stores.devices.linkDevice(await linkToken(stores, accountId), 100, 6, newDevice({ passwordHash: 'first' }));
      expect(await stores.devices.removeDevice(accountId, two, { at: 200, tombstoneExpiresAt: 9_000 })).toBe(true);
      await stores.devices.linkDevice(await linkToken(stores, accountId), 300, 6, newDevice({ passwordHash: 'second' }));
      expect(await stores.devices.removeDevice(accountId, two, { at: 400, tombstoneExpiresAt: 9_000 })).toBe(true);
      await stores.devices.linkDevice(await linkToken(stores, accountId), 500, 6, newDevice({ passwordHash: 'third' }));
      expect(await stores.devices.listDeviceTombstones(accountId, two, 10)).toEqual([
        { passwordHash: 'second', removedAt: 400 },
        { passwordHash: 'first', removedAt: 200 },
      ]);
      expect(await stores.devices.listDeviceTombstones(accountId, two, 1)).toHaveLength(1);
      expect(await stores.devices.getPasswordHash(accountId, two)).toBe('third');
      expect(await stores.devices.listDeviceTombstones(accountId, one, 10)).toEqual([]);
    });

    it('writes no tombstone for a device that does not exist', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      expect(await stores.devices.removeDevice(accountId, asDeviceId(5), removal)).toBe(false);
      expect(await stores.devices.listDeviceTombstones(accountId, asDeviceId(5), 10)).toEqual([]);
    });
  });
}
