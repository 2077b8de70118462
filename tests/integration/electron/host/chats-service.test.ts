/**
 * The desktop's `chats`, `contacts`, `search` and `profile` services against a real
 * relay, a real phone and contact engine and a linked desktop session: keyset paging
 * with every anchor, incremental list changes, typing, notifications, and the error a
 * user gets for bad input.
 */
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createChatsHandler } from '../../../../electron/host/services/chats-handler';
import { createContactsHandler } from '../../../../electron/host/services/contacts-handler';
import { DesktopSession } from '../../../../electron/host/services/desktop-session';
import { createProfileHandler } from '../../../../electron/host/services/profile-handler';
import { createSearchHandler } from '../../../../electron/host/services/search-handler';
import type { ConversationListChange, ConversationSummary, MessagePage, MessageView, NotificationView } from '../../../../shared/ipc/chats';
import { chatsService } from '../../../../shared/ipc/chats';
import { contactsService } from '../../../../shared/ipc/contacts';
import type { ContactView, SafetyNumberView } from '../../../../shared/ipc/contacts';
import { profileService } from '../../../../shared/ipc/profile';
import { IpcRouter } from '../../../../shared/ipc/router';
import { searchService } from '../../../../shared/ipc/search';
import type { SearchResultGroup } from '../../../../shared/ipc/search';
import { eventChannel, methodChannel } from '../../../../shared/ipc/service';
import type { Settings } from '../../../../shared/ipc/settings';
import { defaultSettings } from '../../../../shared/ipc/settings';
import type { Engine } from '../../../../engine/engine';
import type { TestWorld } from '../../engine/engine/support';
import { eventually, registerPhone as registerEngine, worldPerTest } from '../../engine/engine/support';
import { toDeviceId } from '../../../../engine/store';
import type { AccountId, ConversationId, Store } from '../../../../engine/store';
import { storeOf } from '../../../../engine/testing';

const log = pino({ level: 'silent' });

const currentWorld = worldPerTest();
let world: TestWorld;
const sessions: Array<DesktopSession> = [];

beforeEach(() => {
  world = currentWorld();
});

// Registered after the world's own hooks, so it runs first: sessions close before the relay and stores.
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

/** A primary device, connected. */
async function registerPhone(profile: string, handle: string): Promise<Engine> {
  const engine = await registerEngine(world, profile, handle);
  engine.start();
  return engine;
}

interface Desktop {
  readonly session: DesktopSession;
  readonly events: Array<{ readonly channel: string; readonly payload: unknown }>;
  readonly settings: { current: Settings };
  call<T>(service: string, method: string, ...args: Array<unknown>): Promise<T>;
  /** The error code and message of a call that must fail. */
  failure(service: string, method: string, ...args: Array<unknown>): Promise<{ code: string; message: string }>;
  payloads<T>(channel: string): Array<T>;
}

async function linkedDesktop(phone: Engine): Promise<Desktop> {
  const session = new DesktopSession({ dataDir: path.join(world.dir, 'desktop'), relayUrl: world.relay.url, keyStore: world.keyStore, defaultDeviceName: 'Test desktop', log });
  sessions.push(session);
  const settings = { current: defaultSettings };
  const router = new IpcRouter();
  router.registerService(chatsService, (emit) => createChatsHandler(session, emit, { settings: () => Promise.resolve(settings.current) }));
  router.registerService(contactsService, (emit) => createContactsHandler(session, emit));
  router.registerService(searchService, () => createSearchHandler(session));
  router.registerService(profileService, (emit) => createProfileHandler(session, emit));
  const events: Desktop['events'] = [];
  router.addEventSink((channel, payload) => {
    events.push({ channel, payload });
  });
  await session.initialize();
  await eventually(() => session.state.kind === 'showing-code', 20_000, 'a linking code');
  const code = session.state;
  if (code.kind !== 'showing-code') throw new Error('no code');
  await phone.devices.provision(code.url);
  await eventually(() => session.state.kind === 'linked', 20_000, 'the link');
  const invoke = (service: string, method: string, args: Array<unknown>) => router.invoke(methodChannel(service, method), args);
  return {
    session,
    events,
    settings,
    call: async <T,>(service: string, method: string, ...args: Array<unknown>): Promise<T> => {
      const response = await invoke(service, method, args);
      if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
      return response.value as T;
    },
    failure: async (service, method, ...args) => {
      const response = await invoke(service, method, args);
      if (response.ok) throw new Error(`${service}.${method} succeeded`);
      return response.error;
    },
    payloads: <T,>(channel: string): Array<T> => events.filter((event) => event.channel === channel).map((event) => event.payload as T),
  };
}

/** Stores `count` incoming messages in one conversation of the desktop, one second apart. */
function seed(store: Store, peer: AccountId, count: number, start: number): ConversationId {
  const conversation = store.getOrCreateDirectConversation(peer);
  store.transaction(() => {
    for (let index = 0; index < count; index++) {
      store.insertMessage({
        conversationId: conversation.id,
        kind: 'text',
        direction: 'incoming',
        senderAccountId: peer,
        senderDeviceId: toDeviceId(1),
        serverGuid: null,
        sentAt: start + index * 1_000,
        receivedAt: start + index * 1_000,
        body: `message ${String(index)}`,
        // The newest 30 are unread.
        status: index >= count - 30 ? 'received' : 'read',
        errorText: null,
      });
    }
  });
  return conversation.id;
}

const bodies = (page: MessagePage): Array<string | null> => page.messages.map((message) => message.body);

describe('the desktop chats service', () => {
  it('pages 1,000 messages by keyset from every anchor', async () => {
    const phone = await registerPhone('phone', 'alice');
    const desktop = await linkedDesktop(phone);
    const engine = desktop.session.engine;
    if (engine === undefined) throw new Error('not linked');
    const peer = '5b0c7a84-4f4e-4a4f-9d55-1f2e3d4c5b6a' as AccountId;
    const conversationId = seed(storeOf(engine), peer, 1_000, 1_700_000_000_000);

    const latest = await desktop.call<MessagePage>('chats', 'listMessages', conversationId, { kind: 'latest' }, 100);
    expect(latest.messages).toHaveLength(100);
    expect(latest.messages[0]?.body).toBe('message 900');
    expect(latest.messages.at(-1)?.body).toBe('message 999');
    expect([latest.hasOlder, latest.hasNewer]).toEqual([true, false]);
    expect(latest.unread).toBe(30);
    expect(latest.firstUnreadMessageId).toBe(latest.messages.find((message) => message.body === 'message 970')?.id);

    // Walking back with "before" visits every message once, in order.
    const seen: Array<string | null> = [...bodies(latest)];
    let page = latest;
    while (page.hasOlder) {
      const oldest = page.messages[0];
      if (oldest === undefined) throw new Error('empty page');
      page = await desktop.call<MessagePage>('chats', 'listMessages', conversationId, { kind: 'before', messageId: oldest.id }, 100);
      expect(page.hasNewer).toBe(true);
      seen.unshift(...bodies(page));
    }
    expect(seen).toEqual(Array.from({ length: 1_000 }, (_, index) => `message ${String(index)}`));

    const oldest = page.messages[0];
    if (oldest === undefined) throw new Error('no oldest');
    const after = await desktop.call<MessagePage>('chats', 'listMessages', conversationId, { kind: 'after', messageId: oldest.id }, 50);
    expect(bodies(after)[0]).toBe('message 1');
    expect([after.hasOlder, after.hasNewer]).toEqual([true, true]);

    const target = seen.indexOf('message 500');
    const middle = (await desktop.call<MessagePage>('chats', 'listMessages', conversationId, { kind: 'before', messageId: latest.messages[0]?.id }, 400)).messages.find(
      (message) => message.body === 'message 500',
    );
    expect(target).toBe(500);
    const around = await desktop.call<MessagePage>('chats', 'listMessages', conversationId, { kind: 'around', messageId: middle?.id }, 21);
    expect(bodies(around)).toEqual(Array.from({ length: 21 }, (_, index) => `message ${String(490 + index)}`));

    const unread = await desktop.call<MessagePage>('chats', 'listMessages', conversationId, { kind: 'first-unread' }, 40);
    expect(unread.messages.map((message) => message.id)).toContain(unread.firstUnreadMessageId);
    expect(bodies(unread)[0]).toBe('message 965');

    // An anchor from another conversation, or none at all, is a clear error.
    const other = seed(storeOf(engine), '6c1d8b95-5a5f-4b50-8e66-2a3f4e5d6c7b' as AccountId, 3, 1_700_000_000_000);
    const foreign = (await desktop.call<MessagePage>('chats', 'listMessages', other, { kind: 'latest' }, 10)).messages[0];
    expect(await desktop.failure('chats', 'listMessages', conversationId, { kind: 'around', messageId: foreign?.id }, 10)).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'message-not-in-conversation',
      reason: 'message-not-in-conversation',
    });
    expect((await desktop.failure('chats', 'listMessages', conversationId, { kind: 'sideways' }, 10)).code).toBe('INVALID_ARGUMENT');
  });

  it('sends list changes as upserts of the changed conversation only, with typing and notifications', async () => {
    const phone = await registerPhone('phone', 'alice');
    const friend = await registerPhone('friend', 'bob');
    const carol = await registerPhone('carol', 'carol');
    const desktop = await linkedDesktop(phone);
    const bobConversation = await desktop.call<ConversationSummary>('chats', 'startChat', '@bob');
    const carolConversation = await desktop.call<ConversationSummary>('chats', 'startChat', 'carol');
    expect(bobConversation).toMatchObject({ title: 'bob', handle: 'bob', unread: 0, pinned: false, lastMessagePreview: null });
    expect(await desktop.failure('chats', 'startChat', 'nobody-here')).toMatchObject({ code: 'INVALID_ARGUMENT' });

    const changes = (): Array<ConversationListChange> => desktop.payloads(eventChannel('chats', 'onDidChangeConversations'));
    // Let the refreshes after linking and starting the chats go out first (they are coalesced and throttled).
    await new Promise((resolve) => setTimeout(resolve, 700));
    const before = changes().length;
    await desktop.call('chats', 'setPinned', carolConversation.id, true);
    await desktop.call('chats', 'setDraft', carolConversation.id, 'half a thought');
    await eventually(() => changes().length > before, 5_000, 'a list change');
    const change = changes().at(-1);
    expect(change?.removedIds).toEqual([]);
    expect(change?.upserted.map((summary) => summary.id)).toEqual([carolConversation.id]);
    expect(change?.upserted[0]).toMatchObject({ pinned: true, draft: 'half a thought' });
    const listed = await desktop.call<Array<ConversationSummary>>('chats', 'listConversations');
    expect(listed.map((summary) => summary.id)).toEqual([carolConversation.id, bobConversation.id]);

    // bob types, then writes: typing shows and ends, the message notifies and updates the list.
    const aliceId = phone.account.accountId;
    await friend.messaging.typing(aliceId, true);
    const typing = () => desktop.payloads<{ conversationId: string; typing: boolean }>(eventChannel('chats', 'onDidChangeTyping'));
    await eventually(() => typing().some((event) => event.typing), 20_000, 'typing');
    const sentId = friend.messaging.sendText(aliceId, 'are you there?');
    await eventually(() => typing().at(-1)?.typing === false, 20_000, 'typing to end');
    expect(typing().every((event) => event.conversationId === bobConversation.id)).toBe(true);
    const notifications = () => desktop.payloads<NotificationView>(eventChannel('chats', 'onDidRequestNotification'));
    await eventually(() => notifications().length === 1, 20_000, 'a notification');
    expect(notifications()[0]).toMatchObject({ conversationId: bobConversation.id, title: 'bob', preview: { kind: 'text', text: 'are you there?' } });
    const messageEvents = () => desktop.payloads<{ conversationId: string; messageIds: Array<string> }>(eventChannel('chats', 'onDidChangeMessages'));
    await eventually(
      () => messageEvents().some((event) => event.conversationId === bobConversation.id && event.messageIds.length > 0),
      5_000,
      'a message change naming the message',
    );
    await eventually(
      () => changes().some((listChange) => listChange.upserted.some((summary) => summary.id === bobConversation.id && summary.unread === 1)),
      5_000,
      'the unread count in a list change',
    );

    // Muted: no notification. Previews hidden: name only.
    await desktop.call('chats', 'setMutedUntil', bobConversation.id, Number.MAX_SAFE_INTEGER);
    friend.messaging.sendText(aliceId, 'muted one');
    desktop.settings.current = { ...defaultSettings, notificationPreview: 'name-only' };
    carol.messaging.sendText(aliceId, 'hello from carol');
    await eventually(() => notifications().length === 2, 20_000, 'carol’s notification');
    expect(notifications()[1]).toMatchObject({ conversationId: carolConversation.id, title: 'carol', preview: null });
    const engine = desktop.session.engine;
    await eventually(
      () => (engine === undefined ? [] : storeOf(engine).listMessages(bobConversation.id as ConversationId)).some((message) => message.body === 'muted one'),
      20_000,
      'the muted message',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(notifications().map((notification) => notification.conversationId)).toEqual([bobConversation.id, carolConversation.id]);
    expect(friend.messaging.get(sentId)?.status).toBe('delivered');

    // A burst notifies for its newest message, not once per message.
    await desktop.call('chats', 'setMutedUntil', bobConversation.id, null);
    desktop.settings.current = defaultSettings;
    const notifiedBefore = notifications().length;
    for (let index = 0; index < 6; index++) friend.messaging.sendText(aliceId, `burst ${String(index)}`);
    await eventually(() => JSON.stringify(notifications().at(-1)?.preview) === JSON.stringify({ kind: 'text', text: 'burst 5' }), 20_000, 'the burst’s notification');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(notifications().length - notifiedBefore).toBeLessThan(6);

    // Reply, react, edit and delete through the service.
    const latest = await desktop.call<MessagePage>('chats', 'listMessages', carolConversation.id, { kind: 'latest' }, 10);
    const fromCarol = latest.messages.at(-1);
    if (fromCarol === undefined) throw new Error('no message');
    const reply = await desktop.call<MessageView>('chats', 'sendMessage', carolConversation.id, { body: 'hi carol', attachmentIds: [], quoteMessageId: fromCarol.id });
    expect(reply.quote).toEqual({ messageId: fromCarol.id, authorTitle: 'carol', fromMe: false, text: 'hello from carol' });
    const reacted = await desktop.call<MessageView>('chats', 'react', fromCarol.id, '👍');
    expect(reacted.reactions).toEqual([{ emoji: '👍', reactors: [{ accountId: aliceId, title: 'alice', fromMe: true }] }]);
    const edited = await desktop.call<MessageView>('chats', 'editMessage', reply.id, 'hi carol!');
    expect(edited).toMatchObject({ body: 'hi carol!' });
    expect(await desktop.failure('chats', 'editMessage', fromCarol.id, 'not mine')).toEqual({
      code: 'INVALID_ARGUMENT',
      message: 'edit-not-own',
      reason: 'edit-not-own',
      params: {},
    });
    await eventually(() => carol.messaging.findBySentAt(aliceId, reply.sentAt)?.body === 'hi carol!', 20_000, 'the edit at carol');
    const detail = await desktop.call<{ devices: Array<{ accountId: string; sealedSender: boolean | null; ownDevice: boolean }> }>('chats', 'getDeliveryDetail', reply.id);
    expect(detail.devices.filter((device) => !device.ownDevice).map((device) => device.accountId)).toEqual([carol.account.accountId]);
    await desktop.call('chats', 'deleteMessage', reply.id, 'everyone');
    await eventually(() => carol.messaging.findBySentAt(aliceId, reply.sentAt)?.deletedForEveryone === true, 20_000, 'the delete at carol');

    // Search, contacts and profile over the same session.
    const groups = await desktop.call<Array<SearchResultGroup>>('search', 'messages', 'carol', 20);
    expect(groups.map((group) => group.conversationTitle)).toEqual(['carol']);
    expect(groups[0]?.hits[0]?.snippet).toContainEqual({ text: 'carol', match: true });
    const contact = await desktop.call<ContactView>('contacts', 'get', carolConversation.id);
    expect(contact).toMatchObject({ handle: 'carol', verified: 'default', identityChangePending: false });
    const safety = await desktop.call<SafetyNumberView>('contacts', 'getSafetyNumber', carolConversation.id);
    expect(safety.groups.join('')).toBe(safety.digits);
    expect(safety.digits).toBe(carol.safety.safetyNumber(aliceId).digits);
    expect(await desktop.call('contacts', 'compareSafetyNumber', carolConversation.id, { kind: 'digits', digits: safety.groups.join(' ') })).toEqual({ matches: true });
    expect(await desktop.failure('contacts', 'compareSafetyNumber', carolConversation.id, { kind: 'digits', digits: '123' })).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await desktop.call<ContactView>('contacts', 'setVerified', carolConversation.id, true)).toMatchObject({ verified: 'verified' });
    const profile = await desktop.call<{ name: string }>('profile', 'update', { name: 'Alice', avatarDataUrl: null });
    expect(profile.name).toBe('Alice');
    await eventually(() => carol.contacts.get(aliceId)?.displayName === 'Alice', 20_000, 'the profile at carol');
  });
});
