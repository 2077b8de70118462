import type { ContentHandler } from '../../pipeline/inbound';
import { parseAccountId } from '../../messaging/features';
import type { ReactionsRepository } from './repository';

/** Longest emoji sequence kept; anything longer is noise or abuse. */
export const maxReactionLength = 32;

/** A reaction by the part's author on a text message of the same conversation: one per reactor per message. */
export function reactionHandler(store: ReactionsRepository): ContentHandler {
  return {
    name: 'reactions',
    actsOnEarlierMessages: true,
    apply(context) {
      for (const part of context.authored) {
        const reaction = part.data?.reaction ?? null;
        if (part.data === null || reaction === null) continue;
        const targetAuthor = parseAccountId(reaction.targetAuthorAccountId);
        const emoji = reaction.emoji;
        if (targetAuthor === undefined || (!reaction.remove && (emoji.length === 0 || emoji.length > maxReactionLength))) continue;
        const target = store.findMessageBySentAt(targetAuthor, reaction.targetSentTimestamp);
        if (target === undefined) {
          context.keepForLater(targetAuthor, reaction.targetSentTimestamp);
          continue;
        }
        // A reaction only applies inside the conversation it was sent in.
        if (target.conversationId !== part.conversationId || target.kind !== 'text' || target.deletedForEveryone) continue;
        if (store.setReaction(target.id, part.author, reaction.remove ? null : emoji, part.data.timestamp)) {
          context.emit({ kind: 'message-updated', messageId: target.id });
        }
      }
    },
  };
}
