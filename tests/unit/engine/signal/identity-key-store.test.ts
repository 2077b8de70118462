import {
  Direction,
  ErrorCode,
  IdentityChange,
  IdentityKeyPair,
  LibSignalErrorBase,
  ProtocolAddress,
  processPreKeyBundle,
} from '@signalapp/libsignal-client';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NoLocalAccountError } from '../../../../engine/store/errors';
import { createSignalStores } from '../../../../engine/signal';
import { memoryStore, provisionAccount } from '../fixtures';
import { decryptText, encryptText } from './exchange';

const contact = (): ProtocolAddress => ProtocolAddress.new(randomUUID(), 1);

describe('DbIdentityKeyStore', () => {
  it("serves this device's identity and registration id from the account", async () => {
    const store = memoryStore();
    const account = await provisionAccount(store);
    const pair = await account.stores.identity.getIdentityKeyPair();
    expect(pair.publicKey.equals(account.identity.publicKey)).toBe(true);
    expect((await account.stores.identity.getIdentityKey()).serialize()).toEqual(account.identity.privateKey.serialize());
    expect(await account.stores.identity.getLocalRegistrationId()).toBe(store.getAccount()?.registrationId);
  });

  it('rejects with NoLocalAccountError before registration', async () => {
    const { identity } = createSignalStores(memoryStore());
    await expect(identity.getIdentityKey()).rejects.toThrow(NoLocalAccountError);
  });

  it('trusts a first key in both directions and stores it', async () => {
    const { identity } = createSignalStores(memoryStore());
    const address = contact();
    const key = IdentityKeyPair.generate().publicKey;
    expect(await identity.isTrustedIdentity(address, key, Direction.Sending)).toBe(true);
    expect(await identity.saveIdentity(address, key)).toBe(IdentityChange.NewOrUnchanged);
    expect((await identity.getIdentity(address))?.equals(key)).toBe(true);
    expect(await identity.saveIdentity(address, key)).toBe(IdentityChange.NewOrUnchanged);
    expect(await identity.isTrustedIdentity(address, key, Direction.Sending)).toBe(true);
  });

  it('blocks sending to a changed key until the user accepts it, without blocking receiving', async () => {
    const store = memoryStore();
    const { identity } = createSignalStores(store);
    const address = contact();
    const oldKey = IdentityKeyPair.generate().publicKey;
    const newKey = IdentityKeyPair.generate().publicKey;
    const events: Array<string> = [];
    const dispose = identity.onDidChangeIdentity((event) => events.push(event.addressName));
    await identity.saveIdentity(address, oldKey);

    // Before the change is recorded: the new key is not the one we know.
    expect(await identity.isTrustedIdentity(address, newKey, Direction.Sending)).toBe(false);
    expect(await identity.isTrustedIdentity(address, newKey, Direction.Receiving)).toBe(true);

    expect(await identity.saveIdentity(address, newKey)).toBe(IdentityChange.ReplacedExisting);
    expect(events).toEqual([address.name()]);
    expect(store.listPendingIdentityChanges().map((record) => record.addressName)).toEqual([address.name()]);
    // Recorded but not accepted: still no sending, to the new key or the old one.
    expect(await identity.isTrustedIdentity(address, newKey, Direction.Sending)).toBe(false);
    expect(await identity.isTrustedIdentity(address, oldKey, Direction.Sending)).toBe(false);
    expect(await identity.isTrustedIdentity(address, newKey, Direction.Receiving)).toBe(true);

    expect(await identity.acceptIdentityChange(address)).toBe(true);
    expect(await identity.isTrustedIdentity(address, newKey, Direction.Sending)).toBe(true);
    expect(await identity.isTrustedIdentity(address, oldKey, Direction.Sending)).toBe(false);

    dispose();
    await identity.saveIdentity(address, oldKey);
    expect(events).toHaveLength(1);
  });

  it('makes libsignal refuse a session with a contact whose key changed, until accepted', async () => {
    const aliceStore = memoryStore();
    const alice = await provisionAccount(aliceStore);
    const bobIdentity = IdentityKeyPair.generate();
    const bob = await provisionAccount(memoryStore(), { identity: bobIdentity, oneTimeKeys: 3 });
    await processPreKeyBundle(bob.bundle(), bob.address, alice.address, alice.stores.session, alice.stores.identity);

    // Bob reinstalls: same account, new identity key, new bundle.
    const reinstalled = await provisionAccount(memoryStore(), { accountId: bob.accountId, oneTimeKeys: 3 });
    const failure = await processPreKeyBundle(
      reinstalled.bundle(),
      reinstalled.address,
      alice.address,
      alice.stores.session,
      alice.stores.identity,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LibSignalErrorBase);
    expect((failure as LibSignalErrorBase).code).toBe(ErrorCode.UntrustedIdentity);

    // The engine records the new key when libsignal refuses; the UI shows the event.
    await alice.stores.identity.saveIdentity(reinstalled.address, reinstalled.identity.publicKey);
    expect(aliceStore.getIdentity(bob.accountId)?.changePending).toBe(true);
    await expect(
      processPreKeyBundle(reinstalled.bundle(), reinstalled.address, alice.address, alice.stores.session, alice.stores.identity),
    ).rejects.toMatchObject({ code: ErrorCode.UntrustedIdentity });

    await alice.stores.identity.acceptIdentityChange(reinstalled.address.name());
    await processPreKeyBundle(reinstalled.bundle(), reinstalled.address, alice.address, alice.stores.session, alice.stores.identity);
    const message = await encryptText(alice, reinstalled, 'after accepting');
    expect(await decryptText(reinstalled, alice, message)).toBe('after accepting');
  });

  it('records a change that arrives with an incoming message and keeps the message', async () => {
    const aliceStore = memoryStore();
    const alice = await provisionAccount(aliceStore);
    const bob = await provisionAccount(memoryStore());
    // Alice knew an older key for Bob's account.
    const stale = IdentityKeyPair.generate().publicKey;
    await alice.stores.identity.saveIdentity(bob.address, stale);

    await processPreKeyBundle(alice.bundle(), alice.address, bob.address, bob.stores.session, bob.stores.identity);
    const message = await encryptText(bob, alice, 'hello from a new key');
    expect(await decryptText(alice, bob, message)).toBe('hello from a new key');
    expect(aliceStore.getIdentity(bob.accountId)).toMatchObject({ changePending: true });
    expect(aliceStore.listIdentityChanges(bob.accountId)).toHaveLength(1);
    expect(await alice.stores.identity.isTrustedIdentity(bob.address, bob.identity.publicKey, Direction.Sending)).toBe(false);
  });
});
