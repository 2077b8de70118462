/**
 * How one outbox item is sent and what its sending leaves behind (DESIGN.md "pipeline/
 * … outbound"). The part every item shares lives here: decode, send through the
 * transport, queue a transcript of what a contact got for this account's other devices,
 * remove the item, report the change. What a kind of item means (a message becomes
 * "sent", its sends are recorded, a refusal fails it visibly) is the job handler its
 * module registers for that kind.
 */
import type { Content } from '../../shared/proto/content';
import type { EngineLogger } from '../kernel/logger';
import { decodeContent, encodeContent } from '../messaging/content-codec';
import type { OutboxDelegate } from '../messaging/outbox';
import type { SendResult } from '../messaging/sender';
import type { AccountId, LocalAccount, Message, MessageId, OutboxItem, OutboxKind, SendFailureCode, Store } from '../store';
import { unsentRecipients } from '../store';

/** The relay took an item for one of its recipients. */
export interface SentToJob {
  readonly item: OutboxItem;
  readonly recipient: AccountId;
  readonly content: Content;
  /** The item's message, if it has one and it is still there. */
  readonly message: Message | undefined;
  readonly result: SendResult;
  readonly sentAt: number;
}

/** The relay took an item for all its recipients. */
export interface SentJob {
  readonly item: OutboxItem;
  readonly content: Content;
  readonly message: Message | undefined;
  readonly sentAt: number;
}

export interface OutboxJobHandler {
  readonly kind: OutboxKind;
  /** Sent as urgent (a push-worthy message) rather than in the background. */
  readonly urgent?: boolean;
  /**
   * What an unaccepted safety-number change of one of the item's recipients does: `fail`
   * ends the item visibly (the user may send it again once they accepted), `hold` keeps it
   * and its lane until the user accepts.
   */
  readonly onIdentityChange: 'fail' | 'hold';
  /** Inside the transaction that records one recipient as sent. */
  sentTo?(job: SentToJob): void;
  /** Inside the transaction that removes the item, sent to every recipient. */
  sent?(job: SentJob): void;
  /** Inside the transaction that removes an item ended unsent, for good, with `code`. */
  ended?(item: OutboxItem, code: SendFailureCode): void;
}

/** Job handlers by kind, registered by modules at composition. */
export class OutboxJobs {
  private readonly byKind = new Map<OutboxKind, OutboxJobHandler>();

  register(...handlers: ReadonlyArray<OutboxJobHandler>): this {
    for (const handler of handlers) {
      if (this.byKind.has(handler.kind)) throw new Error(`Two job handlers for outbox kind ${handler.kind}.`);
      this.byKind.set(handler.kind, handler);
    }
    return this;
  }

  /** A kind nothing registered is sent as it is and ends without effects. */
  of(kind: OutboxKind): OutboxJobHandler {
    return this.byKind.get(kind) ?? { kind, onIdentityChange: 'hold' };
  }
}

export interface DeliveryOptions {
  readonly store: Pick<Store, 'transaction' | 'getMessage' | 'getRecipient' | 'enqueueOutbox' | 'removeOutbox' | 'markOutboxRecipientSent'>;
  readonly jobs: OutboxJobs;
  readonly account: () => LocalAccount;
  readonly now: () => number;
  readonly log: EngineLogger;
  /** Sends to every device of one account (the transport's fan-out). */
  send(recipient: AccountId, payload: Uint8Array<ArrayBuffer>, timestamp: number, urgent: boolean): Promise<SendResult>;
  /** Whether sending to this contact waits for the user to accept a new safety number. */
  awaitsAcceptance(recipient: AccountId): boolean;
  /** Shows a contact's safety-number change in their conversation (call inside a transaction). */
  noteIdentityChange(accountId: AccountId): void;
  /** After an identity change held or failed an item: the contact and its conversation changed. */
  identityChanged(accountId: AccountId, failedMessageId: MessageId | null): void;
  /** A message's status changed. */
  messageChanged(message: Message): void;
}

/**
 * The outbox runner's delegate: sending, ending and holding items by their kind's handler.
 *
 * An item goes to its recipients one after another. Each account the relay took is marked
 * in the same transaction as what its handler records, so a retry after a failure or a
 * restart sends only to the accounts still missing; the last one's mark, the transcript
 * and the item's removal commit together.
 */
export function createDelivery(options: DeliveryOptions): Pick<OutboxDelegate, 'send' | 'fail' | 'isHeld' | 'identityChanged'> {
  const { store, jobs } = options;

  const end = (item: OutboxItem, code: SendFailureCode): void => {
    store.removeOutbox(item.id);
    jobs.of(item.kind).ended?.(item, code);
  };

  const changed = (messageId: MessageId | null): void => {
    if (messageId === null) return;
    const message = store.getMessage(messageId);
    if (message !== undefined) options.messageChanged(message);
  };

  /** The recipients still to send whose safety number waits for the user (all of them if the sender found it). */
  const changedRecipients = (item: OutboxItem): Array<AccountId> => {
    const unsent = unsentRecipients(item);
    const waiting = unsent.filter((recipient) => options.awaitsAcceptance(recipient));
    return waiting.length > 0 ? waiting : unsent;
  };

  /** What the contacts got (message, reply, reaction, delete, edit), for this account's other devices. */
  const transcriptOf = (item: OutboxItem, content: Content, timestamp: number, sealedBy: ReadonlyMap<AccountId, boolean>): Uint8Array => {
    const recipients = item.recipients.map((recipient) => recipient.accountId);
    const [only] = recipients;
    const direct = recipients.length === 1 && only !== undefined;
    return encodeContent({
      syncMessage: {
        sent: {
          // A transcript to several accounts names none: the group module's context says where it went.
          destinationAccountId: direct ? only : '',
          destinationHandle: direct ? (store.getRecipient(only)?.handle ?? null) : null,
          timestamp,
          message: content.dataMessage,
          editMessage: content.editMessage,
          unidentifiedStatus: recipients.map((accountId) => ({ destinationAccountId: accountId, unidentified: sealedBy.get(accountId) === true })),
        },
      },
    });
  };

  return {
    isHeld: (item) => unsentRecipients(item).some((recipient) => options.awaitsAcceptance(recipient)),

    identityChanged(item) {
      const failed = jobs.of(item.kind).onIdentityChange === 'fail';
      const accounts = changedRecipients(item);
      store.transaction(() => {
        if (failed) end(item, 'identity-changed');
        accounts.forEach((accountId) => {
          options.noteIdentityChange(accountId);
        });
      });
      accounts.forEach((accountId, index) => {
        options.identityChanged(accountId, failed && index === 0 ? item.messageId : null);
      });
      return failed ? 'failed' : 'hold';
    },

    fail(item, code) {
      store.transaction(() => {
        end(item, code);
      });
      options.log.warn({ event: 'outbox-failed', lane: item.lane, kind: item.kind, code }, 'send failed for good');
      changed(item.messageId);
    },

    async send(item) {
      const me = options.account();
      const handler = jobs.of(item.kind);
      const message = item.messageId === null ? undefined : store.getMessage(item.messageId);
      // A payload that does not decode cannot be sent as it is: ContentFormatError, a permanent failure.
      const content: Content = decodeContent(item.payload);
      // A sub-message absent on the wire decodes as null, whatever the generated type says.
      const editData = content.editMessage?.dataMessage as { readonly timestamp: number } | null | undefined;
      const timestamp = content.dataMessage?.timestamp ?? editData?.timestamp ?? message?.sentAt ?? item.createdAt;
      const sealedBy = new Map<AccountId, boolean>();
      for (const recipient of item.recipients) {
        if (recipient.sentAt !== null) sealedBy.set(recipient.accountId, recipient.sealed === true);
      }
      const unsent = unsentRecipients(item);
      // The relay reports whether this account has other devices with every send.
      let needsSync = false;
      let last: { readonly recipient: AccountId; readonly result: SendResult; readonly sentAt: number } | undefined;
      for (const [index, recipient] of unsent.entries()) {
        const result = await options.send(recipient, item.payload, timestamp, handler.urgent === true);
        const sentAt = options.now();
        sealedBy.set(recipient, result.sealed);
        needsSync ||= result.needsSync;
        if (index === unsent.length - 1) {
          last = { recipient, result, sentAt };
          break;
        }
        store.transaction(() => {
          store.markOutboxRecipientSent(item.id, recipient, result.sealed, sentAt);
          handler.sentTo?.({ item, recipient, content, message, result, sentAt });
        });
      }
      const sentAt = last?.sentAt ?? options.now();
      const transcript =
        item.recipients.some((recipient) => recipient.accountId !== me.accountId) &&
        needsSync &&
        (content.dataMessage !== null || content.editMessage !== null);
      store.transaction(() => {
        // The last recipient needs no mark: the item goes in this same transaction.
        if (last !== undefined) handler.sentTo?.({ item, recipient: last.recipient, content, message, result: last.result, sentAt: last.sentAt });
        // Queued, so the transcript survives a failure here.
        if (transcript) {
          store.enqueueOutbox({
            kind: 'sync',
            recipients: [me.accountId],
            messageId: item.kind === 'message' && message !== undefined ? message.id : null,
            payload: transcriptOf(item, content, timestamp, sealedBy),
          });
        }
        store.removeOutbox(item.id);
        handler.sent?.({ item, content, message, sentAt });
      });
      if (message !== undefined) options.messageChanged(message);
    },
  };
}
