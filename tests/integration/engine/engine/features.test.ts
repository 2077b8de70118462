/**
 * Message features end to end over a real relay: replies, reactions, edits, deletes,
 * their sync to the author's other device, actions that overtake their message,
 * search, safety numbers and the per-device send log.
 */
import { PrivateKey } from '@signalapp/libsignal-client';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { EngineError } from '../../../../engine/kernel/errors';
import { snippetRuns } from '../../../../engine/messaging/search';
import type { AccountId, Message } from '../../../../engine/store';
import type { TestWorld } from './support';
import { eventually, linkDevice, messagesWith, registerPhone, worldPerTest } from './support';
import { relayOf, storeOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});


function reactionsOn(engine: Engine, message: Message | undefined): Array<[string, string]> {
  if (message === undefined) return [];
  return engine.messaging.reactions([message.id]).map((reaction) => [reaction.reactorAccountId, reaction.emoji]);
}

/** The same message on another device: named by author and sent time. */
function copyOf(engine: Engine, message: Message): Message | undefined {
  return engine.messaging.findBySentAt(message.senderAccountId, message.sentAt);
}

/** alice (a phone with a linked desktop) and her contact bob, all connected. */
async function aliceWithDesktopAndBob(): Promise<{ alice: Engine; bob: Engine; desktop: Engine; aliceId: AccountId; bobId: AccountId }> {
  const alice = await registerPhone(world, 'alice', 'alice');
  const bob = await registerPhone(world, 'bob', 'bob');
  const desktop = await linkDevice(world, alice, 'alice-desktop');
  alice.start();
  bob.start();
  desktop.start();
  return { alice, bob, desktop, aliceId: alice.account.accountId, bobId: await alice.contacts.resolveHandle('bob') };
}

describe('message features', () => {
  it('replies, reactions, edits and deletes reach the contact and the author’s other device', async () => {
    const { alice, bob, desktop, aliceId, bobId } = await aliceWithDesktopAndBob();

    const hello = alice.messaging.get(alice.messaging.sendText(bobId, 'hello bob'));
    if (hello === undefined) throw new Error('not stored');
    await eventually(() => copyOf(bob, hello) !== undefined && copyOf(desktop, hello) !== undefined, 20_000, 'the first message');
    expect(copyOf(desktop, hello)).toMatchObject({ direction: 'outgoing', body: 'hello bob' });

    // bob replies, quoting alice's message.
    const bobsHello = copyOf(bob, hello);
    const bobConversation = bob.conversations.direct(aliceId);
    if (bobsHello === undefined || bobConversation === undefined) throw new Error('missing');
    const replyId = bob.messaging.send(bobConversation.id, { body: 'hi! replying', quoteMessageId: bobsHello.id });
    const reply = bob.messaging.get(replyId);
    if (reply === undefined) throw new Error('not stored');
    await eventually(() => copyOf(alice, reply) !== undefined && copyOf(desktop, reply) !== undefined, 20_000, 'the reply');
    for (const device of [alice, desktop]) {
      expect(copyOf(device, reply)?.quote).toEqual({ authorAccountId: aliceId, sentAt: hello.sentAt, text: 'hello bob' });
    }

    // bob reacts, changes his reaction, then removes it: one reaction per account.
    bob.messaging.react(bobsHello.id, '👍');
    await eventually(() => reactionsOn(alice, hello).length === 1, 20_000, 'the reaction');
    bob.messaging.react(bobsHello.id, '❤️');
    await eventually(() => reactionsOn(alice, hello)[0]?.[1] === '❤️', 20_000, 'the replaced reaction');
    expect(reactionsOn(alice, hello)).toEqual([[bobId, '❤️']]);
    await eventually(() => reactionsOn(desktop, copyOf(desktop, hello)).length === 1, 20_000, 'the reaction on the desktop');
    bob.messaging.react(bobsHello.id, null);
    await eventually(() => reactionsOn(alice, hello).length === 0, 20_000, 'the removed reaction');
    await eventually(() => reactionsOn(desktop, copyOf(desktop, hello)).length === 0, 20_000, 'the removed reaction on the desktop');

    // The desktop reacts to bob's reply: bob sees alice's reaction, alice's phone gets the transcript.
    const desktopsReply = copyOf(desktop, reply);
    if (desktopsReply === undefined) throw new Error('missing');
    desktop.messaging.react(desktopsReply.id, '😂');
    await eventually(() => reactionsOn(bob, reply).length === 1, 20_000, 'the desktop’s reaction at bob');
    expect(reactionsOn(bob, reply)).toEqual([[aliceId, '😂']]);
    await eventually(() => reactionsOn(alice, copyOf(alice, reply)).length === 1, 20_000, 'the desktop’s reaction on the phone');

    // alice edits her message: bob and her desktop show the new text.
    alice.messaging.editMessage(hello.id, 'hello bob, edited');
    await eventually(() => copyOf(bob, hello)?.body === 'hello bob, edited', 20_000, 'the edit');
    expect(copyOf(bob, hello)?.editedAt).toBeTypeOf('number');
    await eventually(() => copyOf(desktop, hello)?.body === 'hello bob, edited', 20_000, 'the edit on the desktop');

    // Only the author edits or deletes for everyone.
    expect(() => {
      bob.messaging.editMessage(bobsHello.id, 'not mine');
    }).toThrow(new EngineError('edit-not-own'));
    expect(() => {
      bob.messaging.deleteForEveryone(bobsHello.id);
    }).toThrow(new EngineError('delete-not-own'));

    // The per-device send log says where the message went and whether it was sealed.
    const sends = alice.messaging.deliveries(hello.id).sends;
    expect(sends.filter((send) => send.accountId === bobId).map((send) => send.deviceId)).toEqual([1]);
    await eventually(() => alice.messaging.deliveries(hello.id).sends.some((send) => send.accountId === aliceId), 20_000, 'the transcript send');
    const own = alice.messaging.deliveries(hello.id).sends.filter((send) => send.accountId === aliceId);
    expect(own.map((send) => [send.deviceId, send.sealed])).toEqual([[desktop.account.deviceId, false]]);
    // The first message went before alice knew bob's profile key: not sealed. Now she knows it.
    expect(sends.find((send) => send.accountId === bobId)?.sealed).toBe(false);
    const later = alice.messaging.sendText(bobId, 'sealed this time');
    await eventually(() => alice.messaging.deliveries(later).sends.some((send) => send.accountId === bobId), 20_000, 'the sealed send');
    expect(alice.messaging.deliveries(later).sends.find((send) => send.accountId === bobId)?.sealed).toBe(true);

    // alice deletes her message for everyone.
    alice.messaging.deleteForEveryone(hello.id);
    await eventually(() => copyOf(bob, hello)?.deletedForEveryone === true, 20_000, 'the delete');
    expect(copyOf(bob, hello)?.body).toBeNull();
    await eventually(() => copyOf(desktop, hello)?.deletedForEveryone === true, 20_000, 'the delete on the desktop');

    // Delete for me on the desktop: gone on alice's devices, bob keeps it.
    await desktop.messaging.deleteForMe(desktopsReply.id);
    expect(copyOf(desktop, reply)).toBeUndefined();
    await eventually(() => copyOf(alice, reply) === undefined, 20_000, 'delete for me on the phone');
    expect(bob.messaging.get(reply.id)).toBeDefined();
  });

  it('applies an edit and a reaction that overtake their message once it arrives, and keeps going after a stray one', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    alice.start();
    const aliceId = alice.account.accountId;
    const bobId = await alice.contacts.resolveHandle('bob');
    const id = alice.messaging.sendText(bobId, 'first draft');
    alice.messaging.editMessage(id, 'second draft');
    alice.messaging.react(id, '🎉');
    await alice.flushOutbox();

    // bob pulls his queue and processes it newest first.
    const { messages } = await relayOf(bob).fetchMessages();
    expect(messages).toHaveLength(3);
    for (const queued of [...messages].reverse()) await bob.handleEnvelope(Buffer.from(queued.envelope, 'base64'));
    const [message] = messagesWith(bob, aliceId);
    expect(message).toMatchObject({ body: 'second draft' });
    expect(reactionsOn(bob, message)).toEqual([[aliceId, '🎉']]);

    // A reaction to a message bob never gets is kept aside; the pipeline goes on.
    alice.messaging.react(id, '👀');
    const stray = alice.messaging.sendText(bobId, 'still talking');
    await alice.flushOutbox();
    const next = (await relayOf(bob).fetchMessages()).messages.filter((queued) => !messages.some((old) => old.guid === queued.guid));
    storeOf(bob).deleteMessage(message?.id ?? ('' as never));
    for (const queued of next) await bob.handleEnvelope(Buffer.from(queued.envelope, 'base64'));
    expect(messagesWith(bob, aliceId).map((kept) => kept.body)).toEqual(['still talking']);
    expect(alice.messaging.get(stray)).toBeDefined();
  });

  it('finds messages by words and prefixes, ignoring accents, and treats query syntax as text', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    alice.start();
    bob.start();
    const aliceId = alice.account.accountId;
    const bobId = await alice.contacts.resolveHandle('bob');
    alice.messaging.sendText(bobId, 'Café au lait tomorrow?');
    alice.messaging.sendText(bobId, 'the quick brown fox');
    const gone = alice.messaging.sendText(bobId, 'secret café plans');
    await eventually(() => messagesWith(bob, aliceId).length === 3, 20_000, 'the messages');
    alice.messaging.deleteForEveryone(gone);
    await eventually(() => messagesWith(bob, aliceId).some((message) => message.deletedForEveryone), 20_000, 'the delete');

    const cafe = bob.search.messages('cafe', 10);
    expect(cafe.map((hit) => hit.message.body)).toEqual(['Café au lait tomorrow?']);
    expect(snippetRuns(cafe[0]?.snippet ?? '')).toEqual([
      { text: 'Café', match: true },
      { text: ' au lait tomorrow?', match: false },
    ]);
    expect(bob.search.messages('tomor', 10)).toHaveLength(1);
    expect(bob.search.messages('quick fox', 10)).toHaveLength(1);
    // FTS5 syntax from a user is just words: no error, no surprise operators.
    expect(bob.search.messages('"unbalanced AND (fox OR', 10)).toEqual([]);
    expect(bob.search.messages('fox"*', 10).map((hit) => hit.message.body)).toEqual(['the quick brown fox']);
    expect(bob.search.messages('!!!', 10)).toEqual([]);
    expect(bob.search.messages('NEAR(quick fox)', 10)).toEqual([]);
  });

  it('shows the same safety number on both sides, compares scanned codes and digits, and syncs verification', async () => {
    const { alice, bob, desktop, aliceId, bobId } = await aliceWithDesktopAndBob();
    expect(() => alice.safety.safetyNumber(bobId)).toThrow(new EngineError('no-safety-number'));
    alice.messaging.sendText(bobId, 'hi');
    await eventually(() => messagesWith(bob, aliceId).length === 1, 20_000, 'the message');
    await eventually(() => storeOf(desktop).getIdentity(bobId) !== undefined, 20_000, 'the desktop to know bob');

    const ours = alice.safety.safetyNumber(bobId);
    const theirs = bob.safety.safetyNumber(aliceId);
    expect(ours.digits).toMatch(/^\d{60}$/);
    expect(theirs.digits).toBe(ours.digits);
    expect(desktop.safety.safetyNumber(bobId).digits).toBe(ours.digits);
    expect(alice.safety.compare(bobId, { kind: 'scanned', qrPayload: theirs.qrPayload })).toBe(true);
    expect(alice.safety.compare(bobId, { kind: 'digits', digits: ours.digits.replace(/(\d{5})/g, '$1 ') })).toBe(true);
    const wrong = `${ours.digits.slice(0, 59)}${ours.digits.endsWith('0') ? '1' : '0'}`;
    expect(alice.safety.compare(bobId, { kind: 'digits', digits: wrong })).toBe(false);
    expect(() => alice.safety.compare(bobId, { kind: 'digits', digits: '12345' })).toThrow(new EngineError('safety-number-digits'));
    expect(() => alice.safety.compare(bobId, { kind: 'scanned', qrPayload: 'not base64!' })).toThrow(new EngineError('safety-number-not-a-code'));
    expect(() => alice.safety.compare(bobId, { kind: 'scanned', qrPayload: 'AAAA' })).toThrow(new EngineError('safety-number-not-parley'));

    alice.safety.setVerified(bobId, true);
    expect(storeOf(alice).getIdentity(bobId)?.verified).toBe('verified');
    expect(messagesWith(alice, bobId).at(-1)).toMatchObject({ kind: 'verified-change' });
    await eventually(() => storeOf(desktop).getIdentity(bobId)?.verified === 'verified', 20_000, 'verification on the desktop');
    expect(messagesWith(desktop, bobId).some((message) => message.kind === 'verified-change')).toBe(true);

    // A new identity key for bob clears the verification and blocks sending until accepted.
    storeOf(alice).saveIdentityKey(bobId, PrivateKey.generate().getPublicKey().serialize());
    expect(storeOf(alice).getIdentity(bobId)?.verified).not.toBe('verified');
    expect(storeOf(alice).getIdentity(bobId)?.changePending).toBe(true);
  });

  it('shows a contact’s new safety number in the chat, before their message, when it arrives with one', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    const aliceId = alice.account.accountId;
    const bobId = await alice.contacts.resolveHandle('bob');
    // alice once knew another key for bob, and had verified it.
    storeOf(alice).saveIdentityKey(bobId, PrivateKey.generate().getPublicKey().serialize());
    storeOf(alice).setIdentityVerified(bobId, 'verified');
    alice.start();
    bob.start();
    bob.messaging.sendText(aliceId, 'new phone, who dis');
    await eventually(() => messagesWith(alice, bobId).length === 2, 20_000, 'the message and the event');
    expect(messagesWith(alice, bobId).map((message) => [message.kind, message.body])).toEqual([
      ['identity-change', null],
      ['text', 'new phone, who dis'],
    ]);
    expect(storeOf(alice).getIdentity(bobId)).toMatchObject({ verified: 'unverified', changePending: true });
    // A second message shows no second event; sending waits for the user.
    bob.messaging.sendText(aliceId, 'hello?');
    await eventually(() => messagesWith(alice, bobId).length === 3, 20_000, 'the second message');
    const blocked = alice.messaging.sendText(bobId, 'is that you?');
    await eventually(() => alice.messaging.get(blocked)?.status === 'failed', 20_000, 'the blocked send');
    expect(messagesWith(alice, bobId).filter((message) => message.kind === 'identity-change')).toHaveLength(1);
  });

  it('sends a photo without text to the contact and the sender’s other device, which download and verify it', async () => {
    const { alice, bob, desktop, aliceId, bobId } = await aliceWithDesktopAndBob();
    const bytes = Buffer.from(Array.from({ length: 40_000 }, (_, index) => index % 251));
    const staging = await alice.attachments.beginStaging({
      contentType: 'image/png',
      fileName: 'cat.png',
      size: bytes.length,
      width: 64,
      height: 48,
      durationMs: null,
      voiceNote: false,
    });
    await alice.attachments.appendStaging(staging, bytes);
    const staged = await alice.attachments.finishStaging(staging);
    const conversation = alice.conversations.openDirect(bobId);
    const id = alice.messaging.send(conversation.id, { body: '', attachmentIds: [staged.id] });
    expect(alice.messaging.get(id)).toMatchObject({ status: 'pending', body: null });
    await eventually(() => alice.messaging.get(id)?.status !== 'pending', 20_000, 'the upload and send');
    const sent = alice.messaging.get(id);
    if (sent === undefined) throw new Error('gone');
    for (const device of [bob, desktop]) {
      await eventually(() => copyOf(device, sent) !== undefined, 20_000, 'the photo message');
      const copy = copyOf(device, sent);
      expect(copy).toMatchObject({ kind: 'text', body: null });
      const [attachment] = device.attachments.listForMessage(copy?.id ?? ('' as never));
      expect(attachment).toMatchObject({ contentType: 'image/png', fileName: 'cat.png', size: bytes.length });
      // Images download by themselves and are verified against the digest.
      await eventually(() => device.attachments.get(attachment?.id ?? ('' as never))?.state === 'ready', 20_000, 'the download');
      const read = await device.attachments.read(attachment?.id ?? ('' as never), 0, bytes.length);
      expect(Buffer.from(read.data).equals(bytes)).toBe(true);
    }
    expect(messagesWith(bob, aliceId)).toHaveLength(1);
  });

  it('marks a message failed when its attachment cannot be uploaded, and refuses an empty one', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    await registerPhone(world, 'bob', 'bob');
    const bobId = await alice.contacts.resolveHandle('bob');
    const conversation = alice.conversations.openDirect(bobId);
    expect(() => alice.messaging.send(conversation.id, { body: '   ' })).toThrow(new EngineError('message-empty'));
    const bytes = Buffer.from('a small document');
    const staging = await alice.attachments.beginStaging({
      contentType: 'application/pdf',
      fileName: 'notes.pdf',
      size: bytes.length,
      width: null,
      height: null,
      durationMs: null,
      voiceNote: false,
    });
    await alice.attachments.appendStaging(staging, bytes);
    const staged = await alice.attachments.finishStaging(staging);
    await world.stopRelay();
    const id = alice.messaging.send(conversation.id, { body: 'see attached', attachmentIds: [staged.id] });
    await eventually(() => alice.messaging.get(id)?.status === 'failed', 30_000, 'the failed upload');
    expect(storeOf(alice).countOutbox()).toBe(0);
  });

  it('shares the profile name and picture with contacts and the account’s other devices', async () => {
    const { alice, bob, desktop, aliceId, bobId } = await aliceWithDesktopAndBob();
    alice.messaging.sendText(bobId, 'hi');
    await eventually(() => messagesWith(bob, aliceId).length === 1, 20_000, 'the message');
    const avatar = `data:image/png;base64,${Buffer.from('not really a png').toString('base64')}`;
    alice.profile.update({ name: '  Alice Liddell ', avatarDataUrl: avatar });
    expect(alice.profile.get()).toEqual({ name: 'Alice Liddell', avatarDataUrl: avatar });
    await eventually(() => bob.contacts.get(aliceId)?.displayName === 'Alice Liddell', 20_000, 'the profile at bob');
    expect(bob.contacts.get(aliceId)?.avatar).toBe(avatar);
    await eventually(() => desktop.profile.get().name === 'Alice Liddell', 20_000, 'the profile on the desktop');
    expect(() => {
      alice.profile.update({ name: 'x', avatarDataUrl: 'data:text/html;base64,AAAA' });
    }).toThrow(new EngineError('avatar-invalid'));

    // A contact alice writes to for the first time learns the name with that message, also from the desktop.
    const carol = await registerPhone(world, 'carol', 'carol');
    carol.start();
    const carolId = await desktop.contacts.resolveHandle('carol');
    desktop.messaging.sendText(carolId, 'hi carol');
    await eventually(() => messagesWith(carol, aliceId).length === 1, 20_000, 'the first message to carol');
    await eventually(() => carol.contacts.get(aliceId)?.displayName === 'Alice Liddell', 20_000, 'the profile at carol');
    expect(carol.contacts.get(aliceId)?.avatar).toBe(avatar);
  });
});
