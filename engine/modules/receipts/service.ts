/**
 * Delivery and read receipts. Delivery receipts are gathered for a moment and sent as
 * one message per sender, as a backlog of hundreds of messages would otherwise answer
 * with hundreds of receipts (a receipt lost to a crash in that moment only leaves a
 * message showing "sent"). Reading a conversation tells its senders and this account's
 * other devices.
 */
import { ReceiptType } from '../../../shared/proto/content';
import type { Cancel, Scheduler } from '../../kernel/scheduler';
import type { StorageGuard } from '../../kernel/storage-guard';
import type { OutboundPort } from '../../pipeline/outbound';
import type { AccountId, ConversationId, Store } from '../../store';

/** How long delivery receipts gather before they go. */
const batchMs = 150;
/** Timestamps per receipt or read-sync message. */
const perMessage = 500;

export type ReceiptsRepository = Pick<Store, 'transaction' | 'listUnreadMessages' | 'updateMessageStatus' | 'setConversationLastRead'>;

export interface ReceiptsService {
  /** Receiving: `accountId` should learn that these of its messages arrived. */
  queueDelivery(accountId: AccountId, sentAt: ReadonlyArray<number>): void;
  /** Marks a conversation read here, tells the senders (read receipts) and this account's other devices. */
  markRead(conversationId: ConversationId): void;
  /** Queues what is gathered now (on stop); throws what the store throws. */
  flush(): void;
  /** Drops what is gathered (storage failed: nothing may be written). */
  discard(): void;
}

export function createReceiptsService(options: {
  readonly store: ReceiptsRepository;
  readonly out: OutboundPort;
  readonly scheduler: Scheduler;
  readonly guard: StorageGuard;
}): ReceiptsService {
  const { store, out } = options;
  const pending = new Map<AccountId, Array<number>>();
  let cancel: Cancel | undefined;

  const flush = (): void => {
    cancel?.();
    cancel = undefined;
    const batches = [...pending];
    pending.clear();
    if (batches.length === 0) return;
    store.transaction(() => {
      for (const [accountId, timestamps] of batches) {
        for (let start = 0; start < timestamps.length; start += perMessage) {
          out.enqueue('receipt', [accountId], null, { receiptMessage: { type: ReceiptType.DELIVERY, timestamps: timestamps.slice(start, start + perMessage) } });
        }
      }
    });
  };

  return {
    queueDelivery(accountId, sentAt) {
      const list = pending.get(accountId);
      if (list === undefined) pending.set(accountId, [...sentAt]);
      else list.push(...sentAt);
      if (cancel !== undefined) return;
      cancel = options.scheduler.after(batchMs, () => {
        cancel = undefined;
        options.guard.run(flush);
      });
    },

    flush,

    discard() {
      cancel?.();
      cancel = undefined;
      pending.clear();
    },

    markRead(conversationId) {
      const me = out.account();
      const unread = store.listUnreadMessages(conversationId);
      if (unread.length === 0) return;
      const bySender = new Map<AccountId, Array<number>>();
      store.transaction(() => {
        for (const message of unread) {
          store.updateMessageStatus(message.id, 'read');
          const sent = bySender.get(message.senderAccountId);
          if (sent === undefined) bySender.set(message.senderAccountId, [message.sentAt]);
          else sent.push(message.sentAt);
        }
        store.setConversationLastRead(conversationId, unread.at(-1)?.sentAt ?? 0);
        for (const [sender, timestamps] of bySender) {
          for (let start = 0; start < timestamps.length; start += perMessage) {
            out.enqueue('receipt', [sender], null, { receiptMessage: { type: ReceiptType.READ, timestamps: timestamps.slice(start, start + perMessage) } });
          }
        }
        for (let start = 0; start < unread.length; start += perMessage) {
          out.enqueue('sync', [me.accountId], null, {
            syncMessage: {
              read: unread.slice(start, start + perMessage).map((message) => ({ senderAccountId: message.senderAccountId, timestamp: message.sentAt })),
            },
          });
        }
      });
      out.messagesChanged(conversationId, unread.map((message) => message.id));
    },
  };
}
