/**
 * Messages this device writes and reads: sending (text, attachments, replies), retrying
 * what failed, typing indicators, and the reads a conversation view needs. Reactions and
 * edits/deletes are modules of their own; the composition root puts their services
 * beside this one under `engine.messaging`.
 */
import type { DataMessageFields } from '../../../shared/proto/content';
import { TypingAction } from '../../../shared/proto/content';
import type { AttachmentId, AttachmentService } from '../../attachments/types';
import { EngineError } from '../../kernel/errors';
import type { StorageGuard } from '../../kernel/storage-guard';
import { encodeContent } from '../../messaging/content-codec';
import type { OutboundPort } from '../../pipeline/outbound';
import type {
  AccountId,
  ConversationId,
  Message,
  MessageId,
  MessagePage,
  MessagePageAnchor,
  MessageSend,
  Reaction,
  Receipt,
  Store,
  Timestamp,
} from '../../store';
import type { OutgoingMessageHooks } from './hooks';
import { addressedConversation } from './lookups';

/** Longest quoted text carried in a reply (the whole message stays where it is). */
const maxQuoteLength = 2_000;

export interface OutgoingMessageInput {
  /** May be empty when there are attachments. */
  readonly body: string;
  readonly attachmentIds?: ReadonlyArray<AttachmentId>;
  /** A message of the same conversation this one replies to. */
  readonly quoteMessageId?: MessageId | null;
}

export interface MessageDeliveries {
  /** Each device a message was encrypted for. */
  readonly sends: ReadonlyArray<MessageSend>;
  /** Delivery and read receipts, per device. */
  readonly receipts: ReadonlyArray<Receipt>;
}

export interface MessagingService {
  /**
   * A new message: text, attachments (ids of staged uploads), an optional reply. Stored
   * as pending at once, before anything touches the network, so a message composed
   * offline survives a restart and goes out in order. Text-only messages are queued in
   * the same transaction, messages with attachments once their files are on the relay.
   * Other modules may change the text and add to that transaction (`OutgoingMessageHooks`).
   */
  send(conversationId: ConversationId, input: OutgoingMessageInput): MessageId;
  /** A text message to a contact's one-to-one conversation (created if needed). */
  sendText(recipient: AccountId, body: string): MessageId;
  /**
   * Sends a message that failed (refused by the relay, blocked by a safety-number change,
   * an upload that failed) again, under its original sent timestamp, so a recipient who
   * did get it after all still stores it once.
   */
  retry(messageId: MessageId): void;
  /** Typing indicators are ephemeral: sent now if online, never queued. */
  typing(recipient: AccountId, started: boolean): Promise<void>;

  get(messageId: MessageId): Message | undefined;
  /** The latest `limit` messages of a conversation, oldest first. */
  list(conversationId: ConversationId, limit?: number): Array<Message>;
  page(conversationId: ConversationId, anchor: MessagePageAnchor, limit: number): MessagePage;
  /** A message by its author and sent timestamp (how the wire names messages). */
  findBySentAt(author: AccountId, sentAt: Timestamp): Message | undefined;
  reactions(messageIds: ReadonlyArray<MessageId>): Array<Reaction>;
  deliveries(messageId: MessageId): MessageDeliveries;
}

export type MessagingServiceRepository = Pick<
  Store,
  | 'transaction'
  | 'getConversation'
  | 'getOrCreateDirectConversation'
  | 'getMessage'
  | 'insertMessage'
  | 'enqueueOutbox'
  | 'isMessageQueued'
  | 'listAttachmentsForMessage'
  | 'listUnqueuedPendingMessages'
  | 'updateMessageStatus'
  | 'setMessageErrorCode'
  | 'listMessages'
  | 'pageMessages'
  | 'findMessageBySentAt'
  | 'listReactions'
  | 'listMessageSends'
  | 'listReceipts'
>;

export interface MessagingInternals extends MessagingService {
  /**
   * Messages whose attachments were still uploading when the engine last stopped:
   * upload again (finished files are skipped) and queue them then.
   */
  resumeUploads(): void;
}

export function createMessagingService(deps: {
  readonly store: MessagingServiceRepository;
  readonly out: OutboundPort;
  readonly attachments: AttachmentService;
  readonly guard: StorageGuard;
  /** Before the first message to a contact: this account's profile goes first. */
  readonly shareProfile: (recipient: AccountId) => void;
  /** Something was queued for `recipients` outside `out.enqueue`: the outbox looks again. */
  readonly wake: (recipients: ReadonlyArray<AccountId>) => void;
  /** Sends ephemeral content now, sealed when possible. */
  readonly sendNow: (recipient: AccountId, payload: Uint8Array<ArrayBuffer>, timestamp: number) => Promise<unknown>;
  readonly statusChanged: (message: Pick<Message, 'id' | 'conversationId'>) => void;
  /** Other modules' part in a new message (the console's signed, audited replies). */
  readonly hooks: Pick<OutgoingMessageHooks, 'composing' | 'stored'>;
}): MessagingInternals {
  const { store, out, attachments, guard } = deps;

  /** The DataMessage of one of this device's own messages, as it was first sent (same timestamp). */
  const dataMessageOf = (message: Message): DataMessageFields => {
    const me = out.account();
    const quote = message.quote;
    return {
      body: message.body,
      timestamp: message.sentAt,
      profileKey: me.profileKey,
      senderHandle: me.handle,
      quote: quote === null ? null : { targetAuthorAccountId: quote.authorAccountId, targetSentTimestamp: quote.sentAt, text: quote.text },
    };
  };

  const queueMessage = (messageId: MessageId, recipients: ReadonlyArray<AccountId>, data: DataMessageFields): void => {
    store.enqueueOutbox({ kind: 'message', recipients, messageId, payload: encodeContent({ dataMessage: data }) });
  };

  const fail = (messageId: MessageId, code: 'send-failed' | 'upload-failed'): void => {
    store.transaction(() => {
      store.updateMessageStatus(messageId, 'failed');
      store.setMessageErrorCode(messageId, code);
    });
  };

  /** Uploads first; the message goes into the outbox with the pointers, or fails. */
  const uploadThenQueue = (messageId: MessageId, recipients: ReadonlyArray<AccountId>, data: DataMessageFields): void => {
    attachments.uploadForMessage(messageId).then(
      (attachmentPointers) => {
        if (store.getMessage(messageId) === undefined) return;
        guard.run(() => {
          queueMessage(messageId, recipients, { ...data, attachments: attachmentPointers });
        });
        deps.wake(recipients);
      },
      () => {
        guard.run(() => {
          const message = store.getMessage(messageId);
          if (message === undefined) return;
          fail(messageId, 'upload-failed');
          deps.statusChanged(message);
        });
      },
    );
  };

  const send = (conversationId: ConversationId, input: OutgoingMessageInput): MessageId => {
    const me = out.account();
    const conversation = addressedConversation(store, conversationId);
    const recipients = conversation.members;
    const attachmentIds = input.attachmentIds ?? [];
    const written = input.body.length > 0 ? input.body : null;
    if ((written === null || written.trim().length === 0) && attachmentIds.length === 0) throw new EngineError('message-empty');
    let quote: Message['quote'] = null;
    if (input.quoteMessageId != null) {
      const target = store.getMessage(input.quoteMessageId);
      if (target?.conversationId !== conversationId || target.kind !== 'text' || target.deletedForEveryone) {
        throw new EngineError('quote-not-in-conversation');
      }
      quote = { authorAccountId: target.senderAccountId, sentAt: target.sentAt, text: (target.body ?? '').slice(0, maxQuoteLength) };
    }
    const { messageId, data } = store.transaction(() => {
      // Issued inside the transaction, so its high-water mark commits with the message.
      const sentAt = out.uniqueTimestamp();
      const body = deps.hooks.composing({ conversation, body: written });
      const data: DataMessageFields = {
        body,
        timestamp: sentAt,
        profileKey: me.profileKey,
        senderHandle: me.handle,
        quote: quote === null ? null : { targetAuthorAccountId: quote.authorAccountId, targetSentTimestamp: quote.sentAt, text: quote.text },
      };
      recipients.forEach(deps.shareProfile);
      const inserted = store.insertMessage({
        conversationId,
        kind: 'text',
        direction: 'outgoing',
        senderAccountId: me.accountId,
        senderDeviceId: me.deviceId,
        serverGuid: null,
        sentAt,
        receivedAt: sentAt,
        body,
        status: 'pending',
        errorText: null,
        quote,
      });
      if (!inserted.inserted) throw new Error('A new message collided with a stored one.');
      if (attachmentIds.length > 0) attachments.attachToMessage(inserted.id, attachmentIds);
      else queueMessage(inserted.id, recipients, data);
      deps.hooks.stored({ conversation, messageId: inserted.id, sentAt, senderDeviceId: me.deviceId });
      return { messageId: inserted.id, data };
    });
    if (attachmentIds.length > 0) uploadThenQueue(messageId, recipients, data);
    deps.wake(recipients);
    out.messagesChanged(conversationId, [messageId]);
    return messageId;
  };

  return {
    send,

    sendText: (recipient, body) => send(store.getOrCreateDirectConversation(recipient).id, { body }),

    retry(messageId) {
      const message = store.getMessage(messageId);
      if (message === undefined) throw new EngineError('message-not-found');
      const me = out.account();
      if (message.kind !== 'text' || message.direction !== 'outgoing' || message.senderAccountId !== me.accountId || message.senderDeviceId !== me.deviceId) {
        throw new EngineError('retry-not-own-device');
      }
      if (message.status !== 'failed' || message.deletedForEveryone || store.isMessageQueued(messageId)) {
        throw new EngineError('retry-not-waiting');
      }
      const recipients = addressedConversation(store, message.conversationId).members;
      const data = dataMessageOf(message);
      const withAttachments = store.listAttachmentsForMessage(messageId).length > 0;
      store.transaction(() => {
        store.updateMessageStatus(messageId, 'pending');
        store.setMessageErrorCode(messageId, null);
        if (!withAttachments) queueMessage(messageId, recipients, data);
      });
      // Files already on the relay are not uploaded again.
      if (withAttachments) uploadThenQueue(messageId, recipients, data);
      deps.wake(recipients);
      deps.statusChanged(message);
    },

    resumeUploads() {
      const me = out.account();
      for (const message of store.listUnqueuedPendingMessages()) {
        // Another device's pending message (imported history) is that device's business.
        if (message.senderDeviceId !== me.deviceId) continue;
        const recipients = store.getConversation(message.conversationId)?.members ?? [];
        if (recipients.length === 0 || store.listAttachmentsForMessage(message.id).length === 0) {
          fail(message.id, 'send-failed');
          continue;
        }
        uploadThenQueue(message.id, recipients, dataMessageOf(message));
      }
    },

    async typing(recipient, started) {
      const timestamp = out.now();
      await deps.sendNow(recipient, encodeContent({ typingMessage: { timestamp, action: started ? TypingAction.STARTED : TypingAction.STOPPED } }), timestamp);
    },

    get: (messageId) => store.getMessage(messageId),
    list: (conversationId, limit = 100) => store.listMessages(conversationId, { limit }),
    page: (conversationId, anchor, limit) => store.pageMessages(conversationId, anchor, limit),
    findBySentAt: (author, sentAt) => store.findMessageBySentAt(author, sentAt),
    reactions: (messageIds) => store.listReactions(messageIds),
    deliveries: (messageId) => ({ sends: store.listMessageSends(messageId), receipts: store.listReceipts(messageId) }),
  };
}
