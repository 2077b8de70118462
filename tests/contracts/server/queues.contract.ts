/** What any `QueueStore` must do; run against each implementation by its own test file. */
import { describe, expect, it } from 'vitest';
import { createAccount, envelope, linkToken, newDevice, one, storesPerTest } from './fixtures';
import type { OpenStores } from './fixtures';

export function queueStoreContract(name: string, open: OpenStores): void {
  describe(`${name}: QueueStore`, () => {
    const current = storesPerTest(open);

    it('reads a device’s queue in order from a cursor, skipping expired envelopes', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      await stores.devices.linkDevice(await linkToken(stores, accountId), 1, 6, newDevice());
      await stores.queues.enqueue([envelope(accountId, 1, 1), envelope(accountId, 2, 2), envelope(accountId, 1, 3, 50), envelope(accountId, 1, 4)]);
      const queue = await stores.queues.readQueue(accountId, one, { afterCursor: 0, limit: 10, now: 100 });
      expect(queue.map((entry) => entry.serverTimestamp)).toEqual([1, 4]);
      const later = await stores.queues.readQueue(accountId, one, { afterCursor: queue[0]?.cursor ?? 0, limit: 10, now: 100 });
      expect(later.map((entry) => entry.serverTimestamp)).toEqual([4]);
      expect(await stores.queues.readQueue(accountId, one, { afterCursor: 0, limit: 1, now: 0 })).toHaveLength(1);
    });

    it('gives back the envelope bytes and guid it was given', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      const queued = envelope(accountId, 1, 7);
      await stores.queues.enqueue([queued]);
      const [read] = await stores.queues.readQueue(accountId, one, { afterCursor: 0, limit: 10, now: 0 });
      expect(read?.guid).toBe(queued.guid);
      expect(Buffer.from(read?.envelope ?? [])).toEqual(Buffer.from(queued.envelope));
    });

    it('deletes an envelope only from its own device’s queue', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      const other = await createAccount(stores);
      const mine = envelope(accountId, 1, 1);
      await stores.queues.enqueue([mine]);
      expect(await stores.queues.deleteQueued(other, one, mine.guid)).toBe(false);
      expect(await stores.queues.deleteQueued(accountId, one, mine.guid)).toBe(true);
      expect(await stores.queues.deleteQueued(accountId, one, mine.guid)).toBe(false);
    });
  });
}
