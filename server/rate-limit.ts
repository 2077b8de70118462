/**
 * Token buckets, per limit name and key (an account id or an IP address), behind an async
 * interface: the in-memory one serves one relay process; a relay on several machines puts
 * the buckets in Redis behind the same calls. Contract: tests/contracts/server/rate-limiter.contract.ts.
 */
import { RateLimitedError } from './errors';

export interface RateLimit {
  /** Burst size. `Infinity` disables the limit. */
  readonly capacity: number;
  readonly refillPerSecond: number;
}

export const RATE_LIMIT_NAMES = [
  /** Every HTTP request and WebSocket upgrade, per IP. */
  'requestsPerIp',
  /** Failed authentications, per IP: guessing passwords gets slow fast. */
  'authFailuresPerIp',
  'registrationsPerIp',
  'linksPerIp',
  'linkTokensPerAccount',
  'messagesPerAccount',
  /** Sealed-sender sends carry no account: limited per IP. */
  'sealedMessagesPerIp',
  /** Each bundle fetch consumes one-time pre-keys of someone else. */
  'preKeyFetchesPerAccount',
  'handleLookupsPerAccount',
  'provisioningSocketsPerIp',
  'provisioningMessagesPerAccount',
  'attachmentUploadsPerAccount',
  'attachmentDownloadsPerIp',
] as const;
export type RateLimitName = (typeof RATE_LIMIT_NAMES)[number];
export type RateLimits = Readonly<Record<RateLimitName, RateLimit>>;

const perMinute = (capacity: number, refillPerMinute: number): RateLimit => ({
  capacity,
  refillPerSecond: refillPerMinute / 60,
});

/** Generous for one person's devices on one machine, tight enough to stop scripted abuse. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  requestsPerIp: perMinute(1_000, 6_000),
  authFailuresPerIp: perMinute(20, 20),
  registrationsPerIp: perMinute(20, 6),
  linksPerIp: perMinute(20, 6),
  linkTokensPerAccount: perMinute(20, 6),
  messagesPerAccount: perMinute(1_000, 3_000),
  sealedMessagesPerIp: perMinute(600, 1_200),
  preKeyFetchesPerAccount: perMinute(200, 60),
  handleLookupsPerAccount: perMinute(100, 60),
  provisioningSocketsPerIp: perMinute(30, 60),
  provisioningMessagesPerAccount: perMinute(20, 6),
  attachmentUploadsPerAccount: perMinute(60, 60),
  attachmentDownloadsPerIp: perMinute(300, 300),
};

/** Every limit off: benchmarks and tests that are not about rate limits. */
export const UNLIMITED: RateLimits = Object.fromEntries(
  RATE_LIMIT_NAMES.map((name) => [name, { capacity: Infinity, refillPerSecond: 0 }]),
) as Record<RateLimitName, RateLimit>;

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export interface RateLimiter {
  /** Takes `cost` tokens or rejects with RateLimitedError (429) and takes nothing. */
  take(name: RateLimitName, key: string, cost?: number): Promise<void>;
  /** Rejects like `take` when the bucket is empty, without taking. */
  check(name: RateLimitName, key: string): Promise<void>;
  /** Forgets what no longer limits anyone (buckets that refilled completely). */
  sweep(): Promise<void>;
}

export class InMemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: RateLimits,
    private readonly clock: () => number,
  ) {}

  take(name: RateLimitName, key: string, cost = 1): Promise<void> {
    const refused = this.takeNow(name, key, cost);
    return refused === undefined ? Promise.resolve() : Promise.reject(refused);
  }

  check(name: RateLimitName, key: string): Promise<void> {
    const refused = this.checkNow(name, key);
    return refused === undefined ? Promise.resolve() : Promise.reject(refused);
  }

  sweep(): Promise<void> {
    this.sweepNow();
    return Promise.resolve();
  }

  /** Takes `cost` tokens, or takes nothing and returns the refusal. */
  private takeNow(name: RateLimitName, key: string, cost: number): RateLimitedError | undefined {
    const limit = this.limits[name];
    if (limit.capacity === Infinity) return undefined;
    const bucket = this.refill(name, key, limit);
    if (bucket.tokens < cost) {
      const missing = cost - bucket.tokens;
      const seconds = limit.refillPerSecond > 0 ? Math.ceil(missing / limit.refillPerSecond) : 3600;
      return new RateLimitedError(seconds);
    }
    bucket.tokens -= cost;
    return undefined;
  }

  private checkNow(name: RateLimitName, key: string): RateLimitedError | undefined {
    const limit = this.limits[name];
    if (limit.capacity === Infinity) return undefined;
    const bucket = this.refill(name, key, limit);
    if (bucket.tokens < 1) {
      const seconds = limit.refillPerSecond > 0 ? Math.ceil((1 - bucket.tokens) / limit.refillPerSecond) : 3600;
      return new RateLimitedError(seconds);
    }
    return undefined;
  }

  /** Buckets that refilled completely equal a fresh one. */
  private sweepNow(): void {
    const now = this.clock();
    for (const [id, bucket] of this.buckets) {
      const name = id.slice(0, id.indexOf('|')) as RateLimitName;
      const limit = this.limits[name];
      if (bucket.tokens + ((now - bucket.updatedAt) / 1000) * limit.refillPerSecond >= limit.capacity) {
        this.buckets.delete(id);
      }
    }
  }

  get size(): number {
    return this.buckets.size;
  }

  private refill(name: RateLimitName, key: string, limit: RateLimit): Bucket {
    const id = `${name}|${key}`;
    const now = this.clock();
    let bucket = this.buckets.get(id);
    if (bucket === undefined) {
      bucket = { tokens: limit.capacity, updatedAt: now };
      this.buckets.set(id, bucket);
      return bucket;
    }
    const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(limit.capacity, bucket.tokens + elapsed * limit.refillPerSecond);
    bucket.updatedAt = now;
    return bucket;
  }
}
