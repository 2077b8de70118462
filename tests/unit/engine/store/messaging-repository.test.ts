import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../../engine/store/interface';
import { MessageNotInConversationError } from '../../../../engine/store/sql/messages';
import type { AccountId, ConversationId, MessageId, NewMessage } from '../../../../engine/store/types';
import { toAccountId, toDeviceId } from '../../../../engine/store/types';
import { memoryStore } from '../fixtures';

const bob = toAccountId(randomUUID());
const carol = toAccountId(randomUUID());

function message(conversationId: ConversationId, sender: AccountId, sentAt: number, overrides: Partial<NewMessage> = {}): NewMessage {
  return {
    conversationId,
    kind: 'text',
    direction: 'incoming',
    senderAccountId: sender,
    senderDeviceId: toDeviceId(1),
    serverGuid: null,
    sentAt,
    receivedAt: sentAt,
    body: `at ${String(sentAt)}`,
    status: 'received',
    errorText: null,
    ...overrides,
  };
}

function insert(store: Store, value: NewMessage): MessageId {
  const result = store.insertMessage(value);
  if (!result.inserted) throw new Error('not inserted');
  return result.id;
}

describe('Store: message pages', () => {
  it('never skips or repeats messages that share a timestamp across page boundaries', () => {
    const store = memoryStore();
    const conversation = store.getOrCreateDirectConversation(bob);
    // Ten messages at the same millisecond, from two devices and arriving in any order.
    for (let index = 0; index < 10; index++) {
      insert(store, message(conversation.id, bob, 5_000, { senderDeviceId: toDeviceId(1 + (index % 2)), receivedAt: 9_000 - index, body: `same ${String(index)}` }));
    }
    const all = store.pageMessages(conversation.id, { kind: 'latest' }, 100).messages.map((row) => row.id);
    expect(all).toHaveLength(10);
    const walked: Array<MessageId> = [];
    let page = store.pageMessages(conversation.id, { kind: 'latest' }, 3);
    walked.unshift(...page.messages.map((row) => row.id));
    while (page.hasOlder) {
      const first = page.messages[0];
      if (first === undefined) break;
      page = store.pageMessages(conversation.id, { kind: 'before', messageId: first.id }, 3);
      walked.unshift(...page.messages.map((row) => row.id));
    }
    expect(walked).toEqual(all);
  });

  it('starts at the first unread message, or the latest when all are read, and refuses a foreign anchor', () => {
    const store = memoryStore();
    const conversation = store.getOrCreateDirectConversation(bob);
    const other = store.getOrCreateDirectConversation(carol);
    const ids = Array.from({ length: 20 }, (_, index) =>
      insert(store, message(conversation.id, bob, 1_000 + index, { status: index < 15 ? 'read' : 'received' })),
    );
    expect(store.countUnread(conversation.id)).toBe(5);
    expect(store.listUnreadMessages(conversation.id, 1)[0]?.id).toBe(ids[15]);
    const page = store.pageMessages(conversation.id, { kind: 'first-unread' }, 10);
    expect(page.messages.map((row) => row.id)).toContain(ids[15]);
    expect(page.messages.at(-1)?.id).toBe(ids[19]);
    expect(page.hasNewer).toBe(false);
    for (const id of ids.slice(15)) store.updateMessageStatus(id, 'read');
    expect(store.pageMessages(conversation.id, { kind: 'first-unread' }, 5).messages.at(-1)?.id).toBe(ids[19]);
    const foreign = insert(store, message(other.id, carol, 1));
    expect(() => store.pageMessages(conversation.id, { kind: 'around', messageId: foreign }, 5)).toThrow(MessageNotInConversationError);
  });
});

describe('Store: reactions, edits, deletes', () => {
  it('keeps one reaction per account, newest wins, and removal only by a newer one', () => {
    const store = memoryStore();
    const conversation = store.getOrCreateDirectConversation(bob);
    const id = insert(store, message(conversation.id, bob, 1));
    expect(store.setReaction(id, carol, '👍', 10)).toBe(true);
    expect(store.setReaction(id, carol, '❤️', 5)).toBe(false);
    expect(store.setReaction(id, carol, '❤️', 20)).toBe(true);
    expect(store.setReaction(id, bob, '😂', 15)).toBe(true);
    expect(store.listReactions([id]).map((reaction) => [reaction.reactorAccountId, reaction.emoji])).toEqual([
      [bob, '😂'],
      [carol, '❤️'],
    ]);
    expect(store.setReaction(id, carol, null, 19)).toBe(false);
    expect(store.setReaction(id, carol, null, 21)).toBe(true);
    expect(store.listReactions([id])).toHaveLength(1);
  });

  it('edits and tombstones a message, and deleting it for me takes its reactions and sends along', () => {
    const store = memoryStore();
    const conversation = store.getOrCreateDirectConversation(bob);
    const id = insert(store, message(conversation.id, bob, 1, { quote: { authorAccountId: carol, sentAt: 0, text: 'quoted' } }));
    expect(store.getMessage(id)?.quote).toEqual({ authorAccountId: carol, sentAt: 0, text: 'quoted' });
    store.editMessageBody(id, 'edited', 50);
    expect(store.getMessage(id)).toMatchObject({ body: 'edited', editedAt: 50 });
    store.setReaction(id, carol, '👍', 60);
    store.recordMessageSend({ messageId: id, accountId: bob, deviceId: toDeviceId(1), sealed: true, sentAt: 70 });
    expect(store.listMessageSends(id).map((send) => send.sealed)).toEqual([true]);
    store.markDeletedForEveryone(id);
    expect(store.getMessage(id)).toMatchObject({ body: null, quote: null, deletedForEveryone: true });
    expect(store.listReactions([id])).toEqual([]);
    store.deleteMessage(id);
    expect(store.getMessage(id)).toBeUndefined();
    expect(store.listMessageSends(id)).toEqual([]);
  });
});

describe('Store: conversation overviews', () => {
  it('computes the newest message and unread count, pinned first, and reads one conversation alone', () => {
    const store = memoryStore();
    const withBob = store.getOrCreateDirectConversation(bob);
    const withCarol = store.getOrCreateDirectConversation(carol);
    insert(store, message(withBob.id, bob, 100));
    insert(store, message(withBob.id, bob, 300, { body: 'newest from bob' }));
    insert(store, message(withCarol.id, carol, 200, { status: 'read' }));
    store.upsertRecipient({ accountId: carol, displayName: 'Carol', avatar: 'data:image/png;base64,AAAA' });
    let overviews = store.listConversationOverviews();
    expect(overviews.map((overview) => overview.conversation.id)).toEqual([withBob.id, withCarol.id]);
    expect(overviews[0]).toMatchObject({ unread: 2, pinnedAt: null });
    expect(overviews[0]?.lastMessage?.body).toBe('newest from bob');
    expect(overviews[1]?.recipient).toMatchObject({ displayName: 'Carol', avatar: 'data:image/png;base64,AAAA' });

    expect(store.updateConversationState(withCarol.id, { pinned: true, archived: true, mutedUntil: 999, draft: 'later' })).toBe(true);
    overviews = store.listConversationOverviews();
    expect(overviews.map((overview) => overview.conversation.id)).toEqual([withCarol.id, withBob.id]);
    expect(overviews[0]).toMatchObject({ archived: true, mutedUntil: 999, draft: 'later' });
    store.updateConversationState(withCarol.id, { draft: '', mutedUntil: null });
    expect(store.listConversationOverviews([withCarol.id])[0]).toMatchObject({ draft: null, mutedUntil: null });
    expect(store.updateConversationState('00000000-0000-4000-8000-000000000000' as ConversationId, { pinned: true })).toBe(false);
  });
});
