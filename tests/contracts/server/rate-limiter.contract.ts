/** What any `RateLimiter` must do (in memory, or buckets in Redis); run by each implementation's test file. */
import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../../server/errors';
import type { RateLimiter, RateLimits } from '../../../server/rate-limit';
import { UNLIMITED } from '../../../server/rate-limit';

/** A fresh limiter with these limits, reading time from `clock`. */
export type OpenRateLimiter = (limits: RateLimits, clock: () => number) => Promise<{ readonly limiter: RateLimiter; readonly close: () => Promise<void> }>;

export function rateLimiterContract(name: string, open: OpenRateLimiter): void {
  describe(`${name}: RateLimiter`, () => {
    const limits = { ...UNLIMITED, messagesPerAccount: { capacity: 3, refillPerSecond: 1 } };

    it('lets a burst through, then refuses with 429 and the seconds until a token is back', async () => {
      let now = 0;
      const { limiter, close } = await open(limits, () => now);
      for (let index = 0; index < 3; index += 1) await limiter.take('messagesPerAccount', 'a');
      await expect(limiter.take('messagesPerAccount', 'a')).rejects.toBeInstanceOf(RateLimitedError);
      await expect(limiter.take('messagesPerAccount', 'a')).rejects.toMatchObject({ status: 429, retryAfterSeconds: 1 });
      now += 1_000;
      await limiter.take('messagesPerAccount', 'a');
      await close();
    });

    it('keeps a bucket per key', async () => {
      const { limiter, close } = await open(limits, () => 0);
      for (let index = 0; index < 3; index += 1) await limiter.take('messagesPerAccount', 'a');
      await limiter.take('messagesPerAccount', 'b');
      await close();
    });

    it('checks without taking, and takes nothing when it refuses', async () => {
      let now = 0;
      const { limiter, close } = await open(limits, () => now);
      for (let index = 0; index < 10; index += 1) await limiter.check('messagesPerAccount', 'a');
      await expect(limiter.take('messagesPerAccount', 'a', 4)).rejects.toBeInstanceOf(RateLimitedError);
      await limiter.take('messagesPerAccount', 'a', 3);
      await expect(limiter.check('messagesPerAccount', 'a')).rejects.toBeInstanceOf(RateLimitedError);
      now += 1_000;
      await limiter.check('messagesPerAccount', 'a');
      await close();
    });

    it('never limits an unlimited name, and sweeping forgets nothing that still limits', async () => {
      const { limiter, close } = await open(limits, () => 0);
      for (let index = 0; index < 1_000; index += 1) await limiter.take('requestsPerIp', 'ip');
      for (let index = 0; index < 3; index += 1) await limiter.take('messagesPerAccount', 'a');
      await limiter.sweep();
      await expect(limiter.take('messagesPerAccount', 'a')).rejects.toBeInstanceOf(RateLimitedError);
      await close();
    });
  });
}
