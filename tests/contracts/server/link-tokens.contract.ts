/** What any `LinkTokenStore` must do; run against each implementation by its own test file. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAccount, linkToken, storesPerTest } from './fixtures';
import type { OpenStores } from './fixtures';

export function linkTokenStoreContract(name: string, open: OpenStores): void {
  describe(`${name}: LinkTokenStore`, () => {
    const current = storesPerTest(open);

    it('finds a live token’s account until it expires, and no token it never stored', async () => {
      const stores = current();
      const accountId = await createAccount(stores);
      const hash = await linkToken(stores, accountId, 10_000);
      expect(await stores.linkTokens.findLinkToken(hash, 9_999)).toBe(accountId);
      expect(await stores.linkTokens.findLinkToken(hash, 10_000)).toBeUndefined();
      expect(await stores.linkTokens.findLinkToken(randomBytes(32), 0)).toBeUndefined();
    });
  });
}
