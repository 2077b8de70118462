import { EngineError } from '../../kernel/errors';
import type { AccountId, Conversation, ConversationId, LocalAccount, Message, MessageId, Store } from '../../store';

/**
 * A conversation this device can send to, and the recipient set its messages go to.
 * Everything downstream (outbox, delivery, transport) takes the set as it is; only the
 * wire context is direct-only: a group's messages need the group context its module
 * adds, so a group is refused here until that module exists.
 */
export function addressedConversation(
  store: Pick<Store, 'getConversation'>,
  conversationId: ConversationId,
): Conversation & { readonly members: readonly [AccountId, ...Array<AccountId>] } {
  const conversation = store.getConversation(conversationId);
  if (conversation === undefined) throw new EngineError('conversation-not-found');
  const [first, ...rest] = conversation.members;
  if (conversation.type !== 'direct' || first === undefined) throw new EngineError('group-not-supported');
  return { ...conversation, members: [first, ...rest] };
}

/** A text message this account sent, still there: the only kind its author may edit or delete for everyone. */
export function ownMessage(store: Pick<Store, 'getMessage'>, me: LocalAccount, messageId: MessageId, action: 'edit' | 'delete'): Message {
  const message = store.getMessage(messageId);
  if (message === undefined) throw new EngineError('message-not-found');
  if (message.direction !== 'outgoing' || message.senderAccountId !== me.accountId || message.kind !== 'text') {
    throw new EngineError(action === 'edit' ? 'edit-not-own' : 'delete-not-own');
  }
  if (message.deletedForEveryone) throw new EngineError('message-deleted');
  if (action === 'edit' && message.body === null) throw new EngineError('edit-text-only');
  return message;
}
