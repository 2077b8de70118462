/**
 * The receive pipeline (DESIGN.md "Receiving"): for each envelope the relay pushes,
 * decrypt, dedupe, stage, route the content through the modules' handlers
 * (./inbound.ts), commit to the database, and only then let the socket acknowledge it.
 * libsignal's state changes are staged and committed in the same transaction as what
 * they produced, so a crash anywhere before the commit leaves everything as it was and
 * the redelivered envelope is processed again. A duplicate server guid is dropped; an
 * online-only envelope (never stored, so never redelivered) is not recorded for that.
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
import type { Envelope } from '../../shared/proto';
import { Envelope as EnvelopeCodec, EnvelopeType } from '../../shared/proto';
import type { Content } from '../../shared/proto/content';
import { Content as ContentCodec } from '../../shared/proto/content';
import { createSignalStores } from '../signal';
import { StagedSignalStorage } from '../signal/staged-storage';
import type { AccountId, DeviceId, LocalAccount, MessageId, ServerGuid, Store, UnreadableReason } from '../store';
import { storageFailureOf } from '../store';
import { parseAccountId, recordIdentityChange, sameBytes } from '../messaging/features';
import type { Mutex } from '../mutex';
import { ContentFormatError, decodeContent } from '../messaging/content-codec';
import type { CheckedEnvelope, EnvelopeProblem, EnvelopeSender } from '../messaging/validate';
import { checkEnvelope, checkSealedSender, findContentProblem } from '../messaging/validate';

import type { EngineLogger } from '../kernel/logger';
import { silentLogger } from '../kernel/logger';
import type { EnvelopeDelivery } from '../relay-client/socket';
import { queuedDelivery } from '../relay-client/socket';
import type { AuthoredPart, ContentRouter, InboundContext, ReceivedEvent } from './inbound';

export type { ReceivedEvent };

/**
 * An envelope acknowledged without anything shown, because no conversation could be
 * named for it: for the log. `error` may come from libsignal; log its name and message only.
 */
export interface UnattributableEnvelope {
  readonly reason: EnvelopeProblem | 'undecodable' | 'sealed-sender' | 'sealed-sender-address';
  readonly error?: unknown;
}

/** A decrypted envelope that was shown as unreadable for a reason worth a log line. */
export interface UnreadableEnvelope {
  readonly reason: UnreadableReason;
  /** The first field out of range (a path, never a value), for invalid content. */
  readonly field?: string;
  readonly error?: unknown;
}

/** What the pipeline asks of the rest of the engine after a commit. */
export interface ReceiverEffects {
  /** Tell a sender its message could not be decrypted (libsignal's retry request). */
  sendDecryptionError(accountId: AccountId, deviceId: DeviceId, errorMessage: DecryptionErrorMessage): void;
  emit(event: ReceivedEvent): void;
  /** An envelope nobody can be named for (invalid, unattributable sealed sender): acknowledged, logged. */
  onUnattributable?(report: UnattributableEnvelope): void;
  /** An envelope shown as "couldn't be read" because its values were invalid or unforeseen. */
  onUnreadable?(report: UnreadableEnvelope): void;
}

/** Enough for an edit history and a few reactions; more than this for one message is noise or abuse. */
const maxEarlyActionsPerTarget = 32;

export interface ReceivePipelineOptions {
  readonly store: Store;
  readonly local: () => LocalAccount;
  readonly effects: ReceiverEffects;
  /** The modules' content handlers: the pipeline routes every decrypted content through them. */
  readonly router: ContentRouter;
  readonly sessionLock: Mutex;
  /** The relay's pinned sealed-sender trust root. */
  readonly trustRoot: () => Promise<PublicKey>;
  readonly now?: () => number;
  readonly log?: EngineLogger;
}

export class ReceivePipeline {
  private readonly store: Store;
  private readonly local: () => LocalAccount;
  private readonly effects: ReceiverEffects;
  private readonly router: ContentRouter;
  private readonly sessionLock: Mutex;
  private readonly trustRoot: () => Promise<PublicKey>;
  private readonly now: () => number;
  private readonly log: EngineLogger;

  constructor(options: ReceivePipelineOptions) {
    this.store = options.store;
    this.local = options.local;
    this.effects = options.effects;
    this.router = options.router;
    this.sessionLock = options.sessionLock;
    this.trustRoot = options.trustRoot;
    this.now = options.now ?? Date.now;
    this.log = options.log ?? silentLogger;
  }

  /** Resolves once the envelope is committed (or deliberately dropped): then it may be acknowledged. */
  handle(envelopeBytes: Uint8Array, delivery: EnvelopeDelivery = queuedDelivery): Promise<void> {
    return this.sessionLock.runExclusive(() => this.process(envelopeBytes, delivery));
  }

  /**
   * Records the envelope so a redelivery is dropped, unless it came online-only: the relay
   * never stored it and never sends it again, and recording presence heartbeats (~100 a
   * minute per console desktop) would only grow a table nothing prunes.
   * The flag is the relay's word alone. A relay that sets it on a queued envelope achieves
   * only that a redelivery of that envelope is not dropped here as a duplicate; libsignal
   * still refuses a reused message key (DuplicatedMessage) and an undecryptable row is
   * unique by guid.
   */
  private markProcessed(guid: ServerGuid, delivery: EnvelopeDelivery): void {
    if (!delivery.online) this.store.markEnvelopeProcessed(guid);
  }

  private async process(envelopeBytes: Uint8Array, delivery: EnvelopeDelivery): Promise<void> {
    let decoded: Envelope;
    try {
      decoded = EnvelopeCodec.decode(envelopeBytes);
    } catch (error) {
      // Nothing can be attributed or repaired; keeping it would block the queue forever.
      this.effects.onUnattributable?.({ reason: 'undecodable', error });
      return;
    }
    // Every field is checked before it reaches SQL or libsignal: a value out of range
    // must never make the commit fail, or the envelope would come back on every connection.
    const check = checkEnvelope(decoded);
    if (!check.ok) {
      this.handleInvalidEnvelope(check.problem, check.guid, check.source, delivery);
      return;
    }
    const envelope = check.envelope;
    const guid = envelope.guid;
    // Online envelopes are looked up too (a cheap read): a recorded one replayed as online is still dropped.
    if (this.store.hasProcessedEnvelope(guid)) return;
    const me = this.local();
    const localAddress = ProtocolAddress.new(me.accountId, me.deviceId);
    const staged = new StagedSignalStorage(this.store);
    const stores = createSignalStores(staged);
    const events: Array<ReceivedEvent> = [];

    if (envelope.source === undefined) {
      // Sealed sender: the relay never knew who sent this; the sender's certificate inside says it.
      // Fetched outside the try: a relay out of reach is no fault of the envelope, which is kept.
      const trustRoot = await this.trustRoot();
      let result: SealedSenderDecryptionResult;
      try {
        result = await sealedSenderDecryptMessage(
          Uint8Array.from(envelope.content),
          trustRoot,
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
        if (storageFailureOf(error) !== undefined) throw error;
        // Without a valid certificate the sender cannot be named, so nothing can be shown or repaired.
        if (!(error instanceof LibSignalErrorBase && error.code === ErrorCode.DuplicatedMessage)) {
          this.effects.onUnattributable?.({ reason: 'sealed-sender', error });
        }
        this.store.transaction(() => {
          this.markProcessed(guid, delivery);
        });
        return;
      }
      // The relay signs certificates: one that names no valid address is the relay's doing.
      const sealedSender = checkSealedSender(result.senderUuid(), result.deviceId());
      if (sealedSender === undefined) {
        staged.discard();
        this.effects.onUnattributable?.({ reason: 'sealed-sender-address' });
        this.store.transaction(() => {
          this.markProcessed(guid, delivery);
        });
        return;
      }
      this.commitDecrypted(result.message(), envelope, sealedSender.accountId, sealedSender.deviceId, guid, delivery, staged, events);
      return;
    }

    const sender = envelope.source.accountId;
    const senderDevice = envelope.source.deviceId;
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
          await this.handleDecryptionErrorReport(envelope, sender, senderDevice, guid, delivery);
          return;
        case EnvelopeType.UNIDENTIFIED_SENDER:
        case EnvelopeType.UNKNOWN:
          // checkEnvelope let neither through here: sealed sender has no source, unknown types are refused.
          return;
      }
    } catch (error) {
      staged.discard();
      if (storageFailureOf(error) !== undefined) throw error;
      if (error instanceof LibSignalErrorBase && error.code === ErrorCode.DuplicatedMessage) {
        this.store.transaction(() => {
          this.markProcessed(guid, delivery);
        });
        return;
      }
      const untrusted = error instanceof LibSignalErrorBase && error.code === ErrorCode.UntrustedIdentity;
      this.recordUnreadable(envelope, sender, senderDevice, guid, delivery, untrusted ? 'untrusted-identity' : 'decryption-failed');
      return;
    }
    this.commitDecrypted(plaintext, envelope, sender, senderDevice, guid, delivery, staged, events);
  }

  /**
   * An envelope whose own fields are out of range. Shown as "couldn't be read" in the
   * conversation of the sender it names, if there already is one (an envelope must not
   * create conversations on the relay's word), else only logged; acknowledged either way.
   */
  private handleInvalidEnvelope(
    problem: EnvelopeProblem,
    guid: ServerGuid | undefined,
    source: EnvelopeSender | undefined,
    delivery: EnvelopeDelivery,
  ): void {
    if (guid !== undefined && this.store.hasProcessedEnvelope(guid)) return;
    const conversation = source === undefined ? undefined : this.store.getDirectConversation(source.accountId);
    if (source === undefined || conversation === undefined) {
      this.effects.onUnattributable?.({ reason: problem });
      if (guid !== undefined) {
        this.store.transaction(() => {
          this.markProcessed(guid, delivery);
        });
      }
      return;
    }
    this.effects.onUnreadable?.({ reason: 'invalid-envelope', field: problem });
    let messageId: MessageId | undefined;
    this.store.transaction(() => {
      const now = this.now();
      const result = this.store.insertMessage({
        conversationId: conversation.id,
        kind: 'undecryptable',
        direction: 'incoming',
        senderAccountId: source.accountId,
        senderDeviceId: source.deviceId,
        serverGuid: guid ?? null,
        // The envelope's own times may be what is wrong with it.
        sentAt: now,
        receivedAt: now,
        body: null,
        status: 'received',
        errorText: null,
        errorCode: 'invalid-envelope',
      });
      if (result.inserted) messageId = result.id;
      if (guid !== undefined) this.markProcessed(guid, delivery);
    });
    if (messageId !== undefined) this.effects.emit({ kind: 'message', messageId });
  }

  private commitDecrypted(
    plaintext: Uint8Array,
    envelope: CheckedEnvelope,
    sender: AccountId,
    senderDevice: DeviceId,
    guid: ServerGuid,
    delivery: EnvelopeDelivery,
    staged: StagedSignalStorage,
    events: Array<ReceivedEvent>,
  ): void {
    let content: Content;
    try {
      content = decodeContent(plaintext);
    } catch (error) {
      if (!(error instanceof ContentFormatError)) throw error;
      // The session advanced (keep that), but the content is unusable: show it as an error.
      this.recordUnreadable(envelope, sender, senderDevice, guid, delivery, 'malformed-content', staged);
      return;
    }
    const problem = findContentProblem(content);
    if (problem !== undefined) {
      // Decrypted, so the sender is known, but a value is out of range: nothing of it is applied.
      this.effects.onUnreadable?.({ reason: 'invalid-content', field: problem });
      this.recordUnreadable(envelope, sender, senderDevice, guid, delivery, 'invalid-content', staged);
      return;
    }

    const afterCommit: Array<() => void> = [];
    try {
      this.applyAndCommit(content, envelope, sender, senderDevice, guid, delivery, staged, events, afterCommit);
    } catch (error) {
      if (storageFailureOf(error) !== undefined) throw error;
      // Something this pipeline did not foresee (a bug, a value no check covers yet). The
      // transaction rolled back, staged session state with it; showing the message as
      // unreadable and acknowledging it beats a queue blocked by it for 30 days.
      this.effects.onUnreadable?.({ reason: 'invalid-content', error });
      events.length = 0;
      this.recordUnreadable(envelope, sender, senderDevice, guid, delivery, 'invalid-content');
      return;
    }
    for (const work of afterCommit) {
      try {
        work();
      } catch (error) {
        // Committed already: what follows (a download, a receipt) must not undo the acknowledgement.
        this.log.error({ event: 'after-commit-failed', error }, 'work after a commit failed');
      }
    }
    for (const event of events) this.effects.emit(event);
  }

  private applyAndCommit(
    content: Content,
    envelope: CheckedEnvelope,
    sender: AccountId,
    senderDevice: DeviceId,
    guid: ServerGuid,
    delivery: EnvelopeDelivery,
    staged: StagedSignalStorage,
    events: Array<ReceivedEvent>,
    afterCommit: Array<() => void>,
  ): void {
    this.store.transaction(() => {
      const keyBefore = this.store.getIdentity(sender)?.publicKey;
      staged.commit();
      const identity = this.store.getIdentity(sender);
      if (keyBefore !== undefined && identity !== undefined && !sameBytes(keyBefore, identity.publicKey)) {
        // The contact's identity changed with this message (a reinstall, or worse): say so
        // in the chat before the message itself, once; sending waits for the user.
        // Just before the message in conversation order (the sender's clock orders messages).
        const at = Math.min(this.now(), envelope.clientTimestamp) - 1;
        const messageId = recordIdentityChange(this.store, sender, this.now(), at);
        events.push({ kind: 'message', messageId }, { kind: 'identity-changed', accountId: sender });
      }
      this.store.saveRecipientDevice(sender, senderDevice, null);
      this.router.route(this.contextFor(content, sender, senderDevice, guid, events, afterCommit, false));
      this.markProcessed(guid, delivery);
    });
  }

  /** The context the modules' handlers see, with addressing worked out once. */
  private contextFor(
    content: Content,
    sender: AccountId,
    senderDevice: DeviceId,
    guid: ServerGuid,
    events: Array<ReceivedEvent>,
    afterCommit: Array<() => void>,
    replay: boolean,
  ): InboundContext {
    const me = this.local();
    const receivedAt = this.now();
    const context: InboundContext = {
      me,
      sender,
      senderDevice,
      guid,
      receivedAt,
      content,
      replay,
      authored: this.authoredParts(content, sender, me),
      emit: (event) => {
        events.push(event);
      },
      afterCommit: (work) => {
        afterCommit.push(work);
      },
      keepForLater: (targetAuthor, targetSentAt) => {
        if (this.store.listEarlyActions(targetAuthor, targetSentAt).length >= maxEarlyActionsPerTarget) return;
        this.store.saveEarlyAction(targetAuthor, targetSentAt, {
          senderAccountId: sender,
          senderDeviceId: senderDevice,
          payload: Uint8Array.from(ContentCodec.encode(content).finish()),
          receivedAt,
        });
      },
      replayWaiting: (author, sentAt) => {
        this.replayEarlyActions(author, sentAt, guid, events, afterCommit);
      },
    };
    return context;
  }

  /**
   * Who wrote a data or edit message and in which conversation: a contact's own, or a
   * transcript of what this account sent from another device (to the destination it names).
   */
  private authoredParts(content: Content, sender: AccountId, me: LocalAccount): ReadonlyArray<AuthoredPart> {
    if (sender !== me.accountId) {
      if (content.dataMessage === null && content.editMessage === null) return [];
      const conversation = this.store.getOrCreateDirectConversation(sender);
      return [
        {
          author: sender,
          direction: 'incoming',
          peer: sender,
          conversationId: conversation.id,
          peerHandle: content.dataMessage?.senderHandle ?? null,
          data: content.dataMessage,
          edit: content.editMessage,
        },
      ];
    }
    const sent = content.syncMessage?.sent ?? null;
    if (sent === null || sent.destinationAccountId === '') return [];
    const destination = parseAccountId(sent.destinationAccountId);
    if (destination === undefined) return [];
    const conversation = this.store.getOrCreateDirectConversation(destination);
    return [
      {
        author: me.accountId,
        direction: 'outgoing',
        peer: destination,
        conversationId: conversation.id,
        peerHandle: sent.destinationHandle,
        data: sent.message,
        edit: sent.editMessage,
      },
    ];
  }

  /**
   * A message arrived that earlier actions (an edit, delete or reaction that overtook it:
   * another device, a retry) were waiting for: route them again, as replays, so only the
   * handlers that act on earlier messages run. The envelopes that carried them were
   * processed long ago.
   */
  private replayEarlyActions(author: AccountId, sentAt: number, guid: ServerGuid, events: Array<ReceivedEvent>, afterCommit: Array<() => void>): void {
    for (const action of this.store.listEarlyActions(author, sentAt)) {
      this.store.removeEarlyAction(action.id);
      let content: Content;
      try {
        content = ContentCodec.decode(action.payload);
      } catch {
        continue;
      }
      this.router.route(this.contextFor(content, action.senderAccountId, action.senderDeviceId, guid, events, afterCommit, true));
    }
  }

  /**
   * The message is lost to us, but not silently: it shows in the conversation with a
   * reason the renderer phrases, and a sender whose message did not decrypt is asked to
   * send it again. `staged` (a session that did advance) is committed with the row.
   */
  private recordUnreadable(
    envelope: CheckedEnvelope,
    sender: AccountId,
    senderDevice: DeviceId,
    guid: ServerGuid,
    delivery: EnvelopeDelivery,
    reason: UnreadableReason,
    staged?: StagedSignalStorage,
  ): void {
    let messageId: MessageId | undefined;
    this.store.transaction(() => {
      staged?.commit();
      const conversation = this.store.getOrCreateDirectConversation(sender);
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
        errorText: null,
        errorCode: reason,
      });
      if (result.inserted) messageId = result.id;
      this.markProcessed(guid, delivery);
    });
    if (messageId !== undefined) this.effects.emit({ kind: 'message', messageId });
    if (reason === 'decryption-failed' || reason === 'untrusted-identity') {
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
  private async handleDecryptionErrorReport(
    envelope: CheckedEnvelope,
    sender: AccountId,
    senderDevice: DeviceId,
    guid: ServerGuid,
    delivery: EnvelopeDelivery,
  ): Promise<void> {
    let report: DecryptionErrorMessage;
    try {
      report = DecryptionErrorMessage.extractFromSerializedBody(PlaintextContent.deserialize(Uint8Array.from(envelope.content)).body());
    } catch {
      this.store.transaction(() => {
        this.markProcessed(guid, delivery);
      });
      return;
    }
    const staged = new StagedSignalStorage(this.store);
    await createSignalStores(staged).session.archiveSession(ProtocolAddress.new(sender, senderDevice));
    this.store.transaction(() => {
      staged.commit();
      this.markProcessed(guid, delivery);
    });
    this.effects.emit({ kind: 'decryption-error-reported', accountId: sender, deviceId: senderDevice, sentAt: report.timestamp() });
  }
}
