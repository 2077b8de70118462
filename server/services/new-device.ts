/** What registration and linking share: checking a new device's keys and hashing its password. */
import type { PublicKey } from '@signalapp/libsignal-client';
import type { KemSignedPreKey, PreKey, SignedPreKey } from '../../shared/relay-api';
import { hashPassword } from '../auth/password';
import type { ScryptCost } from '../auth/password';
import { fromBase64 } from '../bytes';
import type { NewDevice, StoredSignedPreKey } from '../store/types';
import { checkDistinctKeyIds, checkKemSignedPreKey, checkPreKey, checkSignedPreKey } from './key-validation';

export interface NewDeviceFields {
  readonly password: string;
  readonly registrationId: number;
  readonly signedPreKey: SignedPreKey;
  readonly pqLastResortPreKey: KemSignedPreKey;
  readonly preKeys?: ReadonlyArray<PreKey> | undefined;
  readonly pqPreKeys?: ReadonlyArray<KemSignedPreKey> | undefined;
  readonly name?: string | undefined;
}

/** Checks every key first (400/422) so that nothing is hashed or written for a bad request. */
export async function prepareNewDevice(
  identity: PublicKey,
  fields: NewDeviceFields,
  cost: ScryptCost,
): Promise<NewDevice> {
  const signedPreKey = checkSignedPreKey(identity, fields.signedPreKey, 'signedPreKey');
  const pqLastResortPreKey = checkKemSignedPreKey(identity, fields.pqLastResortPreKey, 'pqLastResortPreKey');
  const preKeys = fields.preKeys ?? [];
  const pqPreKeys = fields.pqPreKeys ?? [];
  checkDistinctKeyIds(preKeys, 'preKeys');
  checkDistinctKeyIds(pqPreKeys, 'pqPreKeys');
  const checkedPreKeys = preKeys.map((key, index) => checkPreKey(key, `preKeys.${String(index)}`));
  const checkedPqPreKeys: Array<StoredSignedPreKey> = pqPreKeys.map((key, index) =>
    checkKemSignedPreKey(identity, key, `pqPreKeys.${String(index)}`),
  );
  return {
    passwordHash: await hashPassword(fields.password, cost),
    registrationId: fields.registrationId,
    name: fields.name === undefined ? undefined : fromBase64(fields.name),
    signedPreKey,
    pqLastResortPreKey,
    preKeys: checkedPreKeys,
    pqPreKeys: checkedPqPreKeys,
  };
}
