/** Registration of accounts (the primary, device 1), handle lookup, sealed-sender settings. */
import { createHash, randomUUID } from 'node:crypto';
import type {
  AccountAttributesRequest,
  AccountId,
  DeviceCreatedResponse,
  RegisterAccountRequest,
} from '../../shared/relay-api';
import { asAccountId, PRIMARY_DEVICE_ID } from '../../shared/relay-api';
import type { AuthenticatedDevice } from '../auth/authenticator';
import { fromBase64 } from '../bytes';
import type { RelayConfig } from '../config';
import { ForbiddenError, HandleTakenError, NotFoundError } from '../errors';
import type { RelayStores } from '../store/types';
import { parseIdentityKey } from './key-validation';
import { prepareNewDevice } from './new-device';

/**
 * The relay stores handles only as this hash, so its database does not list who uses it.
 * (A short handle can still be guessed by hashing candidates; the hash keeps it out of
 * casual view, it is not a secret.)
 */
export function hashHandle(handle: string): Uint8Array {
  return createHash('sha256').update('parley-handle\0').update(handle.normalize('NFC').toLowerCase()).digest();
}

export class AccountService {
  constructor(
    private readonly stores: Pick<RelayStores, 'accounts'>,
    private readonly config: RelayConfig,
    private readonly clock: () => number,
  ) {}

  async register(request: RegisterAccountRequest): Promise<DeviceCreatedResponse> {
    const identityKey = fromBase64(request.identityKey);
    const identity = parseIdentityKey(identityKey);
    const primary = await prepareNewDevice(identity, request, this.config.scryptCost);
    const accountId = asAccountId(randomUUID());
    const created = await this.stores.accounts.createAccount(
      {
        id: accountId,
        handleHash: hashHandle(request.handle),
        identityKey,
        unidentifiedAccessKey:
          request.unidentifiedAccessKey === undefined ? undefined : fromBase64(request.unidentifiedAccessKey),
        unrestrictedUnidentifiedAccess: request.unrestrictedUnidentifiedAccess ?? false,
        kind: request.kind ?? 'personal',
        createdAt: this.clock(),
      },
      primary,
    );
    if (!created) throw new HandleTakenError();
    return { accountId, deviceId: PRIMARY_DEVICE_ID };
  }

  async lookupHandle(handle: string): Promise<AccountId> {
    const accountId = await this.stores.accounts.findAccountByHandleHash(hashHandle(handle));
    if (accountId === undefined) throw new NotFoundError('No account has this handle.');
    return accountId;
  }

  async setAttributes(actor: AuthenticatedDevice, request: AccountAttributesRequest): Promise<void> {
    if (actor.deviceId !== PRIMARY_DEVICE_ID) {
      throw new ForbiddenError('Only the primary device changes account attributes.', 'primary_only');
    }
    await this.stores.accounts.setUnidentifiedAccess(actor.accountId, {
      ...(request.unidentifiedAccessKey === undefined
        ? {}
        : { key: request.unidentifiedAccessKey === null ? null : fromBase64(request.unidentifiedAccessKey) }),
      ...(request.unrestrictedUnidentifiedAccess === undefined
        ? {}
        : { unrestricted: request.unrestrictedUnidentifiedAccess }),
    });
  }
}
