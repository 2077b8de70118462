/**
 * The client engine: one device of a Parley account, under plain Node. It owns the
 * encrypted store, talks to the relay, sends through a persisted outbox with client
 * fan-out, and commits every received envelope before acknowledging it. The phone CLI
 * and the desktop host both run it; neither talks to libsignal or the relay directly.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { DecryptionErrorMessage } from '@signalapp/libsignal-client';
import { IdentityKeyPair, PlaintextContent, ProtocolAddress, PublicKey, SenderCertificate } from '@signalapp/libsignal-client';
import { EnvelopeType } from '../shared/proto';
import type { AttachmentPointerFields, Content, ContentFields, DataMessageFields } from '../shared/proto/content';
import { ReceiptType, TypingAction } from '../shared/proto/content';
import { AttachmentManager } from './attachments';
import type { AttachmentId, AttachmentService } from './attachments/types';
import { asDeviceId } from '../shared/relay-api';
import { generateOneTimeKeys, generateRegistrationId, generateSignedKeys, refillPreKeysIfLow, rotateSignedKeysIfDue } from './account/keys';
import { Emitter } from './kernel/emitter';
import type { EngineLogger } from './kernel/logger';
import type { Cancel, Scheduler } from './kernel/scheduler';
import { systemScheduler } from './kernel/scheduler';
import { inBackground, redactingLogger, silentLogger } from './kernel/logger';
import type { Disposer } from './kernel/emitter';
import { decodeContent, encodeContent } from './messaging/content-codec';
import { recordIdentityChange } from './messaging/features';
import { HistoryMediaReceiver } from './linking/history-media';
import { buildMatchQuery } from './messaging/search';
import type { SafetyNumber } from './modules/safety/numbers';
import { createSafetyService } from './modules/safety/service';
import type { SafetyNumberComparison, SafetyService } from './modules/safety/service';
import { createProfileService } from './modules/profile/service';
import type { Profile, ProfileService } from './modules/profile/service';
import { createReactionsService } from './modules/reactions/service';
import type { ReactionsService } from './modules/reactions/service';
import { createEditsService } from './modules/edits/service';
import type { EditsService } from './modules/edits/service';
import { directConversation } from './modules/messaging/lookups';
import type { OutboundPort } from './pipeline/outbound';
import { Mutex } from './mutex';
import { EngineError } from './kernel/errors';
import { OutboxRunner } from './messaging/outbox';
import { ReceivePipeline } from './pipeline/receiver';
import type { ReceivedEvent } from './pipeline/receiver';
import { ContentRouter } from './pipeline/inbound';
import { contactDetailsHandler } from './modules/contacts/inbound';
import { messagingHandlers } from './modules/messaging/inbound';
import { reactionHandler } from './modules/reactions/inbound';
import { editHandlers } from './modules/edits/inbound';
import { profileHandler } from './modules/profile/inbound';
import { verifiedSyncHandler } from './modules/safety/inbound';
import { historyManifestHandler } from './linking/history-inbound';
import { MessageSender } from './messaging/sender';
import type { SendResult } from './messaging/sender';
import { deriveAccessKey } from './crypto/access-key';
import { RelayAuthError, RelayHttpError, StaleDevicesError } from './relay-client/errors';
import { RelayHttpClient } from './relay-client/http';
import { DeviceConnection } from './relay-client/socket';
import type { DeviceConnectionState } from './relay-client/socket';
import { createSignalStores } from './signal';
import type { SignalStores } from './signal';
import type {
  AccountId,
  ConversationId,
  ConversationStateUpdate,
  LocalAccount,
  Message,
  MessageId,
  OutboxItem,
  SearchHit,
  SendFailureCode,
  Store,
  VerifiedState,
} from './store';
import { NoLocalAccountError, StorageFailedError, storageFailureOf, toAccountId, toDeviceId } from './store';
import type { StorageFailureCode } from './store';

export interface EngineEvents extends Record<string, unknown> {
  connection: DeviceConnectionState;
  received: ReceivedEvent;
  /** An outgoing message changed state (sent, failed). */
  messageStatus: { readonly messageId: MessageId };
  /** The relay's backlog at connect time has been processed. */
  queueEmpty: undefined;
  /** No outbox lane is sending and none is due: the rest (if any) waits for a retry time or for the user. */
  outboxIdle: undefined;
  /**
   * Messages of one conversation changed, whatever the cause (arrived, sent, edited,
   * reacted to, deleted): what a view of the conversation listens to.
   */
  messagesChanged: { readonly conversationId: ConversationId; readonly messageIds: ReadonlyArray<MessageId> };
  /** Conversation state the user sets (pinned, muted, draft, read) changed. */
  conversationsChanged: { readonly conversationIds: ReadonlyArray<ConversationId> };
  /** A contact's profile, verification or identity changed. */
  contactChanged: { readonly accountId: AccountId };
  /** This account's own profile changed (here or on another of its devices). */
  profileChanged: undefined;
  /**
   * The database failed underneath the engine (damaged pages, I/O errors): the engine
   * stopped receiving (nothing more is acknowledged) and sending. The host shows a typed
   * error screen and keeps every file.
   */
  storageFailed: { readonly code: StorageFailureCode };
}

export interface OutgoingMessageInput {
  /** May be empty when there are attachments. */
  readonly body: string;
  readonly attachmentIds?: ReadonlyArray<string>;
  /** A message of the same conversation this one replies to. */
  readonly quoteMessageId?: MessageId | null;
}


export type { Profile } from './modules/profile/service';
export type { SafetyNumberComparison } from './modules/safety/service';

export type { EngineLogger };

export interface EngineOptions {
  readonly store: Store;
  readonly relayUrl: string;
  readonly now?: () => number;
  /** The engine's timers (receipt batching, outbox retries); a ManualScheduler in tests. */
  readonly scheduler?: Scheduler;
  /** Where the engine reports what it dropped, retried or stopped for (a pino logger fits); redacted on the way. */
  readonly logger?: Partial<EngineLogger> & Pick<EngineLogger, 'warn'>;
  /**
   * Builds the attachment service for this engine; by default an `AttachmentManager`
   * whose encrypted files live in `attachments/` next to the database.
   */
  readonly attachments?: (deps: { readonly store: Store; readonly relay: RelayHttpClient; readonly now: () => number }) => AttachmentService;
}

/** Longest quoted text carried in a reply (the whole message stays where it is). */
const maxQuoteLength = 2_000;

export class Engine {
  private readonly log: EngineLogger;
  private readonly scheduler: Scheduler;
  readonly events: Emitter<EngineEvents>;
  readonly relay: RelayHttpClient;
  private readonly signal: SignalStores;
  private readonly sender: MessageSender;
  private readonly receiver: ReceivePipeline;
  private connection: DeviceConnection | undefined;
  private readonly outbox: OutboxRunner;
  /** Set once the database failed underneath: nothing is acknowledged or sent any more. */
  private storageFailure: StorageFailureCode | undefined;
  private readonly now: () => number;
  /** One at a time: sending and receiving both advance libsignal sessions. */
  private readonly sessionLock = new Mutex();

  constructor(private readonly options: EngineOptions) {
    this.log = options.logger === undefined ? silentLogger : redactingLogger(options.logger);
    this.scheduler = options.scheduler ?? systemScheduler;
    this.events = new Emitter<EngineEvents>((event, error) => {
      this.log.error({ event: 'listener-failed', on: event, error }, 'an event listener threw');
    });
    this.now = options.now ?? Date.now;
    const account = options.store.getAccount();
    this.relay = new RelayHttpClient(
      options.relayUrl,
      account === undefined ? undefined : { accountId: account.accountId, deviceId: account.deviceId, password: account.relayPassword },
    );
    this.signal = createSignalStores(options.store);
    const attachmentDeps = { store: options.store, relay: this.relay, now: this.now };
    this.attachments =
      options.attachments?.(attachmentDeps) ??
      new AttachmentManager({ ...attachmentDeps, dir: path.join(path.dirname(options.store.databasePath), 'attachments') });
    this.historyMedia = new HistoryMediaReceiver({ store: options.store, relay: this.relay, attachments: this.attachments, now: this.now });
    this.sender = new MessageSender(options.store, this.relay, this.signal, () => this.account, this.sessionLock, this.now);
    const store = options.store;
    const out: OutboundPort = {
      account: () => this.account,
      uniqueTimestamp: () => this.uniqueTimestamp(),
      now: this.now,
      enqueue: (kind, recipient, messageId, content) => {
        this.enqueue(kind, recipient, messageId, content);
      },
      messagesChanged: (conversationId, messageIds) => {
        this.messagesChanged(conversationId, messageIds);
      },
    };
    this.reactions = createReactionsService(store, out);
    this.edits = createEditsService({
      store,
      out,
      removeFiles: (messageId) => this.attachments.removeForMessage(messageId),
      removeFilesLater: (messageId) => {
        inBackground(this.log, 'attachment-removal-failed', this.attachments.removeForMessage(messageId));
      },
    });
    this.profileService = createProfileService(store, out, () => {
      this.events.emit('profileChanged', undefined);
    });
    this.safety = createSafetyService(store, out, (accountId) => {
      this.events.emit('contactChanged', { accountId });
    });
    // Each module's handlers for its part of a received content, in the order they apply.
    const router = new ContentRouter().register(
      contactDetailsHandler(store),
      ...messagingHandlers({
        store,
        attachments: () => this.attachments,
        queueDeliveryReceipt: (accountId, sentAt) => {
          this.queueDeliveryReceipt(accountId, sentAt);
        },
      }),
      reactionHandler(store),
      ...editHandlers(store, (messageId) => {
        inBackground(this.log, 'attachment-removal-failed', this.attachments.removeForMessage(messageId));
      }),
      profileHandler(store),
      verifiedSyncHandler(store, this.now),
      historyManifestHandler((history, senderDeviceId) => {
        this.historyMedia.record(history, senderDeviceId);
      }),
    );
    this.receiver = new ReceivePipeline({
      store,
      local: () => this.account,
      router,
      sessionLock: this.sessionLock,
      trustRoot: () => this.trustRoot(),
      now: this.now,
      log: this.log,
      effects: {
        sendDecryptionError: (accountId, deviceId, report) => {
          inBackground(this.log, 'decryption-error-report-failed', this.sendDecryptionError(accountId, deviceId, report));
        },
        emit: (event) => {
          this.events.emit('received', event);
          this.announceReceived(event);
        },
        onUnattributable: ({ reason, error }) => {
          this.log.warn({ event: 'envelope-dropped', reason, error }, 'envelope dropped');
        },
        onUnreadable: ({ reason, field, error }) => {
          this.log.warn({ event: 'envelope-unreadable', reason, field, error }, 'envelope unreadable');
        },
      },
    });
    this.outbox = new OutboxRunner({
      store: options.store,
      now: this.now,
      scheduler: this.scheduler,
      delegate: {
        send: (item) => this.sendOutboxItem(item),
        fail: (item, code) => {
          this.failOutboxItem(item, code);
        },
        isHeld: (item) => this.awaitsIdentityAcceptance(item.recipientAccountId),
        identityChanged: (item) => this.identityChangedWhileSending(item),
        storageFailed: (code) => {
          this.failStorage(code);
        },
        retrying: (item, failure) => {
          this.log.warn({ event: 'outbox-retry', lane: item.lane, kind: item.kind, code: failure.code }, 'send will be retried');
        },
        laneFailed: (lane, error) => {
          this.log.warn({ event: 'outbox-lane-failed', lane, error }, 'outbox lane parked');
        },
        idle: () => {
          this.events.emit('outboxIdle', undefined);
        },
      },
    });
  }

  /** Attachments of messages: staging, upload, download, reading back. */
  readonly attachments: AttachmentService;
  private readonly reactions: ReactionsService;
  private readonly edits: EditsService;
  private readonly profileService: ProfileService;
  private readonly safety: SafetyService;
  /** History sync on a new device: the media its primary sends after the bundle. */
  readonly historyMedia: HistoryMediaReceiver;

  /** Turns what the receiver did into the view-level change events. */
  private announceReceived(event: ReceivedEvent): void {
    switch (event.kind) {
      case 'message':
      case 'message-updated': {
        const message = this.store.getMessage(event.messageId);
        if (message !== undefined) this.messagesChanged(message.conversationId, [message.id]);
        return;
      }
      case 'message-removed':
        this.messagesChanged(event.conversationId, [event.messageId]);
        return;
      case 'contact-updated':
      case 'identity-changed': {
        // A verification (here or synced) may have accepted a new key: held lanes may go.
        if (event.kind === 'contact-updated') this.outbox.release();
        this.events.emit('contactChanged', { accountId: event.accountId });
        const conversation = this.store.getDirectConversation(event.accountId);
        if (conversation !== undefined) this.events.emit('conversationsChanged', { conversationIds: [conversation.id] });
        return;
      }
      case 'profile-updated':
        this.events.emit('profileChanged', undefined);
        return;
      case 'typing':
      case 'decryption-error-reported':
        return;
    }
  }

  private messagesChanged(conversationId: ConversationId, messageIds: ReadonlyArray<MessageId>): void {
    this.events.emit('messagesChanged', { conversationId, messageIds });
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
    if (this.connection !== undefined || this.storageFailure !== undefined) return;
    const healthy = this.guardStorage(() => {
      this.resumeUploads();
    });
    if (!healthy) return;
    this.outbox.resume();
    this.historyMedia.start();
    const account = this.account;
    this.connection = new DeviceConnection({
      relayUrl: this.options.relayUrl,
      authorization: () => this.relay.authorization,
      self: { accountId: account.accountId, deviceId: account.deviceId },
      // Read, never fetched here: a removal is only proven against a root pinned earlier.
      trustRoot: () => this.store.getItem('relayTrustRoot'),
      onEnvelope: (envelope) => this.receive(envelope),
      onQueueEmpty: () => {
        this.events.emit('queueEmpty', undefined);
      },
      onStateChange: (state) => {
        this.events.emit('connection', state);
        if (state.kind === 'open') {
          this.outbox.kick();
          inBackground(this.log, 'key-maintenance-failed', () => this.maintainKeys());
        }
      },
    });
    this.connection.start();
  }

  /** "Retry now": the relay connection's next attempt starts at once if it is waiting. */
  retryConnection(): void {
    this.connection?.retryNow();
  }

  /**
   * Disconnects and stops sending. Waits only for the sends already in flight (a few
   * lanes, one item each), never for the whole outbox: what is left goes out on the
   * next start, in order.
   */
  async stop(): Promise<void> {
    this.cancelReceipts?.();
    this.cancelReceipts = undefined;
    this.guardStorage(() => {
      this.flushDeliveryReceipts();
    });
    const connection = this.connection;
    this.connection = undefined;
    await Promise.all([connection?.stop(), this.outbox.stop()]);
    await this.historyMedia.stop();
    await this.attachments.close();
  }

  /**
   * Processes one envelope fetched by other means (the relay's pull endpoint, a test):
   * the same pipeline the socket uses. Resolves once it is committed or dropped.
   */
  handleEnvelope(envelope: Uint8Array): Promise<void> {
    return this.receive(envelope);
  }

  /** Whether (and why) the database failed underneath this engine; it then neither acknowledges nor sends. */
  get storageFailed(): StorageFailureCode | undefined {
    return this.storageFailure;
  }

  /**
   * The receive pipeline behind a storage check: after a storage failure nothing is
   * committed, so nothing may be acknowledged (a rejection leaves the envelope queued).
   */
  private async receive(envelope: Uint8Array): Promise<void> {
    if (this.storageFailure !== undefined) throw new StorageFailedError(this.storageFailure);
    try {
      await this.receiver.handle(envelope);
    } catch (error) {
      const code = storageFailureOf(error);
      if (code !== undefined) this.failStorage(code);
      throw error;
    }
  }

  /**
   * The database failed underneath (damaged pages, I/O errors): stop acknowledging and
   * sending at once, and say so once. The files stay as they are for the host to report.
   */
  private failStorage(code: StorageFailureCode): void {
    if (this.storageFailure !== undefined) return;
    this.storageFailure = code;
    this.outbox.halt();
    this.cancelReceipts?.();
    this.cancelReceipts = undefined;
    this.pendingReceipts.clear();
    const connection = this.connection;
    this.connection = undefined;
    if (connection !== undefined) inBackground(this.log, 'connection-stop-failed', connection.stop());
    this.log.warn({ event: 'storage-failed', code }, 'storage failed; receiving and sending stopped');
    this.events.emit('storageFailed', { code });
  }

  /**
   * Runs engine-internal store work (start, timers, shutdown) so that a storage failure
   * stops the engine instead of escaping; false when it did.
   */
  private guardStorage(work: () => void): boolean {
    try {
      work();
      return true;
    } catch (error) {
      const code = storageFailureOf(error);
      if (code === undefined) throw error;
      this.failStorage(code);
      return false;
    }
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
      if (error instanceof RelayHttpError && error.status === 404) throw new EngineError('unknown-handle', { handle });
      throw error;
    }
  }

  /**
   * Stores the message and queues it before anything touches the network, so a message
   * composed offline survives a restart and goes out in order.
   */
  sendText(recipient: AccountId, body: string): MessageId {
    return this.sendMessage(this.store.getOrCreateDirectConversation(recipient).id, { body });
  }

  /**
   * A new message: text, attachments (ids of staged uploads), an optional reply. Stored
   * as pending at once; text-only messages are queued in the same transaction, messages
   * with attachments once their files are on the relay (the pointers go inside).
   */
  sendMessage(conversationId: ConversationId, input: OutgoingMessageInput): MessageId {
    const me = this.account;
    const conversation = directConversation(this.store, conversationId);
    const recipient = conversation.recipientAccountId;
    const attachmentIds = (input.attachmentIds ?? []) as ReadonlyArray<AttachmentId>;
    const body = input.body.length > 0 ? input.body : null;
    if ((body === null || body.trim().length === 0) && attachmentIds.length === 0) {
      throw new EngineError('message-empty');
    }
    let quote: Message['quote'] = null;
    if (input.quoteMessageId != null) {
      const target = this.store.getMessage(input.quoteMessageId);
      if (target?.conversationId !== conversationId || target.kind !== 'text' || target.deletedForEveryone) {
        throw new EngineError('quote-not-in-conversation');
      }
      quote = { authorAccountId: target.senderAccountId, sentAt: target.sentAt, text: (target.body ?? '').slice(0, maxQuoteLength) };
    }
    const { messageId, data } = this.store.transaction(() => {
      // Issued inside the transaction, so its high-water mark commits with the message.
      const sentAt = this.uniqueTimestamp();
      const data: DataMessageFields = {
        body,
        timestamp: sentAt,
        profileKey: me.profileKey,
        senderHandle: me.handle,
        quote: quote === null ? null : { targetAuthorAccountId: quote.authorAccountId, targetSentTimestamp: quote.sentAt, text: quote.text },
      };
      this.profileService.shareIfChanged(recipient);
      const inserted = this.store.insertMessage({
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
      if (attachmentIds.length > 0) {
        this.attachments.attachToMessage(inserted.id, attachmentIds);
      } else {
        this.store.enqueueOutbox({ kind: 'message', recipientAccountId: recipient, messageId: inserted.id, payload: encodeContent({ dataMessage: data }) });
      }
      return { messageId: inserted.id, data };
    });
    if (attachmentIds.length > 0) this.uploadThenQueue(messageId, recipient, data);
    this.kickFor(recipient);
    this.messagesChanged(conversationId, [messageId]);
    return messageId;
  }

  /**
   * Messages whose attachments were still uploading when the engine last stopped:
   * upload again (finished files are skipped) and queue them then.
   */
  private resumeUploads(): void {
    const me = this.account;
    for (const message of this.store.listUnqueuedPendingMessages()) {
      // Another device's pending message (imported history) is that device's business.
      if (message.senderDeviceId !== me.deviceId) continue;
      const conversation = this.store.getConversation(message.conversationId);
      const recipient = conversation?.recipientAccountId ?? null;
      if (recipient === null || this.store.listAttachmentsForMessage(message.id).length === 0) {
        this.store.transaction(() => {
          this.store.updateMessageStatus(message.id, 'failed');
          this.store.setMessageErrorCode(message.id, 'send-failed');
        });
        continue;
      }
      this.uploadThenQueue(message.id, recipient, this.dataMessageOf(message));
    }
  }

  /** The DataMessage of one of this device's own messages, as it was first sent (same timestamp). */
  private dataMessageOf(message: Message): DataMessageFields {
    const me = this.account;
    const quote = message.quote;
    return {
      body: message.body,
      timestamp: message.sentAt,
      profileKey: me.profileKey,
      senderHandle: me.handle,
      quote: quote === null ? null : { targetAuthorAccountId: quote.authorAccountId, targetSentTimestamp: quote.sentAt, text: quote.text },
    };
  }

  /**
   * Sends a message that failed (refused by the relay, blocked by a safety-number change,
   * an upload that failed) again, under its original sent timestamp, so a recipient who
   * did get it after all still stores it once.
   */
  retrySend(messageId: MessageId): void {
    const message = this.store.getMessage(messageId);
    if (message === undefined) throw new EngineError('message-not-found');
    const me = this.account;
    if (message.kind !== 'text' || message.direction !== 'outgoing' || message.senderAccountId !== me.accountId || message.senderDeviceId !== me.deviceId) {
      throw new EngineError('retry-not-own-device');
    }
    if (message.status !== 'failed' || message.deletedForEveryone || this.store.isMessageQueued(messageId)) {
      throw new EngineError('retry-not-waiting');
    }
    const conversation = directConversation(this.store, message.conversationId);
    const data = this.dataMessageOf(message);
    const withAttachments = this.store.listAttachmentsForMessage(messageId).length > 0;
    this.store.transaction(() => {
      this.store.updateMessageStatus(messageId, 'pending');
      this.store.setMessageErrorCode(messageId, null);
      if (!withAttachments) {
        this.store.enqueueOutbox({
          kind: 'message',
          recipientAccountId: conversation.recipientAccountId,
          messageId,
          payload: encodeContent({ dataMessage: data }),
        });
      }
    });
    // Files already on the relay are not uploaded again.
    if (withAttachments) this.uploadThenQueue(messageId, conversation.recipientAccountId, data);
    this.kickFor(conversation.recipientAccountId);
    this.events.emit('messageStatus', { messageId });
    this.messagesChanged(message.conversationId, [messageId]);
  }

  /** Uploads first; the message goes into the outbox with the pointers, or fails. */
  private uploadThenQueue(messageId: MessageId, recipient: AccountId, data: DataMessageFields): void {
    this.attachments.uploadForMessage(messageId).then(
      (pointers) => {
        if (this.store.getMessage(messageId) === undefined) return;
        this.guardStorage(() => {
          this.store.enqueueOutbox({
            kind: 'message',
            recipientAccountId: recipient,
            messageId,
            payload: encodeContent({ dataMessage: { ...data, attachments: pointers } }),
          });
        });
        this.kickFor(recipient);
      },
      () => {
        this.guardStorage(() => {
          const message = this.store.getMessage(messageId);
          if (message === undefined) return;
          this.store.transaction(() => {
            this.store.updateMessageStatus(messageId, 'failed');
            this.store.setMessageErrorCode(messageId, 'upload-failed');
          });
          this.events.emit('messageStatus', { messageId });
          this.messagesChanged(message.conversationId, [messageId]);
        });
      },
    );
  }

  /** Replaces the text of one of this account's own messages, for everyone (and its other devices). */
  editMessage(messageId: MessageId, body: string): void {
    this.edits.editMessage(messageId, body);
  }

  /** Deletes one of this account's own messages for everyone in the conversation. */
  deleteForEveryone(messageId: MessageId): void {
    this.edits.deleteForEveryone(messageId);
  }

  /** Removes a message here and on this account's other devices; the contact keeps it. */
  deleteForMe(messageId: MessageId): Promise<void> {
    return this.edits.deleteForMe(messageId);
  }

  /** Sets this account's reaction on a message (one per message); null removes it. */
  react(messageId: MessageId, emoji: string | null): void {
    this.reactions.react(messageId, emoji);
  }

  /** Full-text search over every message body; the text is never read as query syntax. */
  search(query: string, limit: number): Array<SearchHit> {
    const match = buildMatchQuery(query);
    return match === undefined ? [] : this.store.searchMessages(match, limit);
  }

  /** Pinned, archived, muted, draft. */
  updateConversation(conversationId: ConversationId, update: ConversationStateUpdate): void {
    if (!this.store.updateConversationState(conversationId, update)) throw new EngineError('conversation-not-found');
    this.events.emit('conversationsChanged', { conversationIds: [conversationId] });
  }

  // --- safety numbers and verification (modules/safety) ---------------------------------

  safetyNumber(accountId: AccountId): SafetyNumber & { readonly verified: VerifiedState } {
    return this.safety.safetyNumber(accountId);
  }

  compareSafetyNumber(accountId: AccountId, other: SafetyNumberComparison): boolean {
    return this.safety.compare(accountId, other);
  }

  setVerified(accountId: AccountId, verified: boolean): void {
    this.safety.setVerified(accountId, verified);
  }

  // --- profile (modules/profile) ---------------------------------------------------------

  get profile(): Profile {
    return this.profileService.get();
  }

  updateProfile(profile: Profile): void {
    this.profileService.update(profile);
  }

  /**
   * Primary, history sync: tells this account's other devices where the media manifest is
   * (linking/history-media.ts). The device that just joined is recorded first: the sender
   * may have checked the device list moments before it existed.
   */
  async announceHistoryMedia(manifest: AttachmentPointerFields, newDeviceId: number): Promise<void> {
    const me = this.account.accountId;
    this.store.transaction(() => {
      this.store.saveRecipientDevice(me, toDeviceId(newDeviceId), null);
      this.enqueue('sync', me, null, { syncMessage: { history: { bundle: manifest } } });
    });
    await this.flushOutbox();
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
    const unread = this.store.listUnreadMessages(conversationId);
    if (unread.length === 0) return;
    const bySender = new Map<AccountId, Array<number>>();
    this.store.transaction(() => {
      for (const message of unread) {
        this.store.updateMessageStatus(message.id, 'read');
        const sent = bySender.get(message.senderAccountId);
        if (sent === undefined) bySender.set(message.senderAccountId, [message.sentAt]);
        else sent.push(message.sentAt);
      }
      this.store.setConversationLastRead(conversationId, unread.at(-1)?.sentAt ?? 0);
      for (const [sender, timestamps] of bySender) {
        for (let start = 0; start < timestamps.length; start += 500) {
          this.enqueue('receipt', sender, null, { receiptMessage: { type: ReceiptType.READ, timestamps: timestamps.slice(start, start + 500) } });
        }
      }
      for (let start = 0; start < unread.length; start += 500) {
        this.enqueue('sync', me.accountId, null, {
          syncMessage: {
            read: unread.slice(start, start + 500).map((message) => ({ senderAccountId: message.senderAccountId, timestamp: message.sentAt })),
          },
        });
      }
    });
    this.outbox.kick();
    this.messagesChanged(conversationId, unread.map((message) => message.id));
  }

  /** Shows the safety-number change in the conversation, once per pending change. */
  private recordIdentityChangeEvent(accountId: AccountId): void {
    const conversation = this.store.getOrCreateDirectConversation(accountId);
    const changedAt = this.store.getIdentity(accountId)?.changedAt ?? 0;
    // The receive path may have shown this change already, a few messages back.
    const recent = this.store.listMessages(conversation.id, { limit: 20 });
    if (recent.some((message) => message.kind === 'identity-change' && message.receivedAt >= changedAt)) return;
    if (recent.at(-1)?.kind === 'identity-change') return;
    recordIdentityChange(this.store, accountId, this.uniqueTimestamp());
  }

  /** The user reviewed a contact's new safety number and accepts it: sending is allowed again. */
  acceptIdentityChange(accountId: AccountId): boolean {
    const changed = this.store.acceptIdentityChange(accountId);
    // What waited for the acceptance (receipts for messages that arrived meanwhile) goes now.
    if (changed) this.announceReceived({ kind: 'contact-updated', accountId });
    return changed;
  }

  listMessages(conversationId: ConversationId, limit = 100): Array<Message> {
    return this.store.listMessages(conversationId, { limit });
  }

  /** Resolves once the outbox has been worked through (sent, failed, waiting for a retry or for the user). */
  flushOutbox(): Promise<void> {
    return this.outbox.whenIdle();
  }

  private enqueue(kind: OutboxItem['kind'], recipient: AccountId, messageId: MessageId | null, content: ContentFields): void {
    this.store.enqueueOutbox({ kind, recipientAccountId: recipient, messageId, payload: encodeContent(content) });
    this.outbox.kick();
  }

  /**
   * A message was queued for `recipient`. If its lane is held for a safety-number change,
   * it must look again, so the new message fails visibly instead of waiting unseen.
   */
  private kickFor(recipient: AccountId): void {
    if (this.awaitsIdentityAcceptance(recipient)) this.outbox.release();
    else this.outbox.kick();
  }

  /** Whether sending to this contact waits for the user to accept a new safety number. */
  private awaitsIdentityAcceptance(recipient: AccountId): boolean {
    return recipient !== this.account.accountId && this.store.getIdentity(recipient)?.changePending === true;
  }

  /**
   * An item for a contact whose safety number changed and is not accepted yet. A message
   * the user composed fails visibly (they may send it again once they accepted); what
   * the engine owes the contact (receipts, a profile, edits and reactions) waits in its
   * lane and goes once the user accepts.
   */
  private identityChangedWhileSending(item: OutboxItem): 'hold' | 'failed' {
    const failed = item.kind === 'message';
    this.store.transaction(() => {
      if (failed) this.endOutboxItem(item, 'identity-changed');
      this.recordIdentityChangeEvent(item.recipientAccountId);
    });
    if (failed && item.messageId !== null) this.events.emit('messageStatus', { messageId: item.messageId });
    const event = { kind: 'identity-changed', accountId: item.recipientAccountId } as const;
    this.events.emit('received', event);
    this.announceReceived(event);
    const conversation = this.store.getDirectConversation(item.recipientAccountId);
    if (conversation !== undefined) this.messagesChanged(conversation.id, failed && item.messageId !== null ? [item.messageId] : []);
    return failed ? 'failed' : 'hold';
  }

  /** The relay refused an item for good (or it cannot be sent): it leaves its lane and its message fails visibly. */
  private failOutboxItem(item: OutboxItem, code: SendFailureCode): void {
    this.store.transaction(() => {
      this.endOutboxItem(item, code);
    });
    this.log.warn({ event: 'outbox-failed', lane: item.lane, kind: item.kind, code }, 'send failed for good');
    if (item.messageId === null) return;
    const message = this.store.getMessage(item.messageId);
    if (message === undefined) return;
    this.events.emit('messageStatus', { messageId: message.id });
    this.messagesChanged(message.conversationId, [message.id]);
  }

  /** Removes the item; the message it sends (not a transcript of it) becomes failed with `code`. */
  private endOutboxItem(item: OutboxItem, code: SendFailureCode): void {
    this.store.removeOutbox(item.id);
    if (item.kind !== 'message' || item.messageId === null) return;
    const message = this.store.getMessage(item.messageId);
    if (message?.status !== 'pending') return;
    this.store.updateMessageStatus(message.id, 'failed');
    this.store.setMessageErrorCode(message.id, code);
  }

  private async sendOutboxItem(item: OutboxItem): Promise<void> {
    const me = this.account;
    const message = item.messageId === null ? undefined : this.store.getMessage(item.messageId);
    // A payload that does not decode cannot be sent as it is: ContentFormatError, a permanent failure.
    const content: Content = decodeContent(item.payload);
    // A sub-message absent on the wire decodes as null, whatever the generated type says.
    const editData = content.editMessage?.dataMessage as { readonly timestamp: number } | null | undefined;
    const timestamp = content.dataMessage?.timestamp ?? editData?.timestamp ?? message?.sentAt ?? item.createdAt;
    const result = await this.sendSealedIfPossible(item.recipientAccountId, item.payload, timestamp, item.kind === 'message');
    const sentAt = this.now();
    const toContact = item.recipientAccountId !== me.accountId;
    // What the contact got (message, reply, reaction, delete, edit) goes to this
    // account's other devices as a transcript, queued so it survives a failure here.
    const transcript = toContact && result.needsSync && (content.dataMessage !== null || content.editMessage !== null);
    this.store.transaction(() => {
      if (transcript) {
        this.store.enqueueOutbox({
          kind: 'sync',
          recipientAccountId: me.accountId,
          messageId: item.kind === 'message' && message !== undefined ? message.id : null,
          payload: encodeContent({
            syncMessage: {
              sent: {
                destinationAccountId: item.recipientAccountId,
                destinationHandle: this.store.getRecipient(item.recipientAccountId)?.handle ?? null,
                timestamp,
                message: content.dataMessage,
                editMessage: content.editMessage,
                unidentifiedStatus: [{ destinationAccountId: item.recipientAccountId, unidentified: result.sealed }],
              },
            },
          }),
        });
      }
      this.store.removeOutbox(item.id);
      if (message !== undefined && (item.kind === 'message' || item.kind === 'sync')) {
        for (const deviceId of result.deviceIds) {
          this.store.recordMessageSend({
            messageId: message.id,
            accountId: item.recipientAccountId,
            deviceId: toDeviceId(deviceId),
            sealed: result.sealed,
            sentAt,
          });
        }
      }
      if (item.kind === 'message' && message?.status === 'pending') this.store.updateMessageStatus(message.id, 'sent');
    });
    if (message !== undefined) {
      this.events.emit('messageStatus', { messageId: message.id });
      this.messagesChanged(message.conversationId, [message.id]);
    }
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
  private cancelReceipts: Cancel | undefined;

  /**
   * Delivery receipts are gathered for a moment and sent as one message per sender, as
   * a backlog of hundreds of messages would otherwise answer with hundreds of receipts.
   * (A receipt lost to a crash in that moment only leaves a message showing "sent".)
   */
  private queueDeliveryReceipt(accountId: AccountId, sentAt: ReadonlyArray<number>): void {
    const pending = this.pendingReceipts.get(accountId);
    if (pending === undefined) this.pendingReceipts.set(accountId, [...sentAt]);
    else pending.push(...sentAt);
    if (this.cancelReceipts !== undefined) return;
    this.cancelReceipts = this.scheduler.after(150, () => {
      this.cancelReceipts = undefined;
      this.guardStorage(() => {
        this.flushDeliveryReceipts();
      });
    });
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
    this.outbox.kick();
  }

  /** The last timestamp issued, from the store on first use (another engine may have issued it). */
  private lastTimestamp: number | undefined;

  /**
   * Sent timestamps name messages (with the sender), so no two sends share one, not even
   * across a restart: the high-water mark is persisted with each one issued (call this
   * inside the transaction that stores what uses it, so both commit at once) and a new
   * engine continues above it, even when the clock is behind it.
   */
  private uniqueTimestamp(): number {
    const last = (this.lastTimestamp ??= this.store.getItem('lastIssuedTimestamp') ?? 0);
    const next = Math.max(this.now(), last + 1);
    this.store.setItem('lastIssuedTimestamp', next);
    this.lastTimestamp = next;
    return next;
  }
}
