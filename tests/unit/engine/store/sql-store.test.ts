import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { UnknownIdentityError } from '../../../../engine/store/errors';
import type { Store } from '../../../../engine/store/interface';
import type { NewMessage } from '../../../../engine/store/types';
import {
  ownDevicesLane,
  recipientsLane,
  toAccountId,
  toDeviceId,
  toPreKeyId,
  toRegistrationId,
  toOutboxId,
  toServerGuid,
} from '../../../../engine/store/types';
import { fakeClock, memoryStore } from '../fixtures';

const alice = toAccountId(randomUUID());
const bob = toAccountId(randomUUID());
const bytes = (...values: Array<number>): Uint8Array<ArrayBuffer> => new Uint8Array(values);

function incoming(store: Store, overrides: Partial<NewMessage> = {}): NewMessage {
  const conversation = store.getOrCreateDirectConversation(bob);
  return {
    conversationId: conversation.id,
    kind: 'text',
    direction: 'incoming',
    senderAccountId: bob,
    senderDeviceId: toDeviceId(1),
    serverGuid: toServerGuid(randomUUID()),
    sentAt: 1000,
    receivedAt: 2000,
    body: 'hello',
    status: 'received',
    errorText: null,
    ...overrides,
  };
}

describe('Store: account and items', () => {
  it('keeps one account row and replaces it on save', () => {
    const store = memoryStore();
    expect(store.getAccount()).toBeUndefined();
    const account = {
      accountId: alice,
      deviceId: toDeviceId(2),
      registrationId: toRegistrationId(1234),
      identityKeyPair: bytes(1, 2, 3),
      profileKey: bytes(9),
      relayPassword: 'secret',
      handle: '+15550001',
      createdAt: 5,
    };
    store.saveAccount(account);
    expect(store.getAccount()).toEqual(account);
    store.saveAccount({ ...account, handle: null, profileKey: null });
    expect(store.getAccount()).toEqual({ ...account, handle: null, profileKey: null });
  });

  it('stores typed items and removes them', () => {
    const store = memoryStore();
    expect(store.getItem('nextPreKeyId')).toBeUndefined();
    store.setItem('nextPreKeyId', 101);
    store.setItem('nextPreKeyId', 201);
    expect(store.getItem('nextPreKeyId')).toBe(201);
    store.removeItem('nextPreKeyId');
    expect(store.getItem('nextPreKeyId')).toBeUndefined();
  });
});

describe('Store: recipients and their devices', () => {
  it('creates a recipient and updates only the fields given', () => {
    const clock = fakeClock();
    const store = memoryStore(clock.now);
    const created = store.upsertRecipient({ accountId: bob, handle: 'bob', displayName: 'Bob' });
    expect(created).toMatchObject({ accountId: bob, handle: 'bob', displayName: 'Bob', profileKey: null });
    clock.advance(10);
    const updated = store.upsertRecipient({ accountId: bob, profileKey: bytes(7, 7) });
    expect(updated).toMatchObject({ handle: 'bob', displayName: 'Bob', profileKey: bytes(7, 7) });
    expect(updated.updatedAt).toBe(created.updatedAt + 10);
    expect(store.getRecipientByHandle('bob')?.accountId).toBe(bob);
    expect(store.listRecipients().map((recipient) => recipient.accountId)).toEqual([bob]);
  });

  it('records devices seen, keeps the first-seen time and removes unlinked ones', () => {
    const clock = fakeClock();
    const store = memoryStore(clock.now);
    store.saveRecipientDevice(bob, toDeviceId(1), toRegistrationId(11));
    clock.advance(5);
    store.saveRecipientDevice(bob, toDeviceId(1), null);
    store.saveRecipientDevice(bob, toDeviceId(3), toRegistrationId(33));
    const devices = store.listRecipientDevices(bob);
    expect(devices.map((device) => [device.deviceId, device.registrationId])).toEqual([
      [1, 11],
      [3, 33],
    ]);
    expect(devices[0]?.lastSeenAt).toBe((devices[0]?.firstSeenAt ?? 0) + 5);
    store.removeRecipientDevice(bob, toDeviceId(1));
    expect(store.listRecipientDevices(bob).map((device) => device.deviceId)).toEqual([3]);
  });
});

describe('Store: identity keys', () => {
  it('trusts the first key, reports an unchanged key, and records a replacement', () => {
    const clock = fakeClock();
    const store = memoryStore(clock.now);
    expect(store.saveIdentityKey(bob, bytes(1, 1))).toBe('new');
    expect(store.saveIdentityKey(bob, bytes(1, 1))).toBe('unchanged');
    expect(store.getIdentity(bob)).toMatchObject({ changePending: false, changedAt: null, verified: 'default' });

    store.setIdentityVerified(bob, 'verified');
    clock.advance(100);
    expect(store.saveIdentityKey(bob, bytes(2, 2))).toBe('replaced');
    expect(store.getIdentity(bob)).toMatchObject({
      publicKey: bytes(2, 2),
      changePending: true,
      changedAt: clock.now(),
      verified: 'unverified',
    });
    expect(store.listIdentityChanges(bob)).toMatchObject([
      { previousKey: bytes(1, 1), newKey: bytes(2, 2), changedAt: clock.now(), acceptedAt: null },
    ]);
    expect(store.listPendingIdentityChanges().map((record) => record.addressName)).toEqual([bob]);

    expect(store.acceptIdentityChange(bob)).toBe(true);
    expect(store.acceptIdentityChange(bob)).toBe(false);
    expect(store.getIdentity(bob)?.changePending).toBe(false);
    expect(store.listIdentityChanges(bob)[0]?.acceptedAt).toBe(clock.now());
    expect(store.listPendingIdentityChanges()).toEqual([]);
  });

  it('treats verifying the new key as accepting it', () => {
    const store = memoryStore();
    store.saveIdentityKey(bob, bytes(1));
    store.saveIdentityKey(bob, bytes(2));
    store.setIdentityVerified(bob, 'verified');
    expect(store.getIdentity(bob)).toMatchObject({ changePending: false, verified: 'verified' });
  });

  it('refuses to set a verification state for an unknown contact', () => {
    expect(() => {
      memoryStore().setIdentityVerified(bob, 'verified');
    }).toThrow(UnknownIdentityError);
  });
});

describe('Store: libsignal records', () => {
  it('saves, lists and deletes sessions per device', () => {
    const store = memoryStore();
    store.saveSession(bob, 1, bytes(1));
    store.saveSession(bob, 2, bytes(2));
    store.saveSession(bob, 2, bytes(22));
    store.saveSession(alice, 1, bytes(3));
    expect(store.getSession(bob, 2)).toEqual(bytes(22));
    expect(store.listSessionDeviceIds(bob)).toEqual([1, 2]);
    store.deleteSession(bob, 1);
    expect(store.getSession(bob, 1)).toBeUndefined();
    store.deleteAllSessions(bob);
    expect(store.listSessionDeviceIds(bob)).toEqual([]);
    expect(store.listSessionDeviceIds(alice)).toEqual([1]);
  });

  it('hands out copies that a caller cannot use to change stored bytes', () => {
    const store = memoryStore();
    store.saveSession(bob, 1, bytes(1, 2, 3));
    const first = store.getSession(bob, 1);
    first?.fill(0);
    expect(store.getSession(bob, 1)).toEqual(bytes(1, 2, 3));
  });

  it('counts and removes one-time pre-keys', () => {
    const store = memoryStore();
    store.savePreKey(toPreKeyId(1), bytes(1));
    store.savePreKey(toPreKeyId(2), bytes(2));
    expect(store.countPreKeys()).toBe(2);
    store.removePreKey(toPreKeyId(1));
    expect(store.getPreKey(toPreKeyId(1))).toBeUndefined();
    expect(store.countPreKeys()).toBe(1);
  });

  it('keeps signed pre-keys with their creation time', () => {
    const clock = fakeClock();
    const store = memoryStore(clock.now);
    store.saveSignedPreKey(toPreKeyId(1), bytes(1));
    clock.advance(1);
    store.saveSignedPreKey(toPreKeyId(2), bytes(2));
    expect(store.listSignedPreKeys().map((entry) => [entry.id, entry.createdAt])).toEqual([
      [1, clock.now() - 1],
      [2, clock.now()],
    ]);
    store.removeSignedPreKey(toPreKeyId(1));
    expect(store.getSignedPreKey(toPreKeyId(1))).toBeUndefined();
  });

  it('tells last-resort Kyber keys from one-time ones and records each last-resort use once', () => {
    const store = memoryStore();
    store.saveKyberPreKey(toPreKeyId(1), bytes(1), { isLastResort: true });
    store.saveKyberPreKey(toPreKeyId(2), bytes(2), { isLastResort: false });
    store.saveKyberPreKey(toPreKeyId(3), bytes(3), { isLastResort: false });
    expect(store.getKyberPreKey(toPreKeyId(1))?.isLastResort).toBe(true);
    expect(store.countOneTimeKyberPreKeys()).toBe(2);
    const baseKey = bytes(5, 5, 5);
    expect(store.hasKyberPreKeyUse(toPreKeyId(1), toPreKeyId(1), baseKey)).toBe(false);
    expect(store.recordKyberPreKeyUse(toPreKeyId(1), toPreKeyId(1), baseKey)).toBe(true);
    expect(store.hasKyberPreKeyUse(toPreKeyId(1), toPreKeyId(1), baseKey)).toBe(true);
    expect(store.recordKyberPreKeyUse(toPreKeyId(1), toPreKeyId(1), baseKey)).toBe(false);
    expect(store.recordKyberPreKeyUse(toPreKeyId(1), toPreKeyId(1), bytes(6))).toBe(true);
    store.removeKyberPreKey(toPreKeyId(2));
    expect(store.countOneTimeKyberPreKeys()).toBe(1);
  });

  it('stores sender keys per sender device and distribution id', () => {
    const store = memoryStore();
    const distribution = randomUUID();
    store.saveSenderKey(bob, 1, distribution, bytes(1));
    store.saveSenderKey(bob, 1, distribution, bytes(2));
    expect(store.getSenderKey(bob, 1, distribution)).toEqual(bytes(2));
    expect(store.getSenderKey(bob, 2, distribution)).toBeUndefined();
  });
});

describe('Store: conversations and messages', () => {
  it('creates one direct conversation per contact', () => {
    const store = memoryStore();
    const first = store.getOrCreateDirectConversation(bob);
    expect(store.getOrCreateDirectConversation(bob)).toEqual(first);
    expect(store.getRecipient(bob)).toBeDefined();
    expect(store.getConversation(first.id)).toEqual(first);
    expect(store.getDirectConversation(bob)).toEqual(first);
  });

  it('drops a message whose server guid is already stored', () => {
    const store = memoryStore();
    const message = incoming(store);
    const first = store.insertMessage(message);
    expect(first.inserted).toBe(true);
    const again = store.insertMessage({ ...message, body: 'a second copy' });
    expect(again).toEqual({
      inserted: false,
      reason: 'duplicate-server-guid',
      existingId: first.inserted ? first.id : undefined,
    });
    expect(store.listMessages(message.conversationId).map((stored) => stored.body)).toEqual(['hello']);
  });

  it('lists a conversation in order and pages backwards', () => {
    const store = memoryStore();
    const base = incoming(store);
    for (const sentAt of [30, 10, 20, 40]) {
      store.insertMessage({ ...base, serverGuid: toServerGuid(`g${sentAt}`), sentAt, body: `m${sentAt}` });
    }
    // Outgoing messages have no server guid; several may coexist.
    store.insertMessage({ ...base, direction: 'outgoing', senderAccountId: alice, serverGuid: null, sentAt: 25, body: 'mine' });
    expect(store.listMessages(base.conversationId).map((message) => message.body)).toEqual([
      'm10',
      'm20',
      'mine',
      'm30',
      'm40',
    ]);
    expect(store.listMessages(base.conversationId, { limit: 2 }).map((message) => message.body)).toEqual(['m30', 'm40']);
    expect(
      store.listMessages(base.conversationId, { limit: 2, beforeSentAt: 30 }).map((message) => message.body),
    ).toEqual(['m20', 'mine']);
    expect(store.getConversation(base.conversationId)?.lastMessageAt).toBe(40);
    expect(store.findMessageBySentAt(bob, 20)?.body).toBe('m20');
  });

  it('records an undecryptable message with its error', () => {
    const store = memoryStore();
    const result = store.insertMessage(
      incoming(store, { kind: 'undecryptable', body: null, errorText: 'No session with this device' }),
    );
    if (!result.inserted) throw new Error('expected an insert');
    expect(store.getMessage(result.id)).toMatchObject({ kind: 'undecryptable', errorText: 'No session with this device' });
  });

  it('updates a message status', () => {
    const store = memoryStore();
    const result = store.insertMessage(incoming(store, { direction: 'outgoing', serverGuid: null, status: 'pending' }));
    if (!result.inserted) throw new Error('expected an insert');
    store.updateMessageStatus(result.id, 'sent');
    expect(store.getMessage(result.id)?.status).toBe('sent');
  });

  it('remembers processed envelopes', () => {
    const store = memoryStore();
    const guid = toServerGuid('envelope-1');
    expect(store.hasProcessedEnvelope(guid)).toBe(false);
    expect(store.markEnvelopeProcessed(guid)).toBe(true);
    expect(store.markEnvelopeProcessed(guid)).toBe(false);
    expect(store.hasProcessedEnvelope(guid)).toBe(true);
  });

  it('rolls back every write of a failed transaction', () => {
    const store = memoryStore();
    const message = incoming(store);
    expect(() =>
      store.transaction(() => {
        store.insertMessage(message);
        store.markEnvelopeProcessed(toServerGuid('envelope-2'));
        throw new Error('crash before the commit');
      }),
    ).toThrow('crash before the commit');
    expect(store.listMessages(message.conversationId)).toEqual([]);
    expect(store.hasProcessedEnvelope(toServerGuid('envelope-2'))).toBe(false);
  });
});

describe('Store: outbox and receipts', () => {
  it('keeps the outbox in queueing order, with retries pushed back', () => {
    const clock = fakeClock();
    const store = memoryStore(clock.now);
    const ids = ['one', 'two', 'three'].map((text) =>
      store.enqueueOutbox({ kind: 'message', recipients: [bob], messageId: null, payload: Buffer.from(text) }),
    );
    expect(store.countOutbox()).toBe(3);
    const [first, second] = ids;
    if (first === undefined || second === undefined) throw new Error('expected ids');
    store.recordOutboxFailure(first, 'relay unreachable', clock.now() + 1000);
    expect(store.listOutbox({ dueBy: clock.now() }).map((item) => Buffer.from(item.payload).toString())).toEqual([
      'two',
      'three',
    ]);
    expect(store.listOutbox().map((item) => [Buffer.from(item.payload).toString(), item.attempts, item.lastError])).toEqual([
      ['one', 1, 'relay unreachable'],
      ['two', 0, null],
      ['three', 0, null],
    ]);
    store.removeOutbox(second);
    expect(store.listOutbox({ limit: 1 }).map((item) => item.id)).toEqual([first]);
  });

  it('gives each recipient and this account’s own devices a lane, each in queueing order', () => {
    const clock = fakeClock();
    const store = memoryStore(clock.now);
    const queue = (kind: 'message' | 'sync' | 'receipt', to: typeof bob, text: string): number =>
      store.enqueueOutbox({ kind, recipients: [to], messageId: null, payload: Buffer.from(text) });
    const toBob = queue('message', bob, 'bob 1');
    const sync = queue('sync', alice, 'sync 1');
    queue('receipt', bob, 'bob 2');
    queue('sync', alice, 'sync 2');
    const heads = store.listOutboxLaneHeads();
    expect(heads.map((head) => [head.lane, head.id])).toEqual([
      [recipientsLane([bob]), toBob],
      [ownDevicesLane, sync],
    ]);
    // A failure holds only its own lane: its head keeps its place with a later attempt time.
    store.recordOutboxFailure(heads[0]?.id ?? toOutboxId(1), 'http-503', clock.now() + 5_000);
    expect(store.listOutboxLaneHeads().map((head) => [head.lane, head.nextAttemptAt])).toEqual([
      [recipientsLane([bob]), clock.now() + 5_000],
      [ownDevicesLane, clock.now()],
    ]);
    store.removeOutbox(toOutboxId(sync));
    expect(Buffer.from(store.getOutboxLaneHead(ownDevicesLane)?.payload ?? []).toString()).toBe('sync 2');
    expect(store.getOutboxLaneHead(recipientsLane([alice, bob]))).toBeUndefined();
    // A group's recipient set names one lane, whatever order its members come in.
    expect(recipientsLane([bob, alice])).toBe(recipientsLane([alice, bob]));
  });

  it('records why a message failed as a code, cleared on request, unknown codes read as none', () => {
    const store = memoryStore();
    const result = store.insertMessage(incoming(store, { direction: 'outgoing', serverGuid: null, senderAccountId: alice, status: 'pending' }));
    if (!result.inserted) throw new Error('expected an insert');
    expect(store.getMessage(result.id)?.errorCode).toBeNull();
    store.enqueueOutbox({ kind: 'message', recipients: [bob], messageId: result.id, payload: Buffer.from('x') });
    expect(store.isMessageQueued(result.id)).toBe(true);
    store.transaction(() => {
      store.updateMessageStatus(result.id, 'failed');
      store.setMessageErrorCode(result.id, 'send-refused');
    });
    expect(store.getMessage(result.id)).toMatchObject({ status: 'failed', errorCode: 'send-refused' });
    expect(store.listConversationOverviews()[0]?.lastMessage?.errorCode).toBe('send-refused');
    store.setMessageErrorCode(result.id, null);
    expect(store.getMessage(result.id)?.errorCode).toBeNull();
  });

  it('keeps the first delivery and read time per device; a read implies delivery', () => {
    const store = memoryStore();
    const result = store.insertMessage(incoming(store, { direction: 'outgoing', serverGuid: null, senderAccountId: alice }));
    if (!result.inserted) throw new Error('expected an insert');
    store.recordReceipt(result.id, bob, toDeviceId(1), 'delivered', 10);
    store.recordReceipt(result.id, bob, toDeviceId(1), 'delivered', 11);
    store.recordReceipt(result.id, bob, toDeviceId(1), 'read', 20);
    store.recordReceipt(result.id, bob, toDeviceId(2), 'read', 30);
    expect(store.listReceipts(result.id).map((receipt) => [receipt.deviceId, receipt.deliveredAt, receipt.readAt])).toEqual([
      [1, 10, 20],
      [2, 30, 30],
    ]);
  });
});
