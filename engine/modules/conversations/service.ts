/**
 * Conversations as a list shows them (overviews computed in one query), their state the
 * user sets (pinned, archived, muted, draft), and reading them.
 */
import { EngineError } from '../../kernel/errors';
import type { AccountId, Conversation, ConversationId, ConversationOverview, ConversationStateUpdate, MessageId, Store } from '../../store';
import type { ReceiptsService } from '../receipts/service';

export interface UnreadState {
  readonly count: number;
  /** The oldest unread message, where a view opens ("New messages"). */
  readonly firstId: MessageId | null;
}

export interface ConversationsService {
  get(conversationId: ConversationId): Conversation | undefined;
  /** Overviews (last message, unread count, state) of these conversations, or of all. */
  overviews(conversationIds?: ReadonlyArray<ConversationId>): Array<ConversationOverview>;
  /** A contact's one-to-one conversation, if there is one. */
  direct(accountId: AccountId): Conversation | undefined;
  /** A contact's one-to-one conversation, created if needed. */
  openDirect(accountId: AccountId): Conversation;
  /** Pinned, archived, muted, draft. */
  update(conversationId: ConversationId, update: ConversationStateUpdate): void;
  unread(conversationId: ConversationId): UnreadState;
  /** Marks it read here, tells the senders (read receipts) and this account's other devices. */
  markRead(conversationId: ConversationId): void;
}

export type ConversationsRepository = Pick<
  Store,
  'getConversation' | 'listConversationOverviews' | 'getDirectConversation' | 'getOrCreateDirectConversation' | 'updateConversationState' | 'listUnreadMessages' | 'countUnread'
>;

export function createConversationsService(deps: {
  readonly store: ConversationsRepository;
  readonly receipts: Pick<ReceiptsService, 'markRead'>;
  readonly changed: (conversationIds: ReadonlyArray<ConversationId>) => void;
}): ConversationsService {
  const { store } = deps;
  return {
    get: (conversationId) => store.getConversation(conversationId),
    overviews: (conversationIds) => store.listConversationOverviews(conversationIds),
    direct: (accountId) => store.getDirectConversation(accountId),
    openDirect: (accountId) => store.getOrCreateDirectConversation(accountId),
    update(conversationId, update) {
      if (!store.updateConversationState(conversationId, update)) throw new EngineError('conversation-not-found');
      deps.changed([conversationId]);
    },
    unread: (conversationId) => ({
      count: store.countUnread(conversationId),
      firstId: store.listUnreadMessages(conversationId, 1)[0]?.id ?? null,
    }),
    markRead: (conversationId) => {
      deps.receipts.markRead(conversationId);
    },
  };
}
