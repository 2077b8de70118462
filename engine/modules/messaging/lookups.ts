import { EngineError } from '../../kernel/errors';
import type { AccountId, Conversation, ConversationId, LocalAccount, Message, MessageId, Store } from '../../store';

/** A one-to-one conversation and its contact; a group is refused until the groups module exists. */
export function directConversation(store: Pick<Store, 'getConversation'>, conversationId: ConversationId): Conversation & { readonly recipientAccountId: AccountId } {
  const conversation = store.getConversation(conversationId);
  if (conversation === undefined) throw new EngineError('conversation-not-found');
  const recipient = conversation.recipientAccountId;
  if (recipient === null) throw new EngineError('group-not-supported');
  return { ...conversation, recipientAccountId: recipient };
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
