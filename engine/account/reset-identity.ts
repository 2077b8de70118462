/**
 * A primary device coming back with a new identity key, as after a reinstall: new
 * identity, registration id, password and pre-keys on the relay (which removes every
 * linked device), and every session dropped, because each was bound to the old key.
 * Contacts see a safety-number change on the next exchange and must accept it.
 *
 * The engine that used this store must be stopped first and a new one created after:
 * its relay credentials changed.
 */
import { randomBytes } from 'node:crypto';
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { deriveAccessKey } from '../crypto/access-key';
import { RelayHttpClient } from '../relay-client/http';
import type { Store } from '../store';
import { NoLocalAccountError } from '../store';
import { generateOneTimeKeys, generateRegistrationId, generateSignedKeys } from './keys';

export async function resetIdentity(store: Store, relayUrl: string): Promise<void> {
  const account = store.getAccount();
  if (account === undefined) throw new NoLocalAccountError();
  const relay = new RelayHttpClient(relayUrl, { accountId: account.accountId, deviceId: account.deviceId, password: account.relayPassword });
  if (account.deviceId !== 1) throw new Error('Only the primary device can change the account identity.');
  const identity = IdentityKeyPair.generate();
  const registrationId = generateRegistrationId();
  const password = randomBytes(24).toString('base64url');
  const signed = generateSignedKeys(store, identity);
  const oneTime = generateOneTimeKeys(store, identity);
  await relay.resetIdentity({
    identityKey: Buffer.from(identity.publicKey.serialize()).toString('base64'),
    ...(account.profileKey === null ? {} : { unidentifiedAccessKey: Buffer.from(deriveAccessKey(account.profileKey)).toString('base64') }),
    password,
    registrationId,
    ...signed,
    ...oneTime,
  });
  store.transaction(() => {
    store.saveAccount({ ...account, registrationId, identityKeyPair: identity.serialize(), relayPassword: password });
    store.deleteAllSessions(account.accountId);
    for (const recipient of store.listRecipients()) store.deleteAllSessions(recipient.accountId);
  });
}
