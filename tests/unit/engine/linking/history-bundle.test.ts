/**
 * History bundle v2 on its own: what `exportHistory` writes, what a desktop reads back
 * (round trip through protobuf and the range checks into a second store), the caps, a
 * bundle of the first version, unknown fields, and values that do not fit.
 */
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HistoryBundle, HistoryVerifiedState } from '../../../../shared/proto/content';
import type { HistoryBundleFields, HistoryMessageFields, HistoryMessageKind } from '../../../../shared/proto/content';
import type { AttachmentId } from '../../../../engine/attachments';
import { checkHistoryBundle, historyLimits } from '../../../../engine/linking/history-check';
import { HistorySyncCancelledError, exportHistory, writeHistoryBundle } from '../../../../engine/linking/history';
import type { AccountId, ConversationId, MessageId, NewMessage, Store } from '../../../../engine/store';
import { toAccountId, toDeviceId, toRegistrationId } from '../../../../engine/store';
import { memoryStore } from '../fixtures';

const day = 24 * 60 * 60 * 1000;
const now = 1_750_000_000_000;
const me = toAccountId('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
const bob = toAccountId('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
const carol = toAccountId('cccccccc-cccc-4ccc-8ccc-cccccccccccc');

/** Enum values this code does not know, as a newer phone may send them. */
function fromNewerPhone(value: number): HistoryMessageKind & HistoryVerifiedState {
  return value as unknown as HistoryMessageKind & HistoryVerifiedState;
}

function withAccount(store: Store, deviceId: number): Store {
  store.saveAccount({
    accountId: me,
    deviceId: toDeviceId(deviceId),
    registrationId: toRegistrationId(1234),
    identityKeyPair: IdentityKeyPair.generate().serialize(),
    profileKey: new Uint8Array(32),
    relayPassword: 'password',
    handle: 'alice',
    createdAt: now,
  });
  return store;
}

function insert(store: Store, conversationId: ConversationId, message: Partial<NewMessage> & Pick<NewMessage, 'sentAt'>): MessageId {
  const mine = (message.senderAccountId ?? me) === me;
  const result = store.insertMessage({
    conversationId,
    kind: 'text',
    direction: mine ? 'outgoing' : 'incoming',
    senderAccountId: me,
    senderDeviceId: toDeviceId(1),
    serverGuid: null,
    receivedAt: message.sentAt + 5,
    body: null,
    status: mine ? 'delivered' : 'read',
    errorText: null,
    ...message,
  });
  if (!result.inserted) throw new Error('not inserted');
  return result.id;
}

function attach(store: Store, messageId: MessageId, position: number, options: { readonly fileName: string; readonly onDisk: boolean; readonly size?: number }): void {
  store.insertAttachment({
    id: randomUUID() as AttachmentId,
    messageId,
    position,
    direction: 'incoming',
    contentType: 'image/png',
    fileName: options.fileName,
    size: options.size ?? 1_000,
    width: 40,
    height: 30,
    durationMs: null,
    voiceNote: false,
    blobId: 'A'.repeat(32),
    key: new Uint8Array(64).fill(7),
    digest: new Uint8Array(32).fill(9),
    localFile: options.onDisk ? `${randomUUID().replaceAll('-', '')}.bin` : null,
    state: options.onDisk ? 'ready' : 'pending-download',
    progress: options.onDisk ? 1 : 0,
    error: null,
  });
}

/** A phone's store with one of everything the bundle carries. */
function phoneStore(): { store: Store; bobKey: Uint8Array } {
  const store = withAccount(memoryStore(() => now), 1);
  const bobKey = IdentityKeyPair.generate().publicKey.serialize();
  store.upsertRecipient({ accountId: bob, handle: 'bob', displayName: 'Bob Builder', avatar: 'data:image/png;base64,iVBORw0KGgo=' });
  store.upsertRecipient({ accountId: carol, handle: 'carol' });
  store.saveIdentityKey(bob, bobKey);
  store.setIdentityVerified(bob, 'verified');
  store.setItem('profileName', 'Alice');
  store.setItem('profileAvatar', null);
  store.setItem('profileUpdatedAt', now - day);
  const withBob = store.getOrCreateDirectConversation(bob);
  const withCarol = store.getOrCreateDirectConversation(carol);
  store.updateConversationState(withCarol.id, { pinned: true, archived: true, mutedUntil: now + day });
  const hello = insert(store, withBob.id, { sentAt: now - 3 * day, body: 'hello bob' });
  const reply = insert(store, withBob.id, {
    sentAt: now - 2 * day,
    senderAccountId: bob,
    body: 'hi!',
    quote: { authorAccountId: me, sentAt: now - 3 * day, text: 'hello bob' },
  });
  store.editMessageBody(hello, 'hello bob, edited', now - 2 * day);
  store.setReaction(hello, bob, '❤️', now - 2 * day + 1);
  store.setReaction(reply, me, '👍', now - 2 * day + 2);
  const gone = insert(store, withBob.id, { sentAt: now - 2 * day + 10, body: 'oops' });
  store.markDeletedForEveryone(gone);
  const photo = insert(store, withBob.id, { sentAt: now - day, senderAccountId: bob, body: null });
  attach(store, photo, 0, { fileName: 'recent.png', onDisk: true });
  attach(store, photo, 1, { fileName: 'never-downloaded.png', onDisk: false });
  const old = insert(store, withBob.id, { sentAt: now - 60 * day, body: 'summer' });
  attach(store, old, 0, { fileName: 'summer.png', onDisk: true });
  insert(store, withBob.id, { sentAt: now - day + 1, kind: 'verified-change', body: null, status: 'sent', errorText: null, errorCode: 'verified' });
  insert(store, withCarol.id, { sentAt: now - 4 * day, kind: 'identity-change', senderAccountId: carol, status: 'received', errorText: 'changed' });
  insert(store, withCarol.id, { sentAt: now - 4 * day + 1, senderAccountId: carol, body: 'unread', status: 'received' });
  insert(store, withCarol.id, { sentAt: now - 100 * day, body: 'too old for the bundle' });
  store.setConversationLastRead(withBob.id, now - day);
  return { store, bobKey };
}

function rows(store: Store, peer: AccountId): Array<unknown> {
  const conversation = store.getDirectConversation(peer);
  if (conversation === undefined) return [];
  const messages = store.listMessages(conversation.id, { limit: 1_000 });
  const reactions = store.listReactions(messages.map((message) => message.id));
  return messages.map((message) => ({
    ...message,
    id: undefined,
    conversationId: undefined,
    reactions: reactions.filter((reaction) => reaction.messageId === message.id).map((reaction) => ({ ...reaction, messageId: undefined })),
    attachments: store
      .listAttachmentsForMessage(message.id)
      .map((record) => [record.fileName, record.size, record.contentType, record.width, record.height, record.position]),
  }));
}

async function desktopFrom(bytes: Uint8Array): Promise<{ store: Store; result: { conversations: number; messages: number } }> {
  const store = withAccount(memoryStore(() => now), 2);
  const result = await writeHistoryBundle(store, await checkHistoryBundle(HistoryBundle.decode(bytes)), { now: () => now });
  return { store, result };
}

describe('history bundle v2', () => {
  it('round-trips every kind of row, reactions, quotes, edits, tombstones and what each file was', async () => {
    const { store: phone, bobKey } = phoneStore();
    const exported = await exportHistory(phone, { now });
    expect(exported).toMatchObject({ conversations: 2, messages: 8, attachments: 3 });
    const { store: desktop, result } = await desktopFrom(exported.bytes);
    expect(result).toEqual({ conversations: 2, messages: 8 });
    const windowed = (peer: AccountId): Array<unknown> =>
      rows(phone, peer).filter((row) => (row as { sentAt: number }).sentAt >= now - 90 * day);
    expect(rows(desktop, bob)).toEqual(windowed(bob));
    expect(rows(desktop, carol)).toEqual(windowed(carol));
    // Conversation state, names, verification for exactly bob's key, own profile.
    const [withCarol, withBob] = desktop.listConversationOverviews();
    expect(withCarol).toMatchObject({ archived: true, mutedUntil: now + day, unread: 1, verified: 'default' });
    expect(withCarol?.pinnedAt).not.toBeNull();
    expect(withBob).toMatchObject({ archived: false, pinnedAt: null, lastReadAt: now - day, verified: 'verified' });
    expect(withBob?.recipient).toMatchObject({ handle: 'bob', displayName: 'Bob Builder', avatar: 'data:image/png;base64,iVBORw0KGgo=' });
    expect(Buffer.from(desktop.getIdentity(bob)?.publicKey ?? []).equals(Buffer.from(bobKey))).toBe(true);
    expect(desktop.getItem('profileName')).toBe('Alice');
  });

  it('gives fresh keys only to recent files the phone has on disk; the others will show as not on this device', async () => {
    const { store: phone } = phoneStore();
    const exported = await exportHistory(phone, { now });
    expect(exported.media?.files.map((file) => file.ref.position)).toEqual([0]);
    const [file] = exported.media?.files ?? [];
    expect(file?.key).toHaveLength(64);
    expect(Buffer.from(file?.key ?? []).equals(Buffer.alloc(64, 7))).toBe(false);
    expect(exported.media?.manifestKey).toHaveLength(64);
    const { store: desktop } = await desktopFrom(exported.bytes);
    const states = desktop
      .listAttachmentsInStates(['awaiting-phone', 'not-on-device'])
      .map((record) => [record.fileName, record.state, record.blobId, record.localFile]);
    expect(states.sort()).toEqual([
      ['never-downloaded.png', 'not-on-device', null, null],
      ['recent.png', 'awaiting-phone', null, null],
      ['summer.png', 'not-on-device', null, null],
    ]);
    const awaiting = desktop.listAttachmentsInStates(['awaiting-phone'])[0];
    expect(Buffer.from(awaiting?.key ?? []).equals(file?.key ?? Buffer.alloc(0))).toBe(true);
    expect(desktop.getItem('historyMedia')).toMatchObject({ files: 1, manifest: null, key: exported.media?.manifestKey.toString('base64') });
  });

  it('keeps only the newest messages of the window, at most the cap', async () => {
    const { store: phone } = phoneStore();
    const exported = await exportHistory(phone, { now, cap: 3, windowMs: 30 * day });
    expect(exported.messages).toBe(3);
    const bundle = HistoryBundle.decode(exported.bytes);
    const sentAt = bundle.conversations.flatMap((conversation) => conversation.messages.map((message) => message.sentAt)).sort();
    expect(sentAt).toEqual([now - 2 * day + 10, now - day, now - day + 1]);
  });

  it('imports a message once when it is already on the desktop (history and live transcripts never double up)', async () => {
    const { store: phone } = phoneStore();
    const exported = await exportHistory(phone, { now });
    const { store: desktop } = await desktopFrom(exported.bytes);
    const again = await writeHistoryBundle(desktop, await checkHistoryBundle(HistoryBundle.decode(exported.bytes)));
    const textRows = rows(desktop, bob).filter((row) => (row as { kind: string }).kind === 'text');
    expect(again.messages).toBe(2);
    expect(textRows).toHaveLength(5);
  });

  it('stops between batches when skipped, keeping what is complete', async () => {
    const messages = Array.from({ length: 1_200 }, (_, index) => ({
      senderAccountId: bob,
      senderDeviceId: 1,
      sentAt: now - day + index,
      receivedAt: now - day + index,
      body: `message ${String(index)}`,
      status: 'read',
    }));
    const bytes = HistoryBundle.encode({ version: 2, conversations: [{ peerAccountId: bob, messages }] }).finish();
    const desktop = withAccount(memoryStore(() => now), 2);
    const skip = new AbortController();
    const written = writeHistoryBundle(desktop, await checkHistoryBundle(HistoryBundle.decode(bytes)), {
      signal: skip.signal,
      onProgress: () => {
        skip.abort();
      },
    });
    await expect(written).rejects.toThrow(HistorySyncCancelledError);
    expect(rows(desktop, bob)).toHaveLength(500);
  });

  it('reads a bundle of the first, text-only version', async () => {
    const bytes = HistoryBundle.encode({
      conversations: [
        {
          peerAccountId: bob,
          peerHandle: 'bob',
          messages: [{ senderAccountId: bob, senderDeviceId: 1, sentAt: now - day, receivedAt: now - day, body: 'from v1', status: 'read' }],
        },
      ],
    }).finish();
    const checked = await checkHistoryBundle(HistoryBundle.decode(bytes));
    expect(checked).toMatchObject({ version: 0, messages: 1, attachments: 0, media: null, skipped: 0, ownProfile: null });
    expect(checked.conversations[0]?.messages[0]).toMatchObject({ kind: 'text', body: 'from v1', status: 'read', reactions: [], quote: null });
  });

  it('ignores fields and kinds a newer phone adds', async () => {
    const fields: HistoryBundleFields = {
      version: 3,
      conversations: [
        {
          peerAccountId: bob,
          messages: [
            { senderAccountId: bob, senderDeviceId: 1, sentAt: now - day, receivedAt: now - day, body: 'known', status: 'read' },
            { senderAccountId: bob, senderDeviceId: 1, sentAt: now - day + 1, receivedAt: now - day, kind: fromNewerPhone(42), status: 'read' },
          ],
          verified: fromNewerPhone(7),
          peerIdentityKey: IdentityKeyPair.generate().publicKey.serialize(),
        },
      ],
    };
    // Field 99 (a varint) on the bundle, as a newer layout would add.
    const bytes = Buffer.concat([Buffer.from(HistoryBundle.encode(fields).finish()), Buffer.from([0x98, 0x06, 0x01])]);
    const checked = await checkHistoryBundle(HistoryBundle.decode(bytes));
    expect(checked.conversations[0]?.messages.map((message) => message.body)).toEqual(['known']);
    expect(checked.conversations[0]?.verified).toBe('default');
    expect(checked.skipped).toBe(1);
  });
});

describe('history bundle range checks', () => {
  const good: HistoryMessageFields = { senderAccountId: bob, senderDeviceId: 1, sentAt: now - day, receivedAt: now - day, body: 'ok', status: 'read' };

  async function check(messages: Array<HistoryMessageFields>, conversation: Partial<NonNullable<HistoryBundleFields['conversations']>[number]> = {}) {
    return await checkHistoryBundle(HistoryBundle.decode(HistoryBundle.encode({ version: 2, conversations: [{ peerAccountId: bob, messages, ...conversation }] }).finish()));
  }

  it.each([
    ['an account id that is not one', { senderAccountId: 'bob' }],
    ['device 0', { senderDeviceId: 0 }],
    ['device 128', { senderDeviceId: 128 }],
    ['no sent time', { sentAt: 0 }],
    ['a sent time past what a date can hold', { sentAt: 9_000_000_000_000_000 }],
    ['a received time of 0', { receivedAt: 0 }],
    ['a body longer than the relay carries', { body: 'x'.repeat(historyLimits.body + 1) }],
    ['an event text longer than the limit', { errorText: 'x'.repeat(historyLimits.errorText + 1) }],
    ['a text message with neither body nor files', { body: null }],
    ['an unknown kind', { kind: fromNewerPhone(9) }],
  ])('drops a message with %s', async (_what, change) => {
    const checked = await check([good, { ...good, sentAt: now - day + 1, ...change }]);
    expect(checked.conversations[0]?.messages).toHaveLength(1);
    expect(checked.messages).toBe(1);
    expect(checked.skipped).toBe(1);
  });

  it('keeps a message but drops its reactions, quote and files that do not fit', async () => {
    const checked = await check([
      {
        ...good,
        quote: { targetAuthorAccountId: 'nobody', targetSentTimestamp: 1, text: 'x' },
        reactions: [
          { reactorAccountId: carol, emoji: '👍', sentAt: now },
          { reactorAccountId: carol, emoji: '🎉', sentAt: now },
          { reactorAccountId: me, emoji: 'x'.repeat(33), sentAt: now },
          { reactorAccountId: 'not-an-id', emoji: '👍', sentAt: now },
        ],
        attachments: [
          { contentType: 'image/png', size: 10, key: new Uint8Array(64) },
          { contentType: 'image/png', size: 300 * 1024 * 1024 },
          { contentType: 'image/png', size: 10, key: new Uint8Array(12) },
          { contentType: 'text/html; charset=utf-8', fileName: '../../etc/passwd', size: 5 },
        ],
      },
    ]);
    const message = checked.conversations[0]?.messages[0];
    expect(message?.quote).toBeNull();
    expect(message?.reactions).toEqual([{ reactor: carol, emoji: '👍', sentAt: now }]);
    // Positions stay those of the phone: the media manifest names files by position.
    expect(message?.attachments.map((attachment) => [attachment.position, attachment.metadata.contentType, attachment.metadata.fileName])).toEqual([
      [0, 'image/png', null],
      [3, 'text/html', 'passwd'],
    ]);
    expect(checked.skipped).toBe(6);
  });

  it('drops conversation values that do not fit, and a second claim to a handle or a peer', async () => {
    const bundle = HistoryBundle.encode({
      version: 2,
      conversations: [
        {
          peerAccountId: bob,
          peerHandle: 'bob',
          peerProfileName: 'x'.repeat(65),
          peerAvatarDataUrl: 'https://example.com/a.png',
          peerIdentityKey: new Uint8Array(33).fill(1),
          verified: HistoryVerifiedState.VERIFIED,
          mutedUntil: 9_000_000_000_000_000,
          messages: [good],
        },
        { peerAccountId: carol, peerHandle: 'bob', messages: [] },
        { peerAccountId: bob, messages: [good] },
        { peerAccountId: 'nobody', messages: [good] },
      ],
      mediaFiles: 2,
      mediaKey: new Uint8Array(10),
    }).finish();
    const checked = await checkHistoryBundle(HistoryBundle.decode(bundle));
    expect(checked.conversations.map((conversation) => [conversation.peer, conversation.handle])).toEqual([
      [bob, 'bob'],
      [carol, null],
    ]);
    // No usable key, so the verification claims nothing.
    expect(checked.conversations[0]).toMatchObject({ profileName: null, avatar: null, identityKey: null, verified: 'default', mutedUntil: null });
    expect(checked.media).toBeNull();
    expect(checked.skipped).toBe(1 + 1 + 2 + 2);
  });
});

describe('long history loops give the event loop turns', () => {
  /** Whether something queued on the event loop right after `work` started ran before it finished. */
  async function heardDuring(work: () => Promise<unknown>): Promise<boolean> {
    let done = false;
    let heard = false;
    const running = work().then(() => {
      done = true;
    });
    setImmediate(() => {
      heard = !done;
    });
    await running;
    return heard;
  }

  it('exports a primary with many chats in turns', async () => {
    const store = withAccount(memoryStore(() => now), 1);
    for (let i = 0; i < 60; i++) {
      const conversation = store.getOrCreateDirectConversation(toAccountId(randomUUID()));
      insert(store, conversation.id, { sentAt: now - day + i, body: `hello ${String(i)}` });
    }
    expect(await heardDuring(() => exportHistory(store, { now }))).toBe(true);
  });

  it('checks a bundle of many messages in turns', async () => {
    const messages = Array.from({ length: 2_000 }, (_, i): HistoryMessageFields => ({
      senderAccountId: bob,
      senderDeviceId: 1,
      sentAt: now - day + i,
      receivedAt: now - day + i,
      body: 'm',
      status: 'read',
    }));
    const bundle = HistoryBundle.decode(HistoryBundle.encode({ version: 2, conversations: [{ peerAccountId: bob, messages }] }).finish());
    expect(await heardDuring(() => checkHistoryBundle(bundle))).toBe(true);
  });
});
