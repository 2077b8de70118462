/** Listing and removing devices; link tokens and linking a new companion device. */
import { createHash, randomBytes } from 'node:crypto';
import type {
  DeviceCreatedResponse,
  DeviceId,
  DeviceListResponse,
  LinkDeviceRequest,
  LinkTokenResponse,
  ResetIdentityRequest,
} from '../../shared/relay-api';
import { PRIMARY_DEVICE_ID } from '../../shared/relay-api';
import type { AuthenticatedDevice } from '../auth/authenticator';
import { fromBase64, toBase64 } from '../bytes';
import type { RelayConfig } from '../config';
import { ForbiddenError, NotFoundError, TooManyDevicesError } from '../errors';
import type { DeviceRemoval, RelayStores } from '../store/types';
import { parseIdentityKey } from './key-validation';
import { prepareNewDevice } from './new-device';

/** Whatever holds live device sockets; removing a device closes its socket. */
export interface DeviceSessions {
  disconnect(device: AuthenticatedDevice, reason: 'removed'): void;
}

/** Tokens are stored hashed: a copy of the database cannot link a device. */
function hashToken(token: string): Uint8Array {
  return createHash('sha256').update('parley-link-token\0').update(token).digest();
}

export class DeviceService {
  constructor(
    private readonly stores: Pick<RelayStores, 'accounts' | 'devices' | 'linkTokens'>,
    private readonly config: RelayConfig,
    private readonly sessions: DeviceSessions,
    private readonly clock: () => number,
  ) {}

  async list(actor: AuthenticatedDevice): Promise<DeviceListResponse> {
    const devices = await this.stores.devices.listDevices(actor.accountId);
    return {
      devices: devices.map((device) => ({
        id: device.deviceId,
        ...(device.name === undefined ? {} : { name: toBase64(device.name) }),
        created: device.createdAt,
        lastSeen: device.lastSeenAt,
      })),
    };
  }

  /** The primary removes any linked device; a linked device removes only itself. */
  async remove(actor: AuthenticatedDevice, deviceId: DeviceId): Promise<void> {
    if (deviceId === PRIMARY_DEVICE_ID) {
      throw new ForbiddenError('The primary device cannot be removed.', 'primary_not_removable');
    }
    if (actor.deviceId !== PRIMARY_DEVICE_ID && actor.deviceId !== deviceId) {
      throw new ForbiddenError('A linked device may only remove itself.', 'not_permitted');
    }
    const removed = await this.stores.devices.removeDevice(actor.accountId, deviceId, this.removal());
    if (!removed) throw new NotFoundError('No such device.');
    this.sessions.disconnect({ accountId: actor.accountId, deviceId }, 'removed');
  }

  /**
   * The primary came back with a new identity (a reinstall): every device is removed and
   * its socket closed, and device 1 is created again with the new keys and password.
   */
  async resetIdentity(actor: AuthenticatedDevice, request: ResetIdentityRequest): Promise<void> {
    if (actor.deviceId !== PRIMARY_DEVICE_ID) {
      throw new ForbiddenError('Only the primary device can change the account identity.', 'primary_only');
    }
    const identityKey = fromBase64(request.identityKey);
    const primary = await prepareNewDevice(parseIdentityKey(identityKey), request, this.config.scryptCost);
    const removed = await this.stores.accounts.replaceIdentity(actor.accountId, identityKey, primary, this.removal());
    if (request.unidentifiedAccessKey !== undefined) {
      await this.stores.accounts.setUnidentifiedAccess(actor.accountId, { key: fromBase64(request.unidentifiedAccessKey) });
    }
    for (const deviceId of removed) this.sessions.disconnect({ accountId: actor.accountId, deviceId }, 'removed');
  }

  private removal(): DeviceRemoval {
    const at = this.clock();
    return { at, tombstoneExpiresAt: at + this.config.deviceTombstoneTtlMs };
  }

  /** Primary only: a single-use token the new device presents to `link`. */
  async issueLinkToken(actor: AuthenticatedDevice): Promise<LinkTokenResponse> {
    if (actor.deviceId !== PRIMARY_DEVICE_ID) {
      throw new ForbiddenError('Only the primary device links new devices.', 'primary_only');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.clock() + this.config.linkTokenTtlMs;
    await this.stores.linkTokens.createLinkToken(hashToken(token), actor.accountId, expiresAt);
    return { verificationCode: token, expiresAt };
  }

  /**
   * Adds a companion to the token's account. The token is consumed only when the device
   * is added: a bad signature (422) or a full account (411) leaves it usable.
   */
  async link(request: LinkDeviceRequest): Promise<DeviceCreatedResponse> {
    const tokenHash = hashToken(request.verificationCode);
    const invalidToken = (): ForbiddenError =>
      new ForbiddenError('The link token is unknown, used or expired.', 'invalid_link_token');
    const accountId = await this.stores.linkTokens.findLinkToken(tokenHash, this.clock());
    if (accountId === undefined) throw invalidToken();
    const account = await this.stores.accounts.getAccount(accountId);
    if (account === undefined) throw invalidToken();
    const maxLinked = account.kind === 'business' ? this.config.maxBusinessLinkedDevices : this.config.maxLinkedDevices;
    const maxDevices = 1 + maxLinked;
    // Checked before the expensive part too; linkDevice checks again atomically.
    if ((await this.stores.devices.listDevices(accountId)).length >= maxDevices) {
      throw new TooManyDevicesError(maxLinked);
    }
    const identity = parseIdentityKey(new Uint8Array(account.identityKey));
    const device = await prepareNewDevice(identity, request, this.config.scryptCost);
    const outcome = await this.stores.devices.linkDevice(tokenHash, this.clock(), maxDevices, device);
    switch (outcome.kind) {
      case 'linked':
        return { accountId, deviceId: outcome.deviceId };
      case 'invalid-token':
        throw invalidToken();
      case 'too-many-devices':
        throw new TooManyDevicesError(maxLinked);
    }
  }
}
