import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../../server/errors';
import { DEFAULT_RATE_LIMITS, RateLimiter, UNLIMITED } from '../../../server/rate-limit';

describe('RateLimiter', () => {
  const limits = { ...UNLIMITED, messagesPerAccount: { capacity: 3, refillPerSecond: 1 } };

  it('lets a burst through, then throws 429 with the seconds until a token is back', () => {
    let now = 0;
    const limiter = new RateLimiter(limits, () => now);
    for (let index = 0; index < 3; index += 1) limiter.take('messagesPerAccount', 'a');
    expect(() => {
      limiter.take('messagesPerAccount', 'a');
    }).toThrow(RateLimitedError);
    try {
      limiter.take('messagesPerAccount', 'a');
    } catch (error: unknown) {
      expect(error).toMatchObject({ status: 429, retryAfterSeconds: 1 });
    }
    now += 1_000;
    limiter.take('messagesPerAccount', 'a');
  });

  it('keeps a bucket per key', () => {
    const limiter = new RateLimiter(limits, () => 0);
    for (let index = 0; index < 3; index += 1) limiter.take('messagesPerAccount', 'a');
    limiter.take('messagesPerAccount', 'b');
  });

  it('checks without taking', () => {
    const limiter = new RateLimiter(limits, () => 0);
    for (let index = 0; index < 10; index += 1) limiter.check('messagesPerAccount', 'a');
    limiter.take('messagesPerAccount', 'a', 3);
    expect(() => {
      limiter.check('messagesPerAccount', 'a');
    }).toThrow(RateLimitedError);
  });

  it('forgets buckets that refilled, and never limits an unlimited name', () => {
    let now = 0;
    const limiter = new RateLimiter(limits, () => now);
    limiter.take('messagesPerAccount', 'a');
    for (let index = 0; index < 1_000; index += 1) limiter.take('requestsPerIp', 'ip');
    expect(limiter.size).toBe(1);
    now += 1_000;
    limiter.sweep();
    expect(limiter.size).toBe(0);
  });

  it('has a finite default for every limit', () => {
    for (const limit of Object.values(DEFAULT_RATE_LIMITS)) {
      expect(limit.capacity).toBeLessThan(Infinity);
      expect(limit.refillPerSecond).toBeGreaterThan(0);
    }
  });
});
