/**
 * The client engine: one device of a Parley account, under plain Node. It owns the
 * encrypted store, talks to the relay, sends through a persisted outbox with client
 * fan-out, and commits every received envelope before acknowledging it. The phone CLI
 * and the desktop host both run it; neither talks to libsignal or the relay directly.
 */
import { randomBytes } from 'node:crypto';
import type { DecryptionErrorMessage } from '@signalapp/libsignal-client';
import { IdentityKeyPair, PlaintextContent, ProtocolAddress, PublicKey, SenderCertificate } from '@signalapp/libsignal-client';
import { EnvelopeType } from '../proto';
import type { ContentFields } from '../proto/content';
import { ReceiptType, TypingAction } from '../proto/content';
import { asDeviceId } from '../relay-api';
import { generateOneTimeKeys, generateRegistrationId, generateSignedKeys, refillPreKeysIfLow, rotateSignedKeysIfDue } from './account/keys';
import { Emitter } from './events';
import type { Disposer } from './events';
import { encodeContent } from './messaging/content-codec';
import { Mutex } from './mutex';
import { IdentityChangedError, UnknownContactError } from './messaging/errors';
import { ReceivePipeline } from './messaging/receiver';
import type { ReceivedEvent } from './messaging/receiver';
import { MessageSender } from './messaging/sender';
import type { SendResult } from './messaging/sender';
import { deriveAccessKey } from './crypto/access-key';
import { RelayAuthError, RelayHttpError, StaleDevicesError } from './relay-client/errors';
import { RelayHttpClient } from './relay-client/http';
import { DeviceConnection } from './relay-client/socket';
import type { DeviceConnectionState } from './relay-client/socket';
import { createSignalStores } from './signal';
import type { SignalStores } from './signal';
import type { AccountId, ConversationId, LocalAccount, Message, MessageId, OutboxItem, Store } from './store';
import { NoLocalAccountError, toAccountId, toDeviceId } from './store';

export interface EngineEvents extends Record<string, unknown> {
  connection: DeviceConnectionState;
  received: ReceivedEvent;
  /** An outgoing message changed state (sent, failed). */
  messageStatus: { readonly messageId: MessageId };
  /** The relay's backlog at connect time has been processed. */
  queueEmpty: undefined;
  /** Every queued outgoing item has been sent (or failed for good). */
  outboxIdle: undefined;
}

export interface EngineOptions {
  readonly store: Store;
  readonly relayUrl: string;
  readonly now?: () => number;
}

const outboxRetryBaseMs = 1_000;
const outboxRetryMaxMs = 60_000;

export class Engine {
  readonly events = new Emitter<EngineEvents>();
  readonly relay: RelayHttpClient;
  private readonly signal: SignalStores;
  private readonly sender: MessageSender;
  private readonly receiver: ReceivePipeline;
  private connection: DeviceConnection | undefined;
  private draining: Promise<void> | undefined;
  private drainAgain = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly now: () => number;
  /** One at a time: sending and receiving both advance libsignal sessions. */
  private readonly sessionLock = new Mutex();

  constructor(private readonly options: EngineOptions) {
    this.now = options.now ?? Date.now;
    const account = options.store.getAccount();
    this.relay = new RelayHttpClient(
      options.relayUrl,
      account === undefined ? undefined : { accountId: account.accountId, deviceId: account.deviceId, password: account.relayPassword },
    );
    this.signal = createSignalStores(options.store);
    this.sender = new MessageSender(options.store, this.relay, this.signal, () => this.account, this.sessionLock, this.now);
    this.receiver = new ReceivePipeline(
      options.store,
      () => this.account,
      {
        queueDeliveryReceipt: (accountId, sentAt) => {
          this.queueDeliveryReceipt(accountId, sentAt);
        },
        sendDecryptionError: (accountId, deviceId, report) => {
          this.sendDecryptionError(accountId, deviceId, report).catch(() => undefined);
        },
        emit: (event) => {
          this.events.emit('received', event);
        },
      },
      this.sessionLock,
      () => this.trustRoot(),
      this.now,
    );
  }

  /** The relay connection's state now (events report later changes). */
  get connectionState(): DeviceConnectionState {
    return this.connection?.state ?? { kind: 'stopped' };
  }

  get store(): Store {
    return this.options.store;
  }

  get account(): LocalAccount {
    const account = this.options.store.getAccount();
    if (account === undefined) throw new NoLocalAccountError();
    return account;
  }

  /** Registers a new account with this device as its primary (device 1): what the phone does once. */
  static async registerPrimary(options: EngineOptions & { readonly handle: string }): Promise<Engine> {
    const { store } = options;
    if (store.getAccount() !== undefined) throw new Error('This profile already has an account.');
    const identity = IdentityKeyPair.generate();
    const registrationId = generateRegistrationId();
    const password = randomBytes(24).toString('base64url');
    const profileKey = randomBytes(32);
    const signed = generateSignedKeys(store, identity);
    const oneTime = generateOneTimeKeys(store, identity);
    const relay = new RelayHttpClient(options.relayUrl);
    const created = await relay.registerAccount({
      handle: options.handle,
      identityKey: Buffer.from(identity.publicKey.serialize()).toString('base64'),
      // Contacts who learn the profile key (inside E2EE messages) may send sealed.
      unidentifiedAccessKey: Buffer.from(deriveAccessKey(profileKey)).toString('base64'),
      password,
      registrationId,
      ...signed,
      ...oneTime,
    });
    store.saveAccount({
      accountId: toAccountId(created.accountId),
      deviceId: toDeviceId(created.deviceId),
      registrationId,
      identityKeyPair: identity.serialize(),
      profileKey: Uint8Array.from(profileKey),
      relayPassword: password,
      handle: options.handle,
      createdAt: (options.now ?? Date.now)(),
    });
    return new Engine(options);
  }

  /** Connects to the relay, receives the backlog, and sends what the outbox holds. */
  start(): void {
    if (this.connection !== undefined) return;
    this.connection = new DeviceConnection({
      relayUrl: this.options.relayUrl,
      authorization: () => this.relay.authorization,
      onEnvelope: (envelope) => this.receiver.handle(envelope),
      onQueueEmpty: () => {
        this.events.emit('queueEmpty', undefined);
      },
      onStateChange: (state) => {
        this.events.emit('connection', state);
        if (state.kind === 'open') {
          this.kickOutbox();
          this.maintainKeys().catch(() => undefined);
        }
      },
    });
    this.connection.start();
  }

  async stop(): Promise<void> {
    clearTimeout(this.retryTimer);
    clearTimeout(this.receiptTimer);
    this.receiptTimer = undefined;
    this.flushDeliveryReceipts();
    const connection = this.connection;
    this.connection = undefined;
    await connection?.stop();
    await this.draining;
  }

  /**
   * Processes one envelope fetched by other means (the relay's pull endpoint, a test):
   * the same pipeline the socket uses. Resolves once it is committed or dropped.
   */
  handleEnvelope(envelope: Uint8Array): Promise<void> {
    return this.receiver.handle(envelope);
  }

  on<K extends keyof EngineEvents>(event: K, listener: (payload: EngineEvents[K]) => void): Disposer {
    return this.events.on(event, listener);
  }

  /** Finds an account by its handle and remembers it as a contact. */
  async resolveHandle(handle: string): Promise<AccountId> {
    const known = this.store.getRecipientByHandle(handle);
    if (known !== undefined) return known.accountId;
    try {
      const { accountId } = await this.relay.lookupHandle(handle);
      const id = toAccountId(accountId);
      this.store.upsertRecipient({ accountId: id, handle });
      return id;
    } catch (error) {
      if (error instanceof RelayHttpError && error.status === 404) throw new UnknownContactError(handle);
      throw error;
    }
  }

  /**
   * Stores the message and queues it before anything touches the network, so a message
   * composed offline survives a restart and goes out in order.
   */
  sendText(recipient: AccountId, body: string): MessageId {
    const me = this.account;
    const sentAt = this.uniqueTimestamp();
    const messageId = this.store.transaction(() => {
      const conversation = this.store.getOrCreateDirectConversation(recipient);
      const inserted = this.store.insertMessage({
        conversationId: conversation.id,
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
      });
      if (!inserted.inserted) throw new Error('A new message collided with a stored one.');
      this.store.enqueueOutbox({
        kind: 'message',
        recipientAccountId: recipient,
        messageId: inserted.id,
        payload: encodeContent({ dataMessage: { body, timestamp: sentAt, profileKey: me.profileKey, senderHandle: me.handle } }),
      });
      return inserted.id;
    });
    this.kickOutbox();
    return messageId;
  }

  /** Typing indicators are ephemeral: sent now if online, never queued. */
  async sendTyping(recipient: AccountId, started: boolean): Promise<void> {
    const timestamp = this.now();
    await this.sendSealedIfPossible(
      recipient,
      encodeContent({ typingMessage: { timestamp, action: started ? TypingAction.STARTED : TypingAction.STOPPED } }),
      timestamp,
      false,
    );
  }

  /** Marks a conversation read here, tells the senders (read receipts) and this account's other devices. */
  markConversationRead(conversationId: ConversationId): void {
    const me = this.account;
    const unread = this.store
      .listMessages(conversationId, { limit: 500 })
      .filter((message) => message.direction === 'incoming' && message.status === 'received' && message.kind === 'text');
    if (unread.length === 0) return;
    const bySender = new Map<AccountId, Array<number>>();
    this.store.transaction(() => {
      for (const message of unread) {
        this.store.updateMessageStatus(message.id, 'read');
        bySender.set(message.senderAccountId, [...(bySender.get(message.senderAccountId) ?? []), message.sentAt]);
      }
      for (const [sender, timestamps] of bySender) {
        this.enqueue('receipt', sender, null, { receiptMessage: { type: ReceiptType.READ, timestamps } });
      }
      this.enqueue('sync', me.accountId, null, {
        syncMessage: { read: unread.map((message) => ({ senderAccountId: message.senderAccountId, timestamp: message.sentAt })) },
      });
    });
    this.kickOutbox();
  }

  /** Shows the safety-number change in the conversation, once per pending change. */
  private recordIdentityChangeEvent(accountId: AccountId): void {
    const conversation = this.store.getOrCreateDirectConversation(accountId);
    const last = this.store.listMessages(conversation.id, { limit: 1 })[0];
    if (last?.kind === 'identity-change') return;
    const now = this.uniqueTimestamp();
    this.store.insertMessage({
      conversationId: conversation.id,
      kind: 'identity-change',
      direction: 'incoming',
      senderAccountId: accountId,
      senderDeviceId: toDeviceId(1),
      serverGuid: null,
      sentAt: now,
      receivedAt: now,
      body: null,
      status: 'received',
      errorText: 'This contact’s safety number changed. Verify it before you keep messaging.',
    });
  }

  /** The user reviewed a contact's new safety number and accepts it: sending is allowed again. */
  acceptIdentityChange(accountId: AccountId): boolean {
    return this.store.acceptIdentityChange(accountId);
  }

  listMessages(conversationId: ConversationId, limit = 100): Array<Message> {
    return this.store.listMessages(conversationId, { limit });
  }

  /** Resolves once the outbox has been worked through (sent, failed or waiting for a retry). */
  async flushOutbox(): Promise<void> {
    this.kickOutbox();
    while (this.draining !== undefined) await this.draining;
  }

  private enqueue(kind: OutboxItem['kind'], recipient: AccountId, messageId: MessageId | null, content: ContentFields): void {
    this.store.enqueueOutbox({ kind, recipientAccountId: recipient, messageId, payload: encodeContent(content) });
    this.kickOutbox();
  }

  private kickOutbox(): void {
    if (this.draining !== undefined) {
      this.drainAgain = true;
      return;
    }
    this.draining = this.drainOutbox()
      .catch(() => undefined)
      .finally(() => {
        this.draining = undefined;
        if (this.drainAgain) {
          this.drainAgain = false;
          this.kickOutbox();
        } else {
          this.events.emit('outboxIdle', undefined);
        }
      });
  }

  /** Sends queued items strictly in order; a failure stops the queue until its retry time. */
  private async drainOutbox(): Promise<void> {
    for (;;) {
      const [item] = this.store.listOutbox({ limit: 1 });
      if (item === undefined) return;
      if (item.nextAttemptAt > this.now()) {
        this.scheduleRetry(item.nextAttemptAt - this.now());
        return;
      }
      try {
        await this.sendOutboxItem(item);
      } catch (error) {
        if (error instanceof IdentityChangedError) {
          // Blocked until the user accepts the new safety number; other contacts' messages go on.
          this.store.transaction(() => {
            this.store.removeOutbox(item.id);
            if (item.messageId !== null) this.store.updateMessageStatus(item.messageId, 'failed');
            this.recordIdentityChangeEvent(item.recipientAccountId);
          });
          if (item.messageId !== null) this.events.emit('messageStatus', { messageId: item.messageId });
          this.events.emit('received', { kind: 'identity-changed', accountId: item.recipientAccountId });
          continue;
        }
        const delay = Math.min(outboxRetryMaxMs, outboxRetryBaseMs * 2 ** Math.min(item.attempts, 8));
        this.store.recordOutboxFailure(item.id, error instanceof Error ? error.message : String(error), this.now() + delay);
        this.scheduleRetry(delay);
        return;
      }
    }
  }

  private async sendOutboxItem(item: OutboxItem): Promise<void> {
    const me = this.account;
    const message = item.messageId === null ? undefined : this.store.getMessage(item.messageId);
    const timestamp = message?.sentAt ?? item.createdAt;
    const result = await this.sendSealedIfPossible(item.recipientAccountId, item.payload, timestamp, item.kind === 'message');
    if (item.kind === 'message' && message !== undefined && item.recipientAccountId !== me.accountId && result.needsSync) {
      // The transcript for this account's other devices; queued so it survives a failure here.
      this.store.enqueueOutbox({
        kind: 'sync',
        recipientAccountId: me.accountId,
        messageId: null,
        payload: encodeContent({
          syncMessage: {
            sent: {
              destinationAccountId: item.recipientAccountId,
              destinationHandle: this.store.getRecipient(item.recipientAccountId)?.handle ?? null,
              timestamp: message.sentAt,
              message: { body: message.body, timestamp: message.sentAt },
            },
          },
        }),
      });
    }
    this.store.transaction(() => {
      this.store.removeOutbox(item.id);
      if (message?.status === 'pending') this.store.updateMessageStatus(message.id, 'sent');
    });
    if (message !== undefined) this.events.emit('messageStatus', { messageId: message.id });
  }

  private scheduleRetry(delayMs: number): void {
    clearTimeout(this.retryTimer);
    if (this.connection === undefined) return;
    this.retryTimer = setTimeout(() => {
      this.kickOutbox();
    }, delayMs);
    this.retryTimer.unref();
  }

  /** Asks a sender to resend what we could not decrypt (libsignal's retry request, as plaintext content). */
  private async sendDecryptionError(accountId: AccountId, deviceId: number, report: DecryptionErrorMessage): Promise<void> {
    const content = Buffer.from(PlaintextContent.from(report).serialize()).toString('base64');
    const send = (registrationId: number): Promise<unknown> =>
      this.relay.sendMessages(accountId, {
        messages: [{ type: EnvelopeType.PLAINTEXT_CONTENT, destinationDeviceId: asDeviceId(deviceId), destinationRegistrationId: registrationId, content }],
        timestamp: this.now(),
        urgent: false,
      });
    const session = await this.sessionLock.runExclusive(() => this.signal.session.getSession(ProtocolAddress.new(accountId, deviceId)));
    const known =
      session?.remoteRegistrationId() ??
      this.store.listRecipientDevices(accountId).find((device) => device.deviceId === deviceId)?.registrationId;
    if (known != null) {
      try {
        await send(known);
        return;
      } catch (error) {
        if (!(error instanceof StaleDevicesError)) throw error;
      }
    }
    // Without a session we may not know the device's registration id: the relay's directory does.
    const bundle = await this.relay.getPreKeyBundle(accountId, deviceId);
    const registrationId = bundle.devices.find((device) => device.deviceId === deviceId)?.registrationId;
    if (registrationId !== undefined) await send(registrationId);
  }

  /**
   * Sends with sealed sender when the recipient's profile key is known (so the relay does
   * not learn who is writing to whom), otherwise, or when the relay refuses the access
   * key (the contact changed its profile key), authenticated as this device.
   */
  private async sendSealedIfPossible(recipient: AccountId, payload: Uint8Array<ArrayBuffer>, timestamp: number, urgent: boolean): Promise<SendResult> {
    const profileKey = recipient === this.account.accountId ? null : (this.store.getRecipient(recipient)?.profileKey ?? null);
    if (profileKey !== null) {
      try {
        const certificate = await this.senderCertificate();
        return await this.sender.sendToAccount(recipient, payload, timestamp, {
          urgent,
          sealed: { accessKey: deriveAccessKey(profileKey), certificate },
        });
      } catch (error) {
        if (!(error instanceof RelayAuthError)) throw error;
      }
    }
    return this.sender.sendToAccount(recipient, payload, timestamp, { urgent });
  }

  private certificate: { readonly value: SenderCertificate; readonly refreshAt: number } | undefined;

  private async senderCertificate(): Promise<SenderCertificate> {
    if (this.certificate !== undefined && this.certificate.refreshAt > this.now()) return this.certificate.value;
    const value = SenderCertificate.deserialize(Uint8Array.from(Buffer.from(await this.relay.getSenderCertificate(), 'base64')));
    // Refresh an hour before it expires, so a message is never sealed with a stale one.
    this.certificate = { value, refreshAt: value.expiration() - 60 * 60 * 1000 };
    return value;
  }

  /** The relay's trust root, pinned on first use: a later relay cannot swap it. */
  private async trustRoot(): Promise<PublicKey> {
    let pinned = this.store.getItem('relayTrustRoot');
    if (pinned === undefined) {
      pinned = await this.relay.getTrustRoot();
      this.store.setItem('relayTrustRoot', pinned);
    }
    return PublicKey.deserialize(Uint8Array.from(Buffer.from(pinned, 'base64')));
  }

  private async maintainKeys(): Promise<void> {
    await this.trustRoot();
    const identity = IdentityKeyPair.deserialize(this.account.identityKeyPair);
    await refillPreKeysIfLow(this.relay, this.store, identity);
    await rotateSignedKeysIfDue(this.relay, this.store, identity, this.now());
  }

  private readonly pendingReceipts = new Map<AccountId, Array<number>>();
  private receiptTimer: NodeJS.Timeout | undefined;

  /**
   * Delivery receipts are gathered for a moment and sent as one message per sender, as
   * a backlog of hundreds of messages would otherwise answer with hundreds of receipts.
   * (A receipt lost to a crash in that moment only leaves a message showing "sent".)
   */
  private queueDeliveryReceipt(accountId: AccountId, sentAt: ReadonlyArray<number>): void {
    this.pendingReceipts.set(accountId, [...(this.pendingReceipts.get(accountId) ?? []), ...sentAt]);
    if (this.receiptTimer !== undefined) return;
    this.receiptTimer = setTimeout(() => {
      this.receiptTimer = undefined;
      this.flushDeliveryReceipts();
    }, 150);
    this.receiptTimer.unref();
  }

  private flushDeliveryReceipts(): void {
    const batches = [...this.pendingReceipts];
    this.pendingReceipts.clear();
    if (batches.length === 0) return;
    this.store.transaction(() => {
      for (const [accountId, timestamps] of batches) {
        for (let start = 0; start < timestamps.length; start += 500) {
          this.store.enqueueOutbox({
            kind: 'receipt',
            recipientAccountId: accountId,
            messageId: null,
            payload: encodeContent({ receiptMessage: { type: ReceiptType.DELIVERY, timestamps: timestamps.slice(start, start + 500) } }),
          });
        }
      }
    });
    this.kickOutbox();
  }

  private lastTimestamp = 0;
  /** Sent timestamps name messages (with the sender), so two sends never share one. */
  private uniqueTimestamp(): number {
    this.lastTimestamp = Math.max(this.now(), this.lastTimestamp + 1);
    return this.lastTimestamp;
  }
}
