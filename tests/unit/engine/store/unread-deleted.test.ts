/** A message deleted for everyone is not unread: the badge, the title count and the "new messages" marker skip it. */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toAccountId, toDeviceId } from '../../../../engine/store/types';
import type { MessageId } from '../../../../engine/store/types';
import { memoryStore } from '../fixtures';

const bob = toAccountId(randomUUID());

describe('Store: unread messages', () => {
  it('does not count a message deleted for everyone as unread, in the list or the conversation', () => {
    const store = memoryStore();
    const conversation = store.getOrCreateDirectConversation(bob);
    const ids: Array<MessageId> = [];
    for (const sentAt of [100, 200, 300]) {
      const result = store.insertMessage({
        conversationId: conversation.id,
        kind: 'text',
        direction: 'incoming',
        senderAccountId: bob,
        senderDeviceId: toDeviceId(1),
        serverGuid: null,
        sentAt,
        receivedAt: sentAt,
        body: `at ${String(sentAt)}`,
        status: 'received',
        errorText: null,
      });
      if (!result.inserted) throw new Error('not inserted');
      ids.push(result.id);
    }
    const [first, second] = ids;
    if (first === undefined || second === undefined) throw new Error('no ids');
    expect(store.countUnread(conversation.id)).toBe(3);

    store.markDeletedForEveryone(first);
    expect(store.countUnread(conversation.id)).toBe(2);
    expect(store.listConversationOverviews([conversation.id])[0]?.unread).toBe(2);
    // The "new messages" marker starts at the first message still there to read.
    expect(store.listUnreadMessages(conversation.id, 1)[0]?.id).toBe(second);
    expect(store.pageMessages(conversation.id, { kind: 'first-unread' }, 10).messages.map((message) => message.id)).toContain(second);
  });
});
