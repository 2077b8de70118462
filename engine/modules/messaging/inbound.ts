import { ReceiptType, TypingAction } from '../../../shared/proto/content';
import type { AttachmentService } from '../../attachments/types';
import type { ContentHandler } from '../../pipeline/inbound';
import { parseAccountId } from '../../messaging/features';
import type { AccountId, Message } from '../../store';
import type { MessagingRepository } from './repository';

const maxQuoteLength = 2_000;

const statusRank = { pending: 0, failed: 0, sent: 1, delivered: 2, read: 3, received: 0 } as const;

export interface MessagingInboundDeps {
  readonly store: MessagingRepository;
  /** The attachment service once the engine has one. */
  readonly attachments: () => AttachmentService | undefined;
  /** A delivery receipt for messages from this account, sent at these times. */
  readonly queueDeliveryReceipt: (accountId: AccountId, sentAt: ReadonlyArray<number>) => void;
}

/** New text and file messages, delivery and read receipts, typing, and reads on this account's other devices. */
export function messagingHandlers(deps: MessagingInboundDeps): ReadonlyArray<ContentHandler> {
  const { store } = deps;

  const newMessages: ContentHandler = {
    name: 'new-messages',
    apply(context) {
      for (const part of context.authored) {
        const data = part.data;
        // A reaction or a delete rides in a data message too; those are other modules'.
        if (data === null) continue;
        if (data.reaction !== null || data.deleteTargetSentTimestamp !== null) continue;
        const hasBody = data.body !== null && data.body.length > 0;
        if (!hasBody && data.attachments.length === 0) continue;
        // A message is its author and sent time: one already here (from history sync) is not stored twice.
        if (store.findMessageBySentAt(part.author, data.timestamp, context.senderDevice) !== undefined) continue;
        const quoteAuthor = data.quote === null ? undefined : parseAccountId(data.quote.targetAuthorAccountId);
        const result = store.insertMessage({
          conversationId: part.conversationId,
          kind: 'text',
          direction: part.direction,
          senderAccountId: part.author,
          senderDeviceId: context.senderDevice,
          serverGuid: context.guid,
          sentAt: data.timestamp,
          receivedAt: context.receivedAt,
          body: hasBody ? data.body : null,
          status: part.direction === 'incoming' ? 'received' : 'sent',
          errorText: null,
          quote:
            data.quote === null || quoteAuthor === undefined
              ? null
              : { authorAccountId: quoteAuthor, sentAt: data.quote.targetSentTimestamp, text: data.quote.text.slice(0, maxQuoteLength) },
        });
        if (!result.inserted) continue;
        context.emit({ kind: 'message', messageId: result.id });
        if (data.attachments.length > 0) {
          const attachments = deps.attachments();
          if (attachments !== undefined) {
            attachments.recordIncoming(result.id, data.attachments);
            context.afterCommit(() => {
              attachments.autoDownload(result.id);
            });
          }
        }
        context.replayWaiting(part.author, data.timestamp);
        if (part.direction === 'incoming') {
          const sentAt = data.timestamp;
          context.afterCommit(() => {
            deps.queueDeliveryReceipt(part.author, [sentAt]);
          });
        }
      }
    },
  };

  const syncRead: ContentHandler = {
    name: 'read-sync',
    apply(context) {
      const sync = context.content.syncMessage;
      if (sync === null || context.sender !== context.me.accountId) return;
      for (const read of sync.read) {
        const author = parseAccountId(read.senderAccountId);
        const message = author === undefined ? undefined : store.findMessageBySentAt(author, read.timestamp);
        if (message?.status !== 'received') continue;
        store.updateMessageStatus(message.id, 'read');
        store.setConversationLastRead(message.conversationId, message.sentAt);
        context.emit({ kind: 'message-updated', messageId: message.id });
      }
    },
  };

  const receipts: ContentHandler = {
    name: 'receipts',
    apply(context) {
      const receipt = context.content.receiptMessage;
      if (receipt === null) return;
      const type = receipt.type === ReceiptType.READ ? 'read' : 'delivered';
      for (const timestamp of receipt.timestamps) {
        const message = store.findMessageBySentAt(context.me.accountId, timestamp);
        if (message === undefined) continue;
        store.recordReceipt(message.id, context.sender, context.senderDevice, type, context.receivedAt);
        if (context.sender !== context.me.accountId && advances(message, type)) {
          store.updateMessageStatus(message.id, type);
          context.emit({ kind: 'message-updated', messageId: message.id });
        }
      }
    },
  };

  const typing: ContentHandler = {
    name: 'typing',
    apply(context) {
      const typingMessage = context.content.typingMessage;
      if (typingMessage === null || context.sender === context.me.accountId) return;
      context.emit({ kind: 'typing', accountId: context.sender, deviceId: context.senderDevice, started: typingMessage.action === TypingAction.STARTED });
    },
  };

  return [newMessages, syncRead, receipts, typing];
}

function advances(message: Message, type: 'delivered' | 'read'): boolean {
  return message.direction === 'outgoing' && statusRank[type] > statusRank[message.status];
}
