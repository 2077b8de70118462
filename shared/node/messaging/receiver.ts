/**
 * The receive pipeline (DESIGN.md "Receiving"): for each envelope the relay pushes,
 * decrypt, apply, commit to the database, and only then let the socket acknowledge it.
 * libsignal's state changes are staged and committed in the same transaction as what
 * they produced, so a crash anywhere before the commit leaves everything as it was and
 * the redelivered envelope is processed again. A duplicate server guid is dropped.
 */
import {
  CiphertextMessageType,
  DecryptionErrorMessage,
  ErrorCode,
  LibSignalErrorBase,
  PlaintextContent,
  PreKeySignalMessage,
  ProtocolAddress,
  sealedSenderDecryptMessage,
  signalDecrypt,
  signalDecryptPreKey,
  SignalMessage,
} from '@signalapp/libsignal-client';
import type { PublicKey, SealedSenderDecryptionResult } from '@signalapp/libsignal-client';
import type { Envelope } from '../../proto';
import { Envelope as EnvelopeCodec, EnvelopeType } from '../../proto';
import type { Content } from '../../proto/content';
import { ReceiptType, TypingAction } from '../../proto/content';
import { HandleSchema } from '../../relay-api';
import { createSignalStores } from '../signal';
import { StagedSignalStorage } from '../signal/staged-storage';
import type { AccountId, DeviceId, LocalAccount, Message, MessageId, Store } from '../store';
import { toAccountId, toDeviceId, toServerGuid } from '../store';
import type { Mutex } from '../mutex';
import { ContentFormatError, decodeContent } from './content-codec';

export type ReceivedEvent =
  | { readonly kind: 'message'; readonly messageId: MessageId }
  | { readonly kind: 'message-updated'; readonly messageId: MessageId }
  | { readonly kind: 'typing'; readonly accountId: AccountId; readonly deviceId: DeviceId; readonly started: boolean }
  | { readonly kind: 'identity-changed'; readonly accountId: AccountId }
  | { readonly kind: 'decryption-error-reported'; readonly accountId: AccountId; readonly deviceId: DeviceId; readonly sentAt: number };

/** What the pipeline asks of the rest of the engine after a commit. */
export interface ReceiverEffects {
  /** A delivery receipt for messages from this account, sent at these times. */
  queueDeliveryReceipt(accountId: AccountId, sentAt: ReadonlyArray<number>): void;
  /** Tell a sender its message could not be decrypted (libsignal's retry request). */
  sendDecryptionError(accountId: AccountId, deviceId: DeviceId, errorMessage: DecryptionErrorMessage): void;
  emit(event: ReceivedEvent): void;
  /** A sealed envelope whose sender could not be established (bad certificate, garbage). */
  onUnattributable?(error: unknown): void;
}

const statusRank = { pending: 0, failed: 0, sent: 1, delivered: 2, read: 3, received: 0 } as const;

export class ReceivePipeline {
  constructor(
    private readonly store: Store,
    private readonly local: () => LocalAccount,
    private readonly effects: ReceiverEffects,
    private readonly sessionLock: Mutex,
    /** The relay's pinned sealed-sender trust root. */
    private readonly trustRoot: () => Promise<PublicKey>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves once the envelope is committed (or deliberately dropped): then it may be acknowledged. */
  handle(envelopeBytes: Uint8Array): Promise<void> {
    return this.sessionLock.runExclusive(() => this.process(envelopeBytes));
  }

  private async process(envelopeBytes: Uint8Array): Promise<void> {
    let envelope: Envelope;
    try {
      envelope = EnvelopeCodec.decode(envelopeBytes);
    } catch {
      // Nothing can be attributed or repaired; keeping it would block the queue forever.
      return;
    }
    if (envelope.serverGuid === '' || this.store.hasProcessedEnvelope(toServerGuid(envelope.serverGuid))) return;
    const guid = toServerGuid(envelope.serverGuid);
    const me = this.local();
    const localAddress = ProtocolAddress.new(me.accountId, me.deviceId);
    const staged = new StagedSignalStorage(this.store);
    const stores = createSignalStores(staged);
    const events: Array<ReceivedEvent> = [];

    if (envelope.type === EnvelopeType.UNIDENTIFIED_SENDER) {
      // Sealed sender: the relay never knew who sent this; the sender's certificate inside says it.
      let result: SealedSenderDecryptionResult;
      try {
        result = await sealedSenderDecryptMessage(
          Uint8Array.from(envelope.content),
          await this.trustRoot(),
          envelope.serverTimestamp,
          null,
          me.accountId,
          me.deviceId,
          stores.session,
          stores.identity,
          stores.preKey,
          stores.signedPreKey,
          stores.kyberPreKey,
        );
      } catch (error) {
        staged.discard();
        // Without a valid certificate the sender cannot be named, so nothing can be shown or repaired.
        if (!(error instanceof LibSignalErrorBase && error.code === ErrorCode.DuplicatedMessage)) this.effects.onUnattributable?.(error);
        this.store.transaction(() => this.store.markEnvelopeProcessed(guid));
        return;
      }
      this.commitDecrypted(result.message(), envelope, toAccountId(result.senderUuid()), toDeviceId(result.deviceId()), guid, staged, events);
      return;
    }

    const source = envelope.sourceAccountId ?? undefined;
    const sourceDevice = envelope.sourceDeviceId ?? undefined;
    if (source === undefined || sourceDevice === undefined) {
      this.store.transaction(() => this.store.markEnvelopeProcessed(guid));
      return;
    }
    const sender = toAccountId(source);
    const senderDevice = toDeviceId(sourceDevice);
    const address = ProtocolAddress.new(sender, senderDevice);
    let plaintext: Uint8Array;
    try {
      switch (envelope.type) {
        case EnvelopeType.PREKEY_MESSAGE:
          plaintext = await signalDecryptPreKey(
            PreKeySignalMessage.deserialize(Uint8Array.from(envelope.content)),
            address,
            localAddress,
            stores.session,
            stores.identity,
            stores.preKey,
            stores.signedPreKey,
            stores.kyberPreKey,
          );
          break;
        case EnvelopeType.CIPHERTEXT:
          plaintext = await signalDecrypt(
            SignalMessage.deserialize(Uint8Array.from(envelope.content)),
            address,
            localAddress,
            stores.session,
            stores.identity,
          );
          break;
        case EnvelopeType.PLAINTEXT_CONTENT:
          await this.handleDecryptionErrorReport(envelope, sender, senderDevice, guid);
          return;
        default:
          this.store.transaction(() => this.store.markEnvelopeProcessed(guid));
          return;
      }
    } catch (error) {
      staged.discard();
      if (error instanceof LibSignalErrorBase && error.code === ErrorCode.DuplicatedMessage) {
        this.store.transaction(() => this.store.markEnvelopeProcessed(guid));
        return;
      }
      this.recordUndecryptable(envelope, sender, senderDevice, guid, error);
      return;
    }
    this.commitDecrypted(plaintext, envelope, sender, senderDevice, guid, staged, events);
  }

  private commitDecrypted(
    plaintext: Uint8Array,
    envelope: Envelope,
    sender: AccountId,
    senderDevice: DeviceId,
    guid: ReturnType<typeof toServerGuid>,
    staged: StagedSignalStorage,
    events: Array<ReceivedEvent>,
  ): void {
    let content: Content;
    try {
      content = decodeContent(plaintext);
    } catch (error) {
      // The session advanced (keep that), but the content is unusable: show it as an error.
      this.store.transaction(() => {
        staged.commit();
      });
      this.recordUndecryptable(envelope, sender, senderDevice, guid, error);
      return;
    }

    const receipts: Array<number> = [];
    this.store.transaction(() => {
      staged.commit();
      this.store.saveRecipientDevice(sender, senderDevice, null);
      this.apply(content, envelope, sender, senderDevice, guid, events, receipts);
      this.store.markEnvelopeProcessed(guid);
    });
    if (receipts.length > 0) this.effects.queueDeliveryReceipt(sender, receipts);
    for (const event of events) this.effects.emit(event);
  }

  private apply(
    content: Content,
    envelope: Envelope,
    sender: AccountId,
    senderDevice: DeviceId,
    guid: ReturnType<typeof toServerGuid>,
    events: Array<ReceivedEvent>,
    receipts: Array<number>,
  ): void {
    const me = this.local();
    const receivedAt = this.now();
    const data = content.dataMessage;
    if (data !== null && sender !== me.accountId) {
      if (data.profileKey !== null && data.profileKey.length === 32) {
        this.store.upsertRecipient({ accountId: sender, profileKey: Uint8Array.from(data.profileKey) });
      }
      this.learnHandle(sender, data.senderHandle);
      // A message is its author and sent time: one already here (from history sync) is not stored twice.
      if (data.body !== null && this.store.findMessageBySentAt(sender, data.timestamp, senderDevice) === undefined) {
        const conversation = this.store.getOrCreateDirectConversation(sender);
        const result = this.store.insertMessage({
          conversationId: conversation.id,
          kind: 'text',
          direction: 'incoming',
          senderAccountId: sender,
          senderDeviceId: senderDevice,
          serverGuid: guid,
          sentAt: data.timestamp,
          receivedAt,
          body: data.body,
          status: 'received',
          errorText: null,
        });
        if (result.inserted) {
          events.push({ kind: 'message', messageId: result.id });
          receipts.push(data.timestamp);
        }
      }
    }
    const sync = content.syncMessage;
    if (sync !== null && sender === me.accountId) {
      const sent = sync.sent;
      if (sent?.message?.body != null && sent.destinationAccountId !== '' && this.store.findMessageBySentAt(me.accountId, sent.timestamp, senderDevice) === undefined) {
        const destination = toAccountId(sent.destinationAccountId);
        this.learnHandle(destination, sent.destinationHandle);
        const conversation = this.store.getOrCreateDirectConversation(destination);
        const result = this.store.insertMessage({
          conversationId: conversation.id,
          kind: 'text',
          direction: 'outgoing',
          senderAccountId: me.accountId,
          senderDeviceId: senderDevice,
          serverGuid: guid,
          sentAt: sent.timestamp,
          receivedAt,
          body: sent.message.body,
          status: 'sent',
          errorText: null,
        });
        if (result.inserted) events.push({ kind: 'message', messageId: result.id });
      }
      for (const read of sync.read) {
        const message = this.store.findMessageBySentAt(toAccountId(read.senderAccountId), read.timestamp);
        if (message !== undefined && message.status !== 'read') {
          this.store.updateMessageStatus(message.id, 'read');
          events.push({ kind: 'message-updated', messageId: message.id });
        }
      }
    }
    const receipt = content.receiptMessage;
    if (receipt !== null) {
      const type = receipt.type === ReceiptType.READ ? 'read' : 'delivered';
      for (const timestamp of receipt.timestamps) {
        const message = this.store.findMessageBySentAt(me.accountId, timestamp);
        if (message === undefined) continue;
        this.store.recordReceipt(message.id, sender, senderDevice, type, receivedAt);
        if (sender !== me.accountId && advances(message, type)) {
          this.store.updateMessageStatus(message.id, type);
          events.push({ kind: 'message-updated', messageId: message.id });
        }
      }
    }
    const typing = content.typingMessage;
    if (typing !== null && sender !== me.accountId) {
      events.push({ kind: 'typing', accountId: sender, deviceId: senderDevice, started: typing.action === TypingAction.STARTED });
    }
  }

  /** Remembers a contact's handle the first time a message names it (a handle, once known, is not replaced). */
  private learnHandle(accountId: AccountId, handle: string | null | undefined): void {
    if (handle == null || !HandleSchema.safeParse(handle).success) return;
    if (this.store.getRecipient(accountId)?.handle != null) return;
    this.store.upsertRecipient({ accountId, handle });
  }

  /** The message is lost to us, but not silently: it shows in the conversation, and the sender is told. */
  private recordUndecryptable(envelope: Envelope, sender: AccountId, senderDevice: DeviceId, guid: ReturnType<typeof toServerGuid>, error: unknown): void {
    const reason =
      error instanceof ContentFormatError
        ? error.message
        : error instanceof LibSignalErrorBase && error.code === ErrorCode.UntrustedIdentity
          ? 'This contact’s safety number changed; the message could not be verified.'
          : 'A message from this contact could not be decrypted. They have been asked to send it again.';
    let messageId: MessageId | undefined;
    this.store.transaction(() => {
      const conversation = this.store.getOrCreateDirectConversation(sender === this.local().accountId ? sender : sender);
      const result = this.store.insertMessage({
        conversationId: conversation.id,
        kind: 'undecryptable',
        direction: 'incoming',
        senderAccountId: sender,
        senderDeviceId: senderDevice,
        serverGuid: guid,
        sentAt: envelope.clientTimestamp,
        receivedAt: this.now(),
        body: null,
        status: 'received',
        errorText: reason,
      });
      if (result.inserted) messageId = result.id;
      this.store.markEnvelopeProcessed(guid);
    });
    if (messageId !== undefined) this.effects.emit({ kind: 'message', messageId });
    if (!(error instanceof ContentFormatError)) {
      const type = envelope.type === EnvelopeType.PREKEY_MESSAGE ? CiphertextMessageType.PreKey : CiphertextMessageType.Whisper;
      try {
        const report = DecryptionErrorMessage.forOriginal(Uint8Array.from(envelope.content), type, envelope.clientTimestamp, senderDevice);
        this.effects.sendDecryptionError(sender, senderDevice, report);
      } catch {
        // The ciphertext was too mangled to describe; the visible error above remains.
      }
    }
  }

  /** A peer could not decrypt what we sent: drop our session with that device so the next message starts afresh. */
  private async handleDecryptionErrorReport(envelope: Envelope, sender: AccountId, senderDevice: DeviceId, guid: ReturnType<typeof toServerGuid>): Promise<void> {
    let report: DecryptionErrorMessage;
    try {
      report = DecryptionErrorMessage.extractFromSerializedBody(PlaintextContent.deserialize(Uint8Array.from(envelope.content)).body());
    } catch {
      this.store.transaction(() => this.store.markEnvelopeProcessed(guid));
      return;
    }
    const staged = new StagedSignalStorage(this.store);
    await createSignalStores(staged).session.archiveSession(ProtocolAddress.new(sender, senderDevice));
    this.store.transaction(() => {
      staged.commit();
      this.store.markEnvelopeProcessed(guid);
    });
    this.effects.emit({ kind: 'decryption-error-reported', accountId: sender, deviceId: senderDevice, sentAt: report.timestamp() });
  }
}

function advances(message: Message, type: 'delivered' | 'read'): boolean {
  return message.direction === 'outgoing' && statusRank[type] > statusRank[message.status];
}
