import { EngineError } from '../../kernel/errors';
import type { OutgoingMessageHooks } from '../messaging/hooks';
import { addressedConversation, ownMessage } from '../messaging/lookups';
import type { OutboundPort } from '../../pipeline/outbound';
import type { MessageId, Store } from '../../store';
import type { EditsRepository } from './repository';

export interface EditsService {
  /** Replaces the text of one of this account's own messages, for everyone (and its other devices). */
  editMessage(messageId: MessageId, body: string): void;
  /** Deletes one of this account's own messages for everyone in the conversation. */
  deleteForEveryone(messageId: MessageId): void;
  /** Removes a message here and on this account's other devices; the contact keeps it. */
  deleteForMe(messageId: MessageId): Promise<void>;
}

export interface EditsDeps {
  readonly store: EditsRepository & Pick<Store, 'getConversation'>;
  readonly out: OutboundPort;
  /** Removes a message's attachment files (awaited where the user waits for it). */
  readonly removeFiles: (messageId: MessageId) => Promise<void>;
  /** The same, in the background, logged if it fails. */
  readonly removeFilesLater: (messageId: MessageId) => void;
  /** Other modules' part in an edit's text (the console keeps a reply's signature). */
  readonly hooks: Pick<OutgoingMessageHooks, 'editing'>;
}

export function createEditsService({ store, out, removeFiles, removeFilesLater, hooks }: EditsDeps): EditsService {
  return {
    editMessage(messageId, written) {
      const me = out.account();
      const message = ownMessage(store, me, messageId, 'edit');
      if (written.trim().length === 0) throw new EngineError('edit-needs-text');
      const conversation = addressedConversation(store, message.conversationId);
      store.transaction(() => {
        const editedAt = out.uniqueTimestamp();
        const body = hooks.editing({ conversation, message, body: written });
        store.editMessageBody(messageId, body, editedAt);
        out.enqueue('other', conversation.members, null, {
          editMessage: {
            targetSentTimestamp: message.sentAt,
            dataMessage: { body, timestamp: editedAt, profileKey: me.profileKey, senderHandle: me.handle },
          },
        });
      });
      out.messagesChanged(message.conversationId, [messageId]);
    },

    deleteForEveryone(messageId) {
      const me = out.account();
      const message = ownMessage(store, me, messageId, 'delete');
      const conversation = addressedConversation(store, message.conversationId);
      store.transaction(() => {
        store.markDeletedForEveryone(messageId);
        out.enqueue('other', conversation.members, null, {
          dataMessage: { timestamp: out.uniqueTimestamp(), deleteTargetSentTimestamp: message.sentAt, profileKey: me.profileKey },
        });
      });
      removeFilesLater(messageId);
      out.messagesChanged(message.conversationId, [messageId]);
    },

    async deleteForMe(messageId) {
      const message = store.getMessage(messageId);
      if (message === undefined) throw new EngineError('message-not-found');
      const me = out.account();
      await removeFiles(messageId);
      store.transaction(() => {
        store.deleteMessage(messageId);
        if (message.kind === 'text') {
          out.enqueue('sync', [me.accountId], null, {
            syncMessage: { deleteForMe: [{ targetAuthorAccountId: message.senderAccountId, targetSentTimestamp: message.sentAt }] },
          });
        }
      });
      out.messagesChanged(message.conversationId, [messageId]);
    },
  };
}
