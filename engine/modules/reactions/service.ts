import { EngineError } from '../../kernel/errors';
import { addressedConversation } from '../messaging/lookups';
import type { OutboundPort } from '../../pipeline/outbound';
import type { MessageId, Store } from '../../store';
import { maxReactionLength } from './inbound';
import type { ReactionsRepository } from './repository';

export interface ReactionsService {
  /** Sets this account's reaction on a message (one per message); null removes it. */
  react(messageId: MessageId, emoji: string | null): void;
}

export function createReactionsService(store: ReactionsRepository & Pick<Store, 'getConversation'>, out: OutboundPort): ReactionsService {
  return {
    react(messageId, emoji) {
      const message = store.getMessage(messageId);
      if (message?.kind !== 'text' || message.deletedForEveryone) throw new EngineError('reaction-not-allowed');
      if (emoji !== null && (emoji.length === 0 || emoji.length > maxReactionLength)) throw new EngineError('reaction-invalid');
      const conversation = addressedConversation(store, message.conversationId);
      const me = out.account();
      const previous = store.listReactions([messageId]).find((reaction) => reaction.reactorAccountId === me.accountId);
      if (emoji === null && previous === undefined) return;
      store.transaction(() => {
        const timestamp = out.uniqueTimestamp();
        store.setReaction(messageId, me.accountId, emoji, timestamp);
        out.enqueue('other', conversation.members, null, {
          dataMessage: {
            timestamp,
            profileKey: me.profileKey,
            reaction: {
              emoji: emoji ?? previous?.emoji ?? '',
              remove: emoji === null,
              targetAuthorAccountId: message.senderAccountId,
              targetSentTimestamp: message.sentAt,
            },
          },
        });
      });
      out.messagesChanged(message.conversationId, [messageId]);
    },
  };
}
