import { IdentityKeyPair, processPreKeyBundle } from '@signalapp/libsignal-client';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StagedSignalStorage, createSignalStores } from '../../../../engine/signal';
import { toDeviceId, toPreKeyId, toServerGuid } from '../../../../engine/store/types';
import { memoryStore, provisionAccount } from '../fixtures';
import { decryptText, encryptText } from './exchange';

async function firstContact() {
  const bobStore = memoryStore();
  const alice = await provisionAccount(memoryStore());
  const bob = await provisionAccount(bobStore, { oneTimeKeys: 2 });
  await processPreKeyBundle(bob.bundle(), bob.address, alice.address, alice.stores.session, alice.stores.identity);
  const message = await encryptText(alice, bob, 'staged hello');
  return { alice, bob, bobStore, message };
}

describe('StagedSignalStorage', () => {
  it('holds a decryption’s writes until commit, then applies them all', async () => {
    const { alice, bob, bobStore, message } = await firstContact();
    const staged = new StagedSignalStorage(bobStore);
    expect(await decryptText(bob, alice, message, createSignalStores(staged))).toBe('staged hello');
    expect(staged.hasPendingWrites).toBe(true);

    // Nothing reached the database yet.
    expect(bobStore.getSession(alice.accountId, 1)).toBeUndefined();
    expect(bobStore.getPreKey(toPreKeyId(1))).toBeDefined();
    expect(bobStore.getIdentity(alice.accountId)).toBeUndefined();
    // The staged view already sees them.
    expect(staged.getSession(alice.accountId, 1)).toBeDefined();
    expect(staged.getPreKey(toPreKeyId(1))).toBeUndefined();

    staged.commit();
    expect(staged.hasPendingWrites).toBe(false);
    expect(bobStore.getSession(alice.accountId, 1)).toBeDefined();
    expect(bobStore.getPreKey(toPreKeyId(1))).toBeUndefined();
    expect(bobStore.getIdentity(alice.accountId)?.publicKey).toEqual(alice.identity.publicKey.serialize());
    expect(await decryptText(alice, bob, await encryptText(bob, alice, 'reply'))).toBe('reply');
  });

  it('lets a redelivered envelope decrypt again after a discarded attempt', async () => {
    const { alice, bob, bobStore, message } = await firstContact();
    const staged = new StagedSignalStorage(bobStore);
    expect(await decryptText(bob, alice, message, createSignalStores(staged))).toBe('staged hello');
    staged.discard();
    expect(await decryptText(bob, alice, message)).toBe('staged hello');
  });

  it('commits together with the message, or not at all', async () => {
    const { alice, bob, bobStore, message } = await firstContact();
    const staged = new StagedSignalStorage(bobStore);
    const text = await decryptText(bob, alice, message, createSignalStores(staged));
    const conversation = bobStore.getOrCreateDirectConversation(alice.accountId);
    const guid = toServerGuid(randomUUID());
    const commitWithMessage = (failBeforeEnd: boolean) => {
      bobStore.transaction(() => {
        staged.commit();
        bobStore.insertMessage({
          conversationId: conversation.id,
          kind: 'text',
          direction: 'incoming',
          senderAccountId: alice.accountId,
          senderDeviceId: toDeviceId(1),
          serverGuid: guid,
          sentAt: 1,
          receivedAt: 2,
          body: text,
          status: 'received',
          errorText: null,
        });
        bobStore.markEnvelopeProcessed(guid);
        if (failBeforeEnd) throw new Error('disk full');
      });
    };
    expect(() => {
      commitWithMessage(true);
    }).toThrow('disk full');
    expect(bobStore.getSession(alice.accountId, 1)).toBeUndefined();
    expect(bobStore.hasProcessedEnvelope(guid)).toBe(false);

    // A fresh attempt (as after redelivery) succeeds and lands atomically.
    const retry = new StagedSignalStorage(bobStore);
    expect(await decryptText(bob, alice, message, createSignalStores(retry))).toBe('staged hello');
    bobStore.transaction(() => {
      retry.commit();
      bobStore.markEnvelopeProcessed(guid);
    });
    expect(bobStore.getSession(alice.accountId, 1)).toBeDefined();
    expect(bobStore.hasProcessedEnvelope(guid)).toBe(true);
  });

  it('applies the identity rules to the staged view', () => {
    const store = memoryStore();
    const staged = new StagedSignalStorage(store);
    const name = randomUUID();
    const first = IdentityKeyPair.generate().publicKey.serialize();
    const second = IdentityKeyPair.generate().publicKey.serialize();
    expect(staged.saveIdentityKey(name, first)).toBe('new');
    expect(staged.saveIdentityKey(name, first)).toBe('unchanged');
    expect(staged.saveIdentityKey(name, second)).toBe('replaced');
    expect(staged.getIdentity(name)?.changePending).toBe(true);
    expect(staged.acceptIdentityChange(name)).toBe(true);
    expect(staged.acceptIdentityChange(name)).toBe(false);
    expect(store.getIdentity(name)).toBeUndefined();
    staged.commit();
    expect(store.getIdentity(name)).toMatchObject({ publicKey: second, changePending: false });
    expect(store.listIdentityChanges(name)).toHaveLength(1);
  });

  it('merges staged session saves and deletions with the stored ones', () => {
    const store = memoryStore();
    const name = randomUUID();
    store.saveSession(name, 1, new Uint8Array([1]));
    store.saveSession(name, 2, new Uint8Array([2]));
    const staged = new StagedSignalStorage(store);
    staged.saveSession(name, 3, new Uint8Array([3]));
    staged.deleteSession(name, 1);
    expect(staged.listSessionDeviceIds(name)).toEqual([2, 3]);
    staged.deleteAllSessions(name);
    staged.saveSession(name, 4, new Uint8Array([4]));
    expect(staged.listSessionDeviceIds(name)).toEqual([4]);
    expect(staged.getSession(name, 2)).toBeUndefined();
    expect(store.listSessionDeviceIds(name)).toEqual([1, 2]);
    staged.commit();
    expect(store.listSessionDeviceIds(name)).toEqual([4]);
  });

  it('undoes the staged writes of a failed unit of work', () => {
    const store = memoryStore();
    const staged = new StagedSignalStorage(store);
    expect(() =>
      staged.transaction(() => {
        staged.savePreKey(toPreKeyId(1), new Uint8Array([1]));
        throw new Error('half-way');
      }),
    ).toThrow('half-way');
    expect(staged.getPreKey(toPreKeyId(1))).toBeUndefined();
    expect(staged.hasPendingWrites).toBe(false);
  });

  it('sees a replayed last-resort Kyber use whether it is staged or stored', () => {
    const store = memoryStore();
    store.saveKyberPreKey(toPreKeyId(1), new Uint8Array([1]), { isLastResort: true });
    store.recordKyberPreKeyUse(toPreKeyId(1), toPreKeyId(1), new Uint8Array([7]));
    const staged = new StagedSignalStorage(store);
    expect(staged.recordKyberPreKeyUse(toPreKeyId(1), toPreKeyId(1), new Uint8Array([7]))).toBe(false);
    expect(staged.recordKyberPreKeyUse(toPreKeyId(1), toPreKeyId(1), new Uint8Array([8]))).toBe(true);
    expect(staged.recordKyberPreKeyUse(toPreKeyId(1), toPreKeyId(1), new Uint8Array([8]))).toBe(false);
    staged.commit();
    expect(store.hasKyberPreKeyUse(toPreKeyId(1), toPreKeyId(1), new Uint8Array([8]))).toBe(true);
  });
});
