/** Every tunable of the relay, with defaults. `startRelay` takes a partial of this. */
import { DEFAULT_SCRYPT_COST } from './auth/password';
import type { ScryptCost } from './auth/password';
import { MAX_BUSINESS_LINKED_DEVICES, MAX_LINKED_DEVICES } from '../shared/relay-api';
import { DEFAULT_RATE_LIMITS } from './rate-limit';
import type { RateLimitName, RateLimit, RateLimits } from './rate-limit';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

export interface RelayConfig {
  /** How long an undelivered envelope waits for its device. */
  readonly messageTtlMs: number;
  readonly attachmentTtlMs: number;
  readonly maxAttachmentBytes: number;
  /** A provisioning address nobody sends to closes after this long. */
  readonly provisioningIdleMs: number;
  readonly linkTokenTtlMs: number;
  /**
   * How long the relay remembers a removed device, so that device is told it was removed
   * (signed) rather than "unknown" when it comes back online.
   */
  readonly deviceTombstoneTtlMs: number;
  /** Linked devices besides the primary. */
  readonly maxLinkedDevices: number;
  /** The same for a business account (its agents' desktops). */
  readonly maxBusinessLinkedDevices: number;
  /** Ping interval on WebSockets; a peer that misses one pong is dropped. */
  readonly heartbeatMs: number;
  /** Envelopes pushed to a device before waiting for acknowledgements. */
  readonly deliveryWindow: number;
  /** A pushed envelope not acknowledged within this long stays queued for the next connection. */
  readonly deliveryAckTimeoutMs: number;
  /** Largest JSON body; `PUT /v1/messages` has its own, larger limit. */
  readonly bodyLimitBytes: number;
  readonly messagesBodyLimitBytes: number;
  /** Largest frame a device may send on its socket (acknowledgements are tiny). */
  readonly deviceSocketMaxPayload: number;
  readonly provisioningSocketMaxPayload: number;
  /** Expired envelopes, tokens and blobs are removed this often. */
  readonly sweepIntervalMs: number;
  readonly scryptCost: ScryptCost;
  readonly authCacheSize: number;
  readonly authCacheTtlMs: number;
  readonly rateLimits: RateLimits;
  /** See SqliteRelayStoreOptions.durability. */
  readonly durability: 'full' | 'normal';
  /** Honour X-Forwarded-For (behind a reverse proxy that sets it). */
  readonly trustProxy: boolean;
  /** Sockets still open this long after shutdown began are cut. */
  readonly shutdownGraceMs: number;
}

export const DEFAULT_CONFIG: RelayConfig = {
  messageTtlMs: 30 * DAY,
  attachmentTtlMs: 30 * DAY,
  // The desktop sends files up to 200 MiB; padding (up to 5 %) and the cipher's framing come on top.
  maxAttachmentBytes: 211 * 1024 * 1024,
  provisioningIdleMs: 90 * SECOND,
  linkTokenTtlMs: 10 * MINUTE,
  deviceTombstoneTtlMs: 365 * DAY,
  maxLinkedDevices: MAX_LINKED_DEVICES,
  maxBusinessLinkedDevices: MAX_BUSINESS_LINKED_DEVICES,
  heartbeatMs: 30 * SECOND,
  deliveryWindow: 64,
  deliveryAckTimeoutMs: 60 * SECOND,
  bodyLimitBytes: 512 * 1024,
  // 128 messages of up to 256 KiB would be 32 MiB; a real fan-out is a handful of devices.
  messagesBodyLimitBytes: 4 * 1024 * 1024,
  deviceSocketMaxPayload: 64 * 1024,
  provisioningSocketMaxPayload: 4 * 1024,
  sweepIntervalMs: MINUTE,
  scryptCost: DEFAULT_SCRYPT_COST,
  authCacheSize: 10_000,
  authCacheTtlMs: 10 * MINUTE,
  rateLimits: DEFAULT_RATE_LIMITS,
  durability: 'full',
  trustProxy: false,
  shutdownGraceMs: 5 * SECOND,
};

export type RelayConfigOverrides = Partial<Omit<RelayConfig, 'rateLimits'>> & {
  readonly rateLimits?: Partial<Record<RateLimitName, RateLimit>>;
};

export function resolveConfig(overrides: RelayConfigOverrides = {}): RelayConfig {
  return {
    ...DEFAULT_CONFIG,
    ...overrides,
    rateLimits: { ...DEFAULT_CONFIG.rateLimits, ...overrides.rateLimits },
  };
}
