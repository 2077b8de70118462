/**
 * The reference phone keeps one keychain entry per data folder, in the real Secret
 * Service (vitest runs inside scripts/with-keyring.sh): removing one phone's entry
 * leaves every other phone openable, and a phone from before keeps opening with the
 * entry all phones once shared.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrimaryDevice, legacyPhoneProfileId, phoneProfileIdFor } from '../../../phone/primary-device';
import { startRelay } from '../../../server/relay';
import type { Relay } from '../../../server/relay';
import { KeytarKeyStore, keychainAccount, keychainService, loadKeytar } from '../../../engine/keychain';
import { DatabaseKeyMissingError } from '../../../engine/store';
import { noKeyringReason, secretServiceAvailable } from '../engine/store/keychain-probe';

const keyring = await secretServiceAvailable();
const keytar = loadKeytar();

let dir: string;
let relay: Relay;
const phones: Array<PrimaryDevice> = [];
const entries: Array<string> = [];
let legacyBefore: string | null = null;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-phone-keys-'));
  relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false });
  if (keyring) legacyBefore = await keytar.getPassword(keychainService, keychainAccount(legacyPhoneProfileId));
});
afterEach(async () => {
  for (const phone of phones.splice(0)) await phone.close();
  for (const profileId of entries.splice(0)) await keytar.deletePassword(keychainService, keychainAccount(profileId));
  // The shared entry is put back as it was: other phones in this keyring may use it.
  if (keyring && legacyBefore === null) await keytar.deletePassword(keychainService, keychainAccount(legacyPhoneProfileId));
  await relay.close();
  await fs.rm(dir, { recursive: true, force: true });
});

function entry(profileId: string): Promise<string | null> {
  return keytar.getPassword(keychainService, keychainAccount(profileId));
}

async function register(handle: string, profileId?: string): Promise<string> {
  const dataDir = path.join(dir, handle);
  const phone = await PrimaryDevice.register({
    dataDir,
    relayUrl: relay.url,
    keyStore: new KeytarKeyStore(),
    handle,
    ...(profileId === undefined ? {} : { profileId }),
  });
  await phone.close();
  entries.push(phoneProfileIdFor(dataDir));
  return dataDir;
}

async function reopen(dataDir: string): Promise<PrimaryDevice> {
  const phone = await PrimaryDevice.open({ dataDir, relayUrl: relay.url, keyStore: new KeytarKeyStore() });
  phones.push(phone);
  return phone;
}

describe.skipIf(!keyring)(`the phone's keychain entries${keyring ? '' : ` (skipped: ${noKeyringReason})`}`, () => {
  it('gives each data folder its own entry, so deleting one phone’s key leaves the other openable', async () => {
    const alice = await register('alice');
    const bob = await register('bob');
    const aliceKey = await entry(phoneProfileIdFor(alice));
    const bobKey = await entry(phoneProfileIdFor(bob));
    expect(aliceKey).not.toBeNull();
    expect(bobKey).not.toBeNull();
    expect(aliceKey).not.toBe(bobKey);

    await keytar.deletePassword(keychainService, keychainAccount(phoneProfileIdFor(alice)));
    expect((await reopen(bob)).handle).toBe('bob');
    await expect(reopen(alice)).rejects.toThrow(DatabaseKeyMissingError);
  });

  it('opens a phone whose key is under the old shared entry, copies it to the folder’s own entry and keeps the old one', async () => {
    // What the CLI did before: every data folder under "database-key:phone".
    const old = await register('carol', legacyPhoneProfileId);
    const legacyKey = await entry(legacyPhoneProfileId);
    expect(legacyKey).not.toBeNull();
    expect(await entry(phoneProfileIdFor(old))).toBeNull();

    expect((await reopen(old)).handle).toBe('carol');
    expect(await entry(phoneProfileIdFor(old))).toBe(legacyKey);
    expect(await entry(legacyPhoneProfileId)).toBe(legacyKey);

    // From now on the folder's own entry is enough.
    for (const phone of phones.splice(0)) await phone.close();
    await keytar.deletePassword(keychainService, keychainAccount(legacyPhoneProfileId));
    expect((await reopen(old)).handle).toBe('carol');
  });
});
