/**
 * The `chats` IPC service: what a linked desktop shows (conversation list, messages)
 * and sends. Views carry text and states only, never key material.
 */
import type { ConversationSummary, MessageView, chatsService } from '../../../shared/ipc/chats';
import { IpcError } from '../../../shared/ipc/errors';
import type { ServiceEmitter, ServiceHandler } from '../../../shared/ipc/service';
import type { Engine } from '../../../shared/node/engine';
import { toConversationId } from '../../../shared/node/store';
import type { Conversation, Message, Store } from '../../../shared/node/store';
import type { DesktopSession } from './desktop-session';

const messagesShown = 200;
/** Counting unread stops here; the list shows "99+" long before. */
const unreadScanLimit = 500;
/** Bursts (a backlog arriving) become one list refresh. */
const coalesceMs = 50;

export function toMessageView(message: Message): MessageView {
  return {
    id: message.id,
    conversationId: message.conversationId,
    kind: message.kind,
    direction: message.direction,
    body: message.body,
    sentAt: message.sentAt,
    status: message.status,
    errorText: message.errorText,
  };
}

export function summarizeConversation(store: Store, conversation: Conversation): ConversationSummary {
  const recipient = conversation.recipientAccountId === null ? undefined : store.getRecipient(conversation.recipientAccountId);
  const own = store.getAccount();
  const ownHandle = conversation.recipientAccountId === own?.accountId ? (own.handle ?? null) : null;
  const title =
    conversation.title ??
    recipient?.displayName ??
    recipient?.handle ??
    ownHandle ??
    conversation.recipientAccountId ??
    conversation.id;
  const recent = store.listMessages(conversation.id, { limit: unreadScanLimit });
  const last = recent.at(-1);
  const unread = recent.filter((message) => message.direction === 'incoming' && message.status === 'received' && message.kind === 'text').length;
  return {
    id: conversation.id,
    title,
    lastMessagePreview: last === undefined ? null : previewOf(last),
    lastMessageAt: last?.sentAt ?? conversation.lastMessageAt,
    unread,
  };
}

function previewOf(message: Message): string {
  switch (message.kind) {
    case 'text':
      return (message.body ?? '').replace(/\s+/g, ' ').slice(0, 120);
    case 'identity-change':
      return 'Safety number changed';
    case 'undecryptable':
      return 'A message could not be decrypted';
  }
}

export function createChatsHandler(
  session: DesktopSession,
  emit: ServiceEmitter<typeof chatsService>,
): ServiceHandler<typeof chatsService> {
  const linkedEngine = (): Engine => {
    const engine = session.engine;
    if (engine === undefined) throw new IpcError('INVALID_ARGUMENT', 'This desktop is not linked to a phone.');
    return engine;
  };
  const list = (): Array<ConversationSummary> => {
    const store = session.engine?.store;
    if (store === undefined) return [];
    return store.listConversations().map((conversation) => summarizeConversation(store, conversation));
  };
  const conversationOf = (engine: Engine, id: string): Conversation => {
    const conversation = engine.store.getConversation(toConversationId(id));
    if (conversation === undefined) throw new IpcError('INVALID_ARGUMENT', 'No such conversation.');
    return conversation;
  };

  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  session.on('messages', (conversationId) => {
    if (conversationId !== undefined) changed.add(conversationId);
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      const ids = [...changed];
      changed.clear();
      emit.onDidChangeConversations(list());
      for (const id of ids) emit.onDidChangeMessages({ conversationId: id });
    }, coalesceMs);
    timer.unref();
  });

  return {
    listConversations: () => list(),
    listMessages: (id) => {
      const engine = session.engine;
      if (engine === undefined) return [];
      return engine.listMessages(conversationOf(engine, id).id, messagesShown).map(toMessageView);
    },
    sendText: (id, body) => {
      const engine = linkedEngine();
      const conversation = conversationOf(engine, id);
      if (conversation.recipientAccountId === null) throw new IpcError('INVALID_ARGUMENT', 'Group conversations are not supported yet.');
      const messageId = engine.sendText(conversation.recipientAccountId, body);
      const message = engine.store.getMessage(messageId);
      if (message === undefined) throw new Error('A sent message was not stored.');
      session.events.emit('messages', conversation.id);
      return toMessageView(message);
    },
    markRead: (id) => {
      const engine = linkedEngine();
      engine.markConversationRead(conversationOf(engine, id).id);
      session.events.emit('messages', undefined);
      return null;
    },
  };
}
