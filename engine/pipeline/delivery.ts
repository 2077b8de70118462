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

export interface SentJob {
  readonly item: OutboxItem;
  readonly content: Content;
  /** The item's message, if it has one and it is still there. */
  readonly message: Message | undefined;
  readonly result: SendResult;
  readonly sentAt: number;
}

export interface OutboxJobHandler {
  readonly kind: OutboxKind;
  /** Sent as urgent (a push-worthy message) rather than in the background. */
  readonly urgent?: boolean;
  /**
   * What an unaccepted safety-number change of the item's contact does: `fail` ends the
   * item visibly (the user may send it again once they accepted), `hold` keeps it and its
   * lane until the user accepts.
   */
  readonly onIdentityChange: 'fail' | 'hold';
  /** Inside the transaction that removes the sent item. */
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
  readonly store: Pick<Store, 'transaction' | 'getMessage' | 'getRecipient' | 'enqueueOutbox' | 'removeOutbox'>;
  readonly jobs: OutboxJobs;
  readonly account: () => LocalAccount;
  readonly now: () => number;
  readonly log: EngineLogger;
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

/** The outbox runner's delegate: sending, ending and holding items by their kind's handler. */
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

  return {
    isHeld: (item) => options.awaitsAcceptance(item.recipientAccountId),

    identityChanged(item) {
      const failed = jobs.of(item.kind).onIdentityChange === 'fail';
      store.transaction(() => {
        if (failed) end(item, 'identity-changed');
        options.noteIdentityChange(item.recipientAccountId);
      });
      options.identityChanged(item.recipientAccountId, failed ? item.messageId : null);
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
      const result = await options.send(item.recipientAccountId, item.payload, timestamp, handler.urgent === true);
      const sentAt = options.now();
      // What the contact got (message, reply, reaction, delete, edit) goes to this
      // account's other devices as a transcript, queued so it survives a failure here.
      const transcript =
        item.recipientAccountId !== me.accountId && result.needsSync && (content.dataMessage !== null || content.editMessage !== null);
      store.transaction(() => {
        if (transcript) {
          store.enqueueOutbox({
            kind: 'sync',
            recipientAccountId: me.accountId,
            messageId: item.kind === 'message' && message !== undefined ? message.id : null,
            payload: encodeContent({
              syncMessage: {
                sent: {
                  destinationAccountId: item.recipientAccountId,
                  destinationHandle: store.getRecipient(item.recipientAccountId)?.handle ?? null,
                  timestamp,
                  message: content.dataMessage,
                  editMessage: content.editMessage,
                  unidentifiedStatus: [{ destinationAccountId: item.recipientAccountId, unidentified: result.sealed }],
                },
              },
            }),
          });
        }
        store.removeOutbox(item.id);
        handler.sent?.({ item, content, message, result, sentAt });
      });
      if (message !== undefined) options.messageChanged(message);
    },
  };
}
