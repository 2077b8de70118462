/** What any `AttachmentIndex` and `ExpirySweeper` must do; run against each implementation by its own test file. */
import { describe, expect, it } from 'vitest';
import { asDeviceId } from '../../../shared/relay-api';
import { createAccount, envelope, linkToken, one, storesPerTest } from './fixtures';
import type { OpenStores } from './fixtures';

export function attachmentIndexContract(name: string, open: OpenStores): void {
  describe(`${name}: AttachmentIndex`, () => {
    const current = storesPerTest(open);

    it('keeps an attachment record as it was put', async () => {
      const stores = current();
      const record = { id: 'c'.repeat(32), size: 1_234, createdAt: 5, expiresAt: 500 };
      await stores.attachments.putAttachment(record);
      expect(await stores.attachments.getAttachment(record.id)).toEqual(record);
      expect(await stores.attachments.getAttachment('d'.repeat(32))).toBeUndefined();
    });
  });
}

export function expirySweeperContract(name: string, open: OpenStores): void {
  describe(`${name}: ExpirySweeper`, () => {
    const current = storesPerTest(open);

    it('removes expired envelopes, tokens and attachment records, and nothing that is still live', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      await stores.queues.enqueue([envelope(accountId, 1, 1, 100), envelope(accountId, 1, 2, 300)]);
      const expiring = await linkToken(stores, accountId, 100);
      const live = await linkToken(stores, accountId, 300);
      await stores.attachments.putAttachment({ id: 'a'.repeat(32), size: 1, createdAt: 0, expiresAt: 100 });
      await stores.attachments.putAttachment({ id: 'b'.repeat(32), size: 1, createdAt: 0, expiresAt: 300 });
      expect(await stores.expiry.sweepExpired(200)).toEqual({ messages: 1, linkTokens: 1, attachments: ['a'.repeat(32)], tombstones: 0 });
      expect(await stores.attachments.getAttachment('b'.repeat(32))).toMatchObject({ size: 1 });
      expect((await stores.queues.readQueue(accountId, one, { afterCursor: 0, limit: 10, now: 0 })).map((entry) => entry.serverTimestamp)).toEqual([2]);
      expect(await stores.linkTokens.findLinkToken(live, 200)).toBe(accountId);
      expect(await stores.linkTokens.findLinkToken(expiring, 0)).toBeUndefined();
    });

    it('sweeps tombstones once they expire', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      await stores.devices.removeDevice(accountId, one, { at: 10, tombstoneExpiresAt: 100 });
      expect((await stores.expiry.sweepExpired(99)).tombstones).toBe(0);
      expect((await stores.expiry.sweepExpired(100)).tombstones).toBe(1);
      expect(await stores.devices.listDeviceTombstones(accountId, asDeviceId(1), 10)).toEqual([]);
    });
  });
}
