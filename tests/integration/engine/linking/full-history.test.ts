/**
 * Issue 10, item 10: a newly linked desktop gets the whole history. A phone with every
 * kind of row (text, reply, edit, delete for everyone, reactions both ways, image,
 * document, voice note, a file older than 45 days, a file it never downloaded, a
 * safety-number change, a verification, a pinned muted archived chat, profile names)
 * links a desktop through the real relay; the desktop's store matches row by row, the
 * recent files decrypt to the originals there, and the others show as not on this device.
 */
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetIdentity } from '../../../../engine/account/reset-identity';
import { AttachmentIntegrityError } from '../../../../engine/crypto/errors';
import type { Engine } from '../../../../engine/engine';
import { createEngine } from '../../../../engine/compose';
import { importHistory } from '../../../../engine/linking/history';
import { beginLinking, completeLinking } from '../../../../engine/linking/provisioning';
import type { AccountId, Store } from '../../../../engine/store';
import { toDeviceId } from '../../../../engine/store';
import type { TestWorld } from '../engine/support';
import { eventually, registerPhone, worldPerTest } from '../engine/support';
import { copyOf, fileBytes, flipByte, linkDesktop, messagesWith, newestRelayBlob, rowsOf, sendFile, stage, tamperRelayBlobs } from './support';
import { relayOf, storeOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});

const day = 24 * 60 * 60 * 1000;

function conversationOf(store: Store, peer: AccountId): NonNullable<ReturnType<Store['getDirectConversation']>> {
  const conversation = store.getDirectConversation(peer);
  if (conversation === undefined) throw new Error('No conversation with that peer.');
  return conversation;
}

async function waitUntilDelivered(engine: Engine, peer: AccountId): Promise<void> {
  await eventually(
    () =>
      messagesWith(engine, peer).every(
        (message) => message.direction !== 'outgoing' || message.kind !== 'text' || message.status === 'delivered' || message.status === 'read',
      ),
    30_000,
    'every sent message to be delivered',
  );
}

describe('linking a desktop with the whole history', () => {
  it('carries every kind of message, the chats’ state and recent media, and marks the rest as not on this device', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    const carol = await registerPhone(world, 'carol', 'carol');
    const bobId = await alice.contacts.resolveHandle('bob');
    const carolId = await alice.contacts.resolveHandle('carol');
    const aliceId = alice.account.accountId;
    alice.start();
    bob.start();
    carol.start();
    bob.profile.update({ name: 'Bob Builder', avatarDataUrl: null });
    alice.profile.update({ name: 'Alice on her phone', avatarDataUrl: null });

    // Text both ways, a reply, an edit, a delete for everyone and reactions from both sides.
    const first = alice.messaging.sendText(bobId, 'hello bob');
    const doomed = alice.messaging.sendText(bobId, 'this one goes away');
    bob.messaging.sendText(aliceId, 'hi alice');
    await eventually(() => messagesWith(alice, bobId).some((message) => message.body === 'hi alice'), 20_000, 'bob’s message');
    const fromBob = messagesWith(alice, bobId).find((message) => message.body === 'hi alice');
    if (fromBob === undefined) throw new Error('missing');
    const conversation = conversationOf(storeOf(alice), bobId);
    alice.messaging.send(conversation.id, { body: 'replying to you', quoteMessageId: fromBob.id });
    alice.messaging.editMessage(first, 'hello bob (edited)');
    alice.messaging.deleteForEveryone(doomed);
    alice.messaging.react(fromBob.id, '👍');
    const firstOnBob = await (async () => {
      const sent = alice.messaging.get(first);
      if (sent === undefined) throw new Error('missing');
      await eventually(() => copyOf(storeOf(bob), sent) !== undefined, 20_000, 'the first message at bob');
      return copyOf(storeOf(bob), sent);
    })();
    bob.messaging.react(firstOnBob?.id ?? ('' as never), '❤️');
    await eventually(() => alice.messaging.reactions([first]).length === 1, 20_000, 'bob’s reaction');

    // Media: a photo and a voice note from bob (downloaded by themselves), a document from
    // alice (hers, on disk), a large file alice never downloaded, and a file of 60 days ago.
    const photo = fileBytes(30_000, 3);
    const voice = fileBytes(12_000, 5);
    const document = fileBytes(21_000, 11);
    const large = fileBytes(9 * 1024 * 1024, 13);
    const old = fileBytes(5_000, 17);
    await sendFile(bob, aliceId, photo, { contentType: 'image/png', fileName: 'photo.png', width: 40, height: 30 });
    await sendFile(bob, aliceId, voice, { contentType: 'audio/ogg', voiceNote: true, durationMs: 1_500 });
    await sendFile(alice, bobId, document, { contentType: 'application/pdf', fileName: 'report.pdf' }, 'the report');
    await sendFile(bob, aliceId, large, { contentType: 'application/zip', fileName: 'archive.zip' });
    await eventually(
      () => messagesWith(alice, bobId).filter((message) => alice.attachments.listForMessage(message.id).length > 0).length === 4,
      30_000,
      'the files at alice',
    );
    await eventually(
      () => storeOf(alice).listAttachmentsInStates(['ready']).filter((record) => record.direction === 'incoming').length === 2,
      30_000,
      'the photo and the voice note to download on the phone',
    );
    const staleFile = await stage(alice, old, { contentType: 'image/jpeg', fileName: 'summer.jpg' });
    const sixtyDaysAgo = Date.now() - 60 * day;
    const oldMessage = storeOf(alice).transaction(() => {
      const inserted = storeOf(alice).insertMessage({
        conversationId: conversation.id,
        kind: 'text',
        direction: 'outgoing',
        senderAccountId: aliceId,
        senderDeviceId: toDeviceId(1),
        serverGuid: null,
        sentAt: sixtyDaysAgo,
        receivedAt: sixtyDaysAgo,
        body: 'from the summer',
        status: 'read',
        errorText: null,
      });
      if (!inserted.inserted) throw new Error('not inserted');
      alice.attachments.attachToMessage(inserted.id, [staleFile.id]);
      return inserted.id;
    });
    expect(alice.messaging.get(oldMessage)?.sentAt).toBe(sixtyDaysAgo);

    // Verification, then read everything bob sent but one, which stays unread.
    alice.safety.setVerified(bobId, true);
    alice.conversations.markRead(conversation.id);
    bob.messaging.sendText(aliceId, 'still unread');
    await eventually(() => messagesWith(alice, bobId).some((message) => message.body === 'still unread'), 20_000, 'the unread message');

    // Carol: a safety-number change (she reinstalled), and her chat pinned, muted and archived.
    const hiCarol = alice.messaging.sendText(carolId, 'hi carol');
    await eventually(() => messagesWith(carol, aliceId).length === 1, 20_000, 'carol’s first message');
    // Her receipt arrives before she reinstalls (stop() leaves unsent items queued), so the
    // phone's status is final before it exports.
    await eventually(() => alice.messaging.get(hiCarol)?.status === 'delivered', 20_000, 'carol’s delivery receipt');
    await carol.stop();
    await resetIdentity(storeOf(carol), world.relay.url);
    const rebornCarol = world.track(createEngine({ store: storeOf(carol), relayUrl: world.relay.url }));
    rebornCarol.start();
    const blocked = alice.messaging.sendText(carolId, 'are you there?');
    await eventually(() => alice.messaging.get(blocked)?.status === 'failed', 20_000, 'the send blocked by the identity change');
    const carolChat = conversationOf(storeOf(alice), carolId);
    const mutedUntil = Date.now() + 7 * day;
    alice.conversations.update(carolChat.id, { pinned: true, archived: true, mutedUntil });
    await waitUntilDelivered(alice, bobId);
    await alice.flushOutbox();

    const desktop = await linkDesktop(world, alice);
    expect(await desktop.media).toEqual({ sent: 3, failed: 0 });
    await eventually(
      () => desktop.store.listAttachmentsInStates(['ready']).length === 3,
      30_000,
      'the recent media to download on the desktop',
    );

    // Row by row, both conversations, including events, reactions and what each file was.
    const kinds = new Set(messagesWith(alice, carolId).map((message) => message.kind));
    expect(kinds).toEqual(new Set(['text', 'identity-change']));
    expect(messagesWith(alice, bobId).map((message) => message.kind)).toContain('verified-change');
    for (const peer of [bobId, carolId]) {
      expect(rowsOf(desktop.store, conversationOf(desktop.store, peer).id)).toEqual(rowsOf(storeOf(alice), conversationOf(storeOf(alice), peer).id));
    }
    const aliceRows = rowsOf(storeOf(alice), conversation.id);
    expect(aliceRows).toContainEqual(expect.objectContaining({ body: 'hello bob (edited)', editedAt: expect.any(Number) as number }));
    expect(aliceRows).toContainEqual(expect.objectContaining({ deletedForEveryone: true, body: null }));
    expect(aliceRows).toContainEqual(expect.objectContaining({ body: 'replying to you', quote: expect.objectContaining({ text: 'hi alice' }) as unknown }));

    // The chats' state, verification, names and the unread count.
    const [bobRow, carolRow] = desktop.store.listConversationOverviews([conversationOf(desktop.store, bobId).id, conversationOf(desktop.store, carolId).id]);
    expect(bobRow).toMatchObject({ unread: 1, verified: 'verified', pinnedAt: null, archived: false });
    expect(bobRow?.recipient?.displayName).toBe('Bob Builder');
    expect(carolRow).toMatchObject({ archived: true, mutedUntil });
    expect(carolRow?.pinnedAt).not.toBeNull();
    expect(Buffer.from(desktop.store.getIdentity(bobId)?.publicKey ?? []).equals(Buffer.from(storeOf(alice).getIdentity(bobId)?.publicKey ?? []))).toBe(true);
    expect(Buffer.from(desktop.store.getIdentity(carolId)?.publicKey ?? []).equals(Buffer.from(storeOf(rebornCarol).getIdentity(carolId)?.publicKey ?? [1]))).toBe(false);
    expect(desktop.engine.profile.get().name).toBe('Alice on her phone');

    // Recent media decrypt to the originals, under keys and blobs of their own.
    const byName = (store: Store, name: string | null, voiceNote = false) =>
      store
        .listAttachmentsInStates(['ready', 'not-on-device', 'pending-download', 'pending-upload', 'awaiting-phone', 'failed'])
        .find((record) => record.fileName === name && record.voiceNote === voiceNote);
    for (const [name, bytes, voiceNote] of [
      ['photo.png', photo, false],
      [null, voice, true],
      ['report.pdf', document, false],
    ] as const) {
      const copy = byName(desktop.store, name, voiceNote);
      const original = byName(storeOf(alice), name, voiceNote);
      expect(copy?.state).toBe('ready');
      const read = await desktop.engine.attachments.read(copy?.id ?? ('' as never), 0, bytes.length);
      expect(Buffer.from(read.data).equals(bytes)).toBe(true);
      expect(Buffer.from(copy?.key ?? []).equals(Buffer.from(original?.key ?? []))).toBe(false);
      expect(copy?.blobId).not.toBe(original?.blobId);
    }
    // The file of 60 days ago and the one the phone never downloaded: name, type and size only.
    expect(byName(desktop.store, 'summer.jpg')).toMatchObject({ state: 'not-on-device', size: old.length, contentType: 'image/jpeg', localFile: null });
    expect(byName(desktop.store, 'archive.zip')).toMatchObject({ state: 'not-on-device', size: large.length, contentType: 'application/zip', blobId: null });
    // The manifest was used and forgotten.
    expect(desktop.store.getItem('historyMedia')).toBeUndefined();
    const done = desktop.progress.at(-1);
    expect(done).toMatchObject({ phase: 'done', skipped: 0, attachments: 5, importedAttachments: 5 });
    expect(done?.importedMessages).toBe(done?.messages);
  }, 180_000);
});

/** A phone with a photo and a voice note from bob and a document it sent, all on disk. */
async function phoneWithMedia(): Promise<{ alice: Engine; bob: Engine; photo: Buffer; voice: Buffer; document: Buffer }> {
  const alice = await registerPhone(world, 'alice', 'alice');
  const bob = await registerPhone(world, 'bob', 'bob');
  const bobId = await alice.contacts.resolveHandle('bob');
  alice.start();
  bob.start();
  const photo = fileBytes(30_000, 3);
  const voice = fileBytes(12_000, 5);
  const document = fileBytes(21_000, 11);
  alice.messaging.sendText(bobId, 'hello');
  await alice.flushOutbox();
  await sendFile(bob, alice.account.accountId, photo, { contentType: 'image/png', fileName: 'photo.png' });
  await sendFile(bob, alice.account.accountId, voice, { contentType: 'audio/ogg', voiceNote: true });
  await sendFile(alice, bobId, document, { contentType: 'application/pdf', fileName: 'report.pdf' });
  await eventually(
    () => storeOf(alice).listAttachmentsInStates(['ready']).length === 3,
    30_000,
    'the files to be on the phone',
  );
  return { alice, bob, photo, voice, document };
}

describe('history sync refuses what was altered', () => {
  it('imports nothing from a bundle that fails its integrity check, and ignores its media', async () => {
    const { alice } = await phoneWithMedia();
    const store = await world.openStore('alice-desktop');
    const pending = await beginLinking(world.relay.url);
    const { media } = await alice.devices.provision(pending.url);
    const inherited = await pending.inherited;
    await completeLinking({ store, relayUrl: world.relay.url, inherited, deviceName: 'Desktop' });
    const desktop = world.track(createEngine({ store, relayUrl: world.relay.url }));
    const tampered = { ...inherited.history, digest: new Uint8Array(32).fill(1) };
    await expect(importHistory(store, relayOf(desktop), tampered)).rejects.toThrow(AttachmentIntegrityError);
    // The announcement waits in the desktop's queue: the backlog is processed before queueEmpty.
    expect(await media).toEqual({ sent: 3, failed: 0 });
    const drained = new Promise<void>((resolve) => {
      desktop.on('queueEmpty', () => {
        resolve();
      });
    });
    desktop.start();
    await drained;
    await desktop.devices.historyMediaSettled();
    expect(store.listConversations()).toEqual([]);
    expect(store.listAttachmentsInStates(['awaiting-phone', 'not-on-device', 'pending-download', 'ready'])).toEqual([]);
    expect(store.getItem('historyMedia')).toBeUndefined();
  });

  it('refuses one altered media file and keeps the others', async () => {
    const { alice, photo, voice, document } = await phoneWithMedia();
    const desktop = await linkDesktop(world, alice, { start: false });
    expect(await desktop.media).toEqual({ sent: 3, failed: 0 });
    // The phone's re-encrypted photo on the relay: the only blob of its size.
    expect(await tamperRelayBlobs(world, photo.length)).toBeGreaterThanOrEqual(1);
    desktop.engine.start();
    await eventually(
      () => desktop.store.listAttachmentsInStates(['ready', 'failed']).length === 3,
      30_000,
      'the downloads to finish or fail',
    );
    const records = desktop.store.listAttachmentsInStates(['ready', 'failed']);
    expect(records.find((record) => record.fileName === 'photo.png')).toMatchObject({ state: 'failed', localFile: null });
    const voiceCopy = records.find((record) => record.voiceNote);
    const read = await desktop.engine.attachments.read(voiceCopy?.id ?? ('' as never), 0, voice.length);
    expect(Buffer.from(read.data).equals(voice)).toBe(true);
    expect(records.find((record) => record.fileName === 'report.pdf')).toMatchObject({ state: 'ready', size: document.length });
  });

  it('refuses an altered media manifest: every file shows as not on this device', async () => {
    const { alice } = await phoneWithMedia();
    const desktop = await linkDesktop(world, alice, { start: false });
    expect(await desktop.media).toEqual({ sent: 3, failed: 0 });
    expect(desktop.store.listAttachmentsInStates(['awaiting-phone'])).toHaveLength(3);
    await flipByte(await newestRelayBlob(world));
    desktop.engine.start();
    await eventually(() => desktop.store.getItem('historyMedia') === undefined, 30_000, 'the manifest to be refused');
    expect(desktop.store.listAttachmentsInStates(['not-on-device'])).toHaveLength(3);
    expect(desktop.store.listAttachmentsInStates(['awaiting-phone', 'pending-download', 'downloading', 'ready'])).toEqual([]);
    // The messages themselves are all there.
    expect(messagesWith(desktop.engine, await alice.contacts.resolveHandle('bob'))).toHaveLength(4);
  });

  it('links anyway when one file cannot be uploaded: that one shows as not on this device', async () => {
    const { alice, photo } = await phoneWithMedia();
    // The photo's encrypted copy on the phone is damaged at rest.
    const record = storeOf(alice).listAttachmentsInStates(['ready']).find((row) => row.fileName === 'photo.png');
    await flipByte(path.join(path.dirname(storeOf(alice).databasePath), 'attachments', record?.localFile ?? ''));
    const desktop = await linkDesktop(world, alice);
    expect(await desktop.media).toEqual({ sent: 2, failed: 1 });
    await eventually(() => desktop.store.listAttachmentsInStates(['ready']).length === 2, 30_000, 'the other two files');
    expect(desktop.store.listAttachmentsInStates(['not-on-device'])).toEqual([expect.objectContaining({ fileName: 'photo.png', size: photo.length })]);
  });
});
