import { ProtocolAddress, processPreKeyBundle } from '@signalapp/libsignal-client';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KyberPreKeyReuseError, PreKeyNotFoundError, SessionNotFoundError } from '../../../../engine/signal';
import { toPreKeyId } from '../../../../engine/store/types';
import { firstOneTimeKyberId, lastResortKyberId, memoryStore, provisionAccount } from '../fixtures';
import { decryptText, encryptText } from './exchange';

describe('libsignal session over the DB-backed stores', () => {
  it('runs a PQXDH session both ways and consumes the one-time keys it used', async () => {
    const aliceStore = memoryStore();
    const bobStore = memoryStore();
    const alice = await provisionAccount(aliceStore);
    const bob = await provisionAccount(bobStore, { oneTimeKeys: 2 });

    await processPreKeyBundle(bob.bundle(), bob.address, alice.address, alice.stores.session, alice.stores.identity);
    const first = await encryptText(alice, bob, 'hello bob');
    expect(await decryptText(bob, alice, first)).toBe('hello bob');

    // The one-time EC and Kyber keys in that bundle are gone; the rest remain.
    expect(bobStore.getPreKey(toPreKeyId(1))).toBeUndefined();
    expect(bobStore.getKyberPreKey(toPreKeyId(firstOneTimeKyberId))).toBeUndefined();
    expect(bobStore.countPreKeys()).toBe(1);
    expect(bobStore.countOneTimeKyberPreKeys()).toBe(1);

    const reply = await encryptText(bob, alice, 'hello alice');
    expect(await decryptText(alice, bob, reply)).toBe('hello alice');
    for (let round = 0; round < 3; round += 1) {
      expect(await decryptText(bob, alice, await encryptText(alice, bob, `a${round}`))).toBe(`a${round}`);
      expect(await decryptText(alice, bob, await encryptText(bob, alice, `b${round}`))).toBe(`b${round}`);
    }
    expect(aliceStore.listSessionDeviceIds(bob.accountId)).toEqual([1]);
    expect(await alice.stores.session.openSessionDeviceIds(bob.accountId)).toEqual([1]);
  });

  it('refuses a replayed pre-key message', async () => {
    const alice = await provisionAccount(memoryStore());
    const bob = await provisionAccount(memoryStore());
    await processPreKeyBundle(bob.bundle(), bob.address, alice.address, alice.stores.session, alice.stores.identity);
    const message = await encryptText(alice, bob, 'once');
    expect(await decryptText(bob, alice, message)).toBe('once');
    await expect(decryptText(bob, alice, message)).rejects.toThrow();
  });

  it('keeps the last-resort Kyber key but refuses the same use of it twice', async () => {
    const bobStore = memoryStore();
    const alice = await provisionAccount(memoryStore());
    const bob = await provisionAccount(bobStore, { oneTimeKeys: 0 });
    await processPreKeyBundle(
      bob.bundle({ withOneTimeKeys: false }),
      bob.address,
      alice.address,
      alice.stores.session,
      alice.stores.identity,
    );
    const message = await encryptText(alice, bob, 'with the last-resort key');
    expect(await decryptText(bob, alice, message)).toBe('with the last-resort key');
    expect(bobStore.getKyberPreKey(toPreKeyId(lastResortKyberId))?.isLastResort).toBe(true);

    // A second session from the same bundle is a fresh base key: allowed.
    const carol = await provisionAccount(memoryStore());
    await processPreKeyBundle(
      bob.bundle({ withOneTimeKeys: false }),
      bob.address,
      carol.address,
      carol.stores.session,
      carol.stores.identity,
    );
    expect(await decryptText(bob, carol, await encryptText(carol, bob, 'from carol'))).toBe('from carol');

    // Bob loses his session with Alice; her replayed first message must not start a new one.
    // (libsignal wraps a store's error in its own, keeping the name in the message.)
    bobStore.deleteAllSessions(alice.accountId);
    await expect(decryptText(bob, alice, message)).rejects.toThrow(KyberPreKeyReuseError.name);
  });

  it('names a missing pre-key in its error', async () => {
    const { stores } = await provisionAccount(memoryStore(), { oneTimeKeys: 0 });
    await expect(stores.preKey.getPreKey(42)).rejects.toThrow(PreKeyNotFoundError);
    await expect(stores.signedPreKey.getSignedPreKey(42)).rejects.toThrow(PreKeyNotFoundError);
    await expect(stores.kyberPreKey.getKyberPreKey(42)).rejects.toThrow(PreKeyNotFoundError);
  });

  it('refuses getExistingSessions for a device without a session', async () => {
    const { stores } = await provisionAccount(memoryStore());
    await expect(stores.session.getExistingSessions([ProtocolAddress.new(randomUUID(), 2)])).rejects.toThrow(
      SessionNotFoundError,
    );
  });

  it('archives a stale session: it no longer sends, but a new bundle starts over', async () => {
    const aliceStore = memoryStore();
    const alice = await provisionAccount(aliceStore);
    const bob = await provisionAccount(memoryStore(), { oneTimeKeys: 2 });
    await processPreKeyBundle(bob.bundle(), bob.address, alice.address, alice.stores.session, alice.stores.identity);
    await alice.stores.session.archiveSession(bob.address);
    expect(await alice.stores.session.openSessionDeviceIds(bob.accountId)).toEqual([]);
    await expect(encryptText(alice, bob, 'nope')).rejects.toThrow(/session/);

    await processPreKeyBundle(bob.bundle(), bob.address, alice.address, alice.stores.session, alice.stores.identity);
    expect(await decryptText(bob, alice, await encryptText(alice, bob, 'fresh'))).toBe('fresh');
    await alice.stores.session.archiveAllSessions(bob.accountId);
    expect(await alice.stores.session.openSessionDeviceIds(bob.accountId)).toEqual([]);
    await alice.stores.session.deleteSession(bob.address);
    expect(aliceStore.listSessionDeviceIds(bob.accountId)).toEqual([]);
  });
});
