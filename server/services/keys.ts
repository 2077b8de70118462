/** Pre-key upload and count, and pre-key bundles (each one-time key handed out once). */
import type {
  AccountId,
  DeviceBundle,
  DeviceId,
  PreKeyBundleResponse,
  PreKeyCountResponse,
  SetKeysRequest,
} from '../../shared/relay-api';
import type { RequestAccess } from '../auth/access';
import { accessKeyPermits } from '../auth/access-key';
import type { AuthenticatedDevice } from '../auth/authenticator';
import { toBase64 } from '../bytes';
import { NotFoundError, UnauthorizedError } from '../errors';
import type { RelayStores, StoredSignedPreKey } from '../store/types';
import {
  checkDistinctKeyIds,
  checkKemSignedPreKey,
  checkPreKey,
  checkSignedPreKey,
  parseIdentityKey,
} from './key-validation';

function signedKeyJson(key: StoredSignedPreKey): { keyId: number; publicKey: string; signature: string } {
  return { keyId: key.keyId, publicKey: toBase64(key.publicKey), signature: toBase64(key.signature) };
}

export class KeyService {
  constructor(private readonly stores: Pick<RelayStores, 'accounts' | 'devices' | 'keys'>) {}

  /** Verifies every signature before storing anything (422 on the first bad one). */
  async setKeys(actor: AuthenticatedDevice, request: SetKeysRequest): Promise<void> {
    const account = await this.stores.accounts.getAccount(actor.accountId);
    if (account === undefined) throw new NotFoundError('No such account.');
    const identity = parseIdentityKey(new Uint8Array(account.identityKey));
    if (request.preKeys !== undefined) checkDistinctKeyIds(request.preKeys, 'preKeys');
    if (request.pqPreKeys !== undefined) checkDistinctKeyIds(request.pqPreKeys, 'pqPreKeys');
    await this.stores.keys.setKeys(actor.accountId, actor.deviceId, {
      ...(request.signedPreKey === undefined
        ? {}
        : { signedPreKey: checkSignedPreKey(identity, request.signedPreKey, 'signedPreKey') }),
      ...(request.pqLastResortPreKey === undefined
        ? {}
        : { pqLastResortPreKey: checkKemSignedPreKey(identity, request.pqLastResortPreKey, 'pqLastResortPreKey') }),
      ...(request.preKeys === undefined
        ? {}
        : { preKeys: request.preKeys.map((key, index) => checkPreKey(key, `preKeys.${String(index)}`)) }),
      ...(request.pqPreKeys === undefined
        ? {}
        : {
            pqPreKeys: request.pqPreKeys.map((key, index) =>
              checkKemSignedPreKey(identity, key, `pqPreKeys.${String(index)}`),
            ),
          }),
    });
  }

  async count(actor: AuthenticatedDevice): Promise<PreKeyCountResponse> {
    const counts = await this.stores.keys.countPreKeys(actor.accountId, actor.deviceId);
    return { count: counts.ec, pqCount: counts.kem };
  }

  /**
   * Bundles for one device or, with '*', every device of the account — except the
   * requesting device itself, which needs no session with itself. A sealed-sender caller
   * presents the account's access key; a wrong key and an unknown account are both 401, so
   * the key is not an oracle for which accounts exist.
   */
  async getBundles(access: RequestAccess, accountId: AccountId, selector: DeviceId | '*'): Promise<PreKeyBundleResponse> {
    const account = await this.stores.accounts.getAccount(accountId);
    if (access.kind === 'sealed' && (account === undefined || !accessKeyPermits(account, access.accessKey))) {
      throw new UnauthorizedError('Wrong unidentified-access key.');
    }
    if (account === undefined) throw new NotFoundError('No such account.');
    const requester = access.kind === 'device' ? access.device : undefined;
    const devices = await this.stores.devices.listDevices(accountId);
    const selected =
      selector === '*'
        ? devices.filter(
            (device) => !(requester?.accountId === accountId && requester.deviceId === device.deviceId),
          )
        : devices.filter((device) => device.deviceId === selector);
    if (selector !== '*' && selected.length === 0) throw new NotFoundError('No such device.');
    const bundles: Array<DeviceBundle> = [];
    for (const device of selected) {
      const claimed = await this.stores.keys.claimKeys(accountId, device.deviceId);
      // Removed between listing and claiming: leave it out, as if listed a moment later.
      if (claimed === undefined) continue;
      bundles.push({
        deviceId: device.deviceId,
        registrationId: device.registrationId,
        signedPreKey: signedKeyJson(device.signedPreKey),
        ...(claimed.preKey === undefined
          ? {}
          : { preKey: { keyId: claimed.preKey.keyId, publicKey: toBase64(claimed.preKey.publicKey) } }),
        pqPreKey: signedKeyJson(claimed.pqPreKey),
      });
    }
    return { identityKey: toBase64(account.identityKey), devices: bundles, kind: account.kind };
  }
}
