import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, InMemoryRateLimiter } from '../../../server/rate-limit';
import { rateLimiterContract } from '../../contracts/server/rate-limiter.contract';

rateLimiterContract('in memory', (limits, clock) => Promise.resolve({ limiter: new InMemoryRateLimiter(limits, clock), close: () => Promise.resolve() }));

describe('InMemoryRateLimiter', () => {
  it('forgets buckets that refilled when swept', async () => {
    let now = 0;
    const limiter = new InMemoryRateLimiter({ ...DEFAULT_RATE_LIMITS, messagesPerAccount: { capacity: 3, refillPerSecond: 1 } }, () => now);
    await limiter.take('messagesPerAccount', 'a');
    expect(limiter.size).toBe(1);
    now += 1_000;
    await limiter.sweep();
    expect(limiter.size).toBe(0);
  });

  it('has a finite default for every limit', () => {
    for (const limit of Object.values(DEFAULT_RATE_LIMITS)) {
      expect(limit.capacity).toBeLessThan(Infinity);
      expect(limit.refillPerSecond).toBeGreaterThan(0);
    }
  });
});
