/**
 * libsignal sessions kept in two real encrypted stores on disk: a PQXDH session is
 * started from a pre-key bundle, messages flow both ways, both stores are closed and
 * reopened, and the conversation continues from the persisted ratchets.
 */
import { Direction, IdentityKeyPair, processPreKeyBundle } from '@signalapp/libsignal-client';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InMemoryKeyStore } from '../../../../engine/keychain/memory-key-store';
import { StagedSignalStorage, createSignalStores } from '../../../../engine/signal';
import type { Store } from '../../../../engine/store/interface';
import { openEncryptedStore } from '../../../../engine/store/open';
import { toPreKeyId, toServerGuid } from '../../../../engine/store/types';
import type { TestAccount } from '../../../unit/engine/fixtures';
import { firstOneTimeKyberId, provisionAccount } from '../../../unit/engine/fixtures';
import { decryptText, encryptText } from '../../../unit/engine/signal/exchange';

let root: string;
const keyStore = new InMemoryKeyStore();
const openStores: Array<Store> = [];

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-sessions-'));
});

afterEach(async () => {
  for (const store of openStores.splice(0)) store.close();
  await fs.rm(root, { recursive: true, force: true });
});

async function open(name: string): Promise<Store> {
  const store = await openEncryptedStore({ dataDir: path.join(root, name), keyStore, profileId: name });
  openStores.push(store);
  return store;
}

/** The same account, now served by a freshly opened store. */
function rebind(account: TestAccount, store: Store): TestAccount {
  return { ...account, stores: createSignalStores(store) };
}

describe('sessions in the encrypted store', () => {
  it('survive closing and reopening both databases', async () => {
    const aliceStore = await open('alice');
    const bobStore = await open('bob');
    let alice = await provisionAccount(aliceStore);
    let bob = await provisionAccount(bobStore, { oneTimeKeys: 5 });

    await processPreKeyBundle(bob.bundle(), bob.address, alice.address, alice.stores.session, alice.stores.identity);
    expect(await decryptText(bob, alice, await encryptText(alice, bob, 'hello bob'))).toBe('hello bob');
    expect(await decryptText(alice, bob, await encryptText(bob, alice, 'hello alice'))).toBe('hello alice');
    // A message in flight across the restart.
    const inFlight = await encryptText(alice, bob, 'sent before the restart');

    aliceStore.close();
    bobStore.close();
    alice = rebind(alice, await open('alice'));
    const reopenedBob = await open('bob');
    bob = rebind(bob, reopenedBob);

    expect(await decryptText(bob, alice, inFlight)).toBe('sent before the restart');
    for (let round = 0; round < 5; round += 1) {
      expect(await decryptText(alice, bob, await encryptText(bob, alice, `bob ${round}`))).toBe(`bob ${round}`);
      expect(await decryptText(bob, alice, await encryptText(alice, bob, `alice ${round}`))).toBe(`alice ${round}`);
    }
    // The one-time keys the first message used stayed consumed.
    expect(reopenedBob.getPreKey(toPreKeyId(1))).toBeUndefined();
    expect(reopenedBob.getKyberPreKey(toPreKeyId(firstOneTimeKyberId))).toBeUndefined();
    expect(reopenedBob.countPreKeys()).toBe(4);
  });

  it('keeps staged writes only once committed, across a restart', async () => {
    const aliceStore = await open('alice');
    const bobStore = await open('bob');
    const alice = await provisionAccount(aliceStore);
    let bob = await provisionAccount(bobStore, { oneTimeKeys: 2 });
    await processPreKeyBundle(bob.bundle(), bob.address, alice.address, alice.stores.session, alice.stores.identity);
    const first = await encryptText(alice, bob, 'first');

    // Decrypted but "crashed" before committing: after a restart the envelope decrypts again.
    const abandoned = new StagedSignalStorage(bobStore);
    expect(await decryptText(bob, alice, first, createSignalStores(abandoned))).toBe('first');
    bobStore.close();
    const afterCrash = await open('bob');
    bob = rebind(bob, afterCrash);
    const staged = new StagedSignalStorage(afterCrash);
    expect(await decryptText(bob, alice, first, createSignalStores(staged))).toBe('first');
    const guid = toServerGuid('envelope-first');
    afterCrash.transaction(() => {
      staged.commit();
      afterCrash.markEnvelopeProcessed(guid);
    });
    afterCrash.close();

    const afterRestart = await open('bob');
    bob = rebind(bob, afterRestart);
    expect(afterRestart.hasProcessedEnvelope(guid)).toBe(true);
    expect(await decryptText(bob, alice, await encryptText(alice, bob, 'second'))).toBe('second');
  });

  it('remembers an unaccepted identity change across a restart', async () => {
    const aliceStore = await open('alice');
    const alice = await provisionAccount(aliceStore);
    const bobKey = IdentityKeyPair.generate().publicKey;
    const newBobKey = IdentityKeyPair.generate().publicKey;
    const bobAddress = (await provisionAccount(await open('bob'))).address;
    await alice.stores.identity.saveIdentity(bobAddress, bobKey);
    await alice.stores.identity.saveIdentity(bobAddress, newBobKey);
    aliceStore.close();

    const reopened = await open('alice');
    const { identity } = createSignalStores(reopened);
    expect(await identity.isTrustedIdentity(bobAddress, newBobKey, Direction.Sending)).toBe(false);
    expect(reopened.listPendingIdentityChanges().map((record) => record.addressName)).toEqual([bobAddress.name()]);
    await identity.acceptIdentityChange(bobAddress);
    expect(await identity.isTrustedIdentity(bobAddress, newBobKey, Direction.Sending)).toBe(true);
  });
});
