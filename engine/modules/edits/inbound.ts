import type { DataMessage } from '../../../shared/proto/content';
import type { ContentHandler } from '../../pipeline/inbound';
import { parseAccountId } from '../../messaging/features';
import type { MessageId } from '../../store';
import type { EditsRepository } from './repository';

/**
 * Deletes for everyone, edits and (from this account's other devices) deletes for me.
 * `removeFiles` runs after the commit for a message whose attachments must go.
 */
export function editHandlers(store: EditsRepository, removeFiles: (messageId: MessageId) => void): ReadonlyArray<ContentHandler> {
  const deleteForEveryone: ContentHandler = {
    name: 'delete-for-everyone',
    actsOnEarlierMessages: true,
    apply(context) {
      for (const part of context.authored) {
        const data = part.data;
        if (data === null) continue;
        if (data.reaction !== null || data.deleteTargetSentTimestamp === null) continue;
        // Looked up by author: only the author can delete a message for everyone.
        const target = store.findMessageBySentAt(part.author, data.deleteTargetSentTimestamp);
        if (target === undefined) {
          context.keepForLater(part.author, data.deleteTargetSentTimestamp);
          continue;
        }
        if (target.conversationId !== part.conversationId || target.kind !== 'text' || target.deletedForEveryone) continue;
        store.markDeletedForEveryone(target.id);
        context.afterCommit(() => {
          removeFiles(target.id);
        });
        context.emit({ kind: 'message-updated', messageId: target.id });
      }
    },
  };

  const edit: ContentHandler = {
    name: 'edits',
    actsOnEarlierMessages: true,
    apply(context) {
      for (const part of context.authored) {
        if (part.edit === null) continue;
        // A sub-message absent on the wire decodes as null, whatever the generated type says.
        const data = part.edit.dataMessage as DataMessage | null;
        const body = data?.body;
        const editedAt = data?.timestamp;
        if (body == null || body.length === 0 || editedAt === undefined) continue;
        const target = store.findMessageBySentAt(part.author, part.edit.targetSentTimestamp);
        if (target === undefined) {
          context.keepForLater(part.author, part.edit.targetSentTimestamp);
          continue;
        }
        if (target.conversationId !== part.conversationId || target.kind !== 'text' || target.deletedForEveryone) continue;
        // Older edits never replace newer ones.
        if ((target.editedAt ?? target.sentAt) >= editedAt) continue;
        store.editMessageBody(target.id, body, editedAt);
        context.emit({ kind: 'message-updated', messageId: target.id });
      }
    },
  };

  const deleteForMe: ContentHandler = {
    name: 'delete-for-me',
    apply(context) {
      const sync = context.content.syncMessage;
      if (sync === null || context.sender !== context.me.accountId) return;
      for (const removal of sync.deleteForMe) {
        const author = parseAccountId(removal.targetAuthorAccountId);
        const message = author === undefined ? undefined : store.findMessageBySentAt(author, removal.targetSentTimestamp);
        if (message === undefined) continue;
        store.deleteMessage(message.id);
        context.afterCommit(() => {
          removeFiles(message.id);
        });
        context.emit({ kind: 'message-removed', messageId: message.id, conversationId: message.conversationId });
      }
    },
  };

  return [deleteForEveryone, edit, deleteForMe];
}
