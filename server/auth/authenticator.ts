/**
 * Authenticates a device from `Authorization: Basic base64("<accountId>.<deviceId>:<password>")`
 * (a bare "<accountId>" means device 1), as Signal's service does.
 *
 * Verifying scrypt on every request would cost ~35 ms of CPU each, so a verified credential
 * is remembered briefly under a SHA-256 of the credential (the password has ≥128 bits of
 * entropy, so its fast hash reveals nothing useful), together with the stored hash it
 * matched: removing or re-linking the device changes that hash and voids the entry.
 */
import { createHash } from 'node:crypto';
import type { AccountId, DeviceId, DeviceRefusalReason } from '../../shared/relay-api';
import { AccountIdSchema, DeviceIdSchema, PRIMARY_DEVICE_ID } from '../../shared/relay-api';
import type { DeviceStore } from '../store/types';
import { decoyHash, verifyPassword } from './password';
import type { ScryptCost } from './password';

export interface AuthenticatedDevice {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
}

export interface Credentials extends AuthenticatedDevice {
  readonly password: string;
}

/** Parses a Basic header; undefined when it is absent or malformed. */
export function parseBasicAuthorization(header: string | undefined): Credentials | undefined {
  if (header === undefined) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (match?.[1] === undefined) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return parseLogin(decoded.slice(0, colon), decoded.slice(colon + 1));
}

/** `login` is "<accountId>" or "<accountId>.<deviceId>". */
export function parseLogin(login: string, password: string): Credentials | undefined {
  const [account, device, ...rest] = login.split('.');
  if (rest.length > 0 || password.length === 0) return undefined;
  const accountId = AccountIdSchema.safeParse(account?.toLowerCase());
  const deviceId = device === undefined ? PRIMARY_DEVICE_ID : /^\d{1,3}$/.test(device) ? Number(device) : NaN;
  const parsedDevice = DeviceIdSchema.safeParse(deviceId);
  if (!accountId.success || !parsedDevice.success) return undefined;
  return { accountId: accountId.data, deviceId: parsedDevice.data, password };
}

/** Why credentials were refused, as the device socket tells the device (docs/protocol/relay.md). */
export type CredentialRefusal =
  | { readonly reason: Extract<DeviceRefusalReason, 'device-removed'>; readonly removedAt: number }
  | { readonly reason: Exclude<DeviceRefusalReason, 'device-removed'> };

/**
 * Tombstones checked per refusal: each costs one scrypt, and a device id is rarely
 * removed more than a few times within the tombstones' lifetime.
 */
const maxTombstonesChecked = 4;

interface CacheEntry {
  readonly storedHash: string;
  readonly expiresAt: number;
}

export interface AuthenticatorOptions {
  readonly cost: ScryptCost;
  readonly cacheSize: number;
  readonly cacheTtlMs: number;
  readonly clock: () => number;
}

export class Authenticator {
  private readonly cache = new Map<string, CacheEntry>();
  private decoy: Promise<string> | undefined;

  constructor(
    private readonly store: Pick<DeviceStore, 'getPasswordHash' | 'listDeviceTombstones'>,
    private readonly options: AuthenticatorOptions,
  ) {}

  /** The device the credentials belong to, or undefined when they are wrong. */
  async authenticate(credentials: Credentials): Promise<AuthenticatedDevice | undefined> {
    const { accountId, deviceId, password } = credentials;
    const storedHash = await this.store.getPasswordHash(accountId, deviceId);
    const cacheKey = createHash('sha256').update(`${accountId}.${String(deviceId)}:${password}`).digest('base64');
    const now = this.options.clock();
    const cached = this.cache.get(cacheKey);
    if (storedHash !== undefined && cached?.storedHash === storedHash && cached.expiresAt > now) {
      return { accountId, deviceId };
    }
    if (storedHash === undefined) {
      // Same cost as a wrong password, so response time does not reveal which devices exist.
      this.decoy ??= decoyHash(this.options.cost);
      await verifyPassword(password, await this.decoy);
      return undefined;
    }
    if (!(await verifyPassword(password, storedHash))) return undefined;
    this.remember(cacheKey, { storedHash, expiresAt: now + this.options.cacheTtlMs });
    return { accountId, deviceId };
  }

  /**
   * Why `authenticate` refused these credentials: they belong to a removed device
   * (they match one of its tombstones), the device is unknown, or the password is wrong.
   * Only called on the failure path, which is rate-limited per IP.
   */
  async explainRefusal(credentials: Credentials | undefined): Promise<CredentialRefusal> {
    if (credentials === undefined) return { reason: 'bad-credentials' };
    const { accountId, deviceId, password } = credentials;
    const tombstones = await this.store.listDeviceTombstones(accountId, deviceId, maxTombstonesChecked);
    for (const tombstone of tombstones) {
      if (await verifyPassword(password, tombstone.passwordHash)) return { reason: 'device-removed', removedAt: tombstone.removedAt };
    }
    const storedHash = await this.store.getPasswordHash(accountId, deviceId);
    return { reason: storedHash === undefined ? 'unknown-device' : 'bad-credentials' };
  }

  private remember(key: string, entry: CacheEntry): void {
    this.cache.delete(key);
    this.cache.set(key, entry);
    // Map iteration is insertion order: the first key is the least recently verified.
    while (this.cache.size > this.options.cacheSize) {
      const oldest = this.cache.keys().next();
      if (oldest.done === true) break;
      this.cache.delete(oldest.value);
    }
  }
}
