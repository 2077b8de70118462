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
import type { Envelope } from '../../shared/proto';
import { Envelope as EnvelopeCodec, EnvelopeType } from '../../shared/proto';
import type { Content, DataMessage, EditMessage, ProfileMessage, SyncHistory, SyncMessage } from '../../shared/proto/content';
import { Content as ContentCodec, ReceiptType, SyncVerifiedState, TypingAction } from '../../shared/proto/content';
import type { AttachmentService } from '../attachments/types';
import { HandleSchema } from '../../shared/relay-api';
import { createSignalStores } from '../signal';
import { StagedSignalStorage } from '../signal/staged-storage';
import type { AccountId, ConversationId, DeviceId, LocalAccount, Message, MessageId, ServerGuid, Store, UnreadableReason } from '../store';
import { storageFailureOf } from '../store';
import { isAvatarDataUrl, parseAccountId, recordIdentityChange, recordVerifiedChange, sameBytes } from './features';
import type { Mutex } from '../mutex';
import { ContentFormatError, decodeContent } from './content-codec';
import type { CheckedEnvelope, EnvelopeProblem, EnvelopeSender } from './validate';
import { checkEnvelope, checkSealedSender, findContentProblem } from './validate';

export type ReceivedEvent =
  | { readonly kind: 'message'; readonly messageId: MessageId }
  | { readonly kind: 'message-updated'; readonly messageId: MessageId }
  /** Deleted for me on another device of this account. */
  | { readonly kind: 'message-removed'; readonly messageId: MessageId; readonly conversationId: ConversationId }
  /** A contact's profile or verification changed. */
  | { readonly kind: 'contact-updated'; readonly accountId: AccountId }
  /** This account's own profile changed on another of its devices. */
  | { readonly kind: 'profile-updated' }
  | { readonly kind: 'typing'; readonly accountId: AccountId; readonly deviceId: DeviceId; readonly started: boolean }
  | { readonly kind: 'identity-changed'; readonly accountId: AccountId }
  | { readonly kind: 'decryption-error-reported'; readonly accountId: AccountId; readonly deviceId: DeviceId; readonly sentAt: number };

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
  /** A delivery receipt for messages from this account, sent at these times. */
  queueDeliveryReceipt(accountId: AccountId, sentAt: ReadonlyArray<number>): void;
  /** Tell a sender its message could not be decrypted (libsignal's retry request). */
  sendDecryptionError(accountId: AccountId, deviceId: DeviceId, errorMessage: DecryptionErrorMessage): void;
  emit(event: ReceivedEvent): void;
  /** An envelope nobody can be named for (invalid, unattributable sealed sender): acknowledged, logged. */
  onUnattributable?(report: UnattributableEnvelope): void;
  /** An envelope shown as "couldn't be read" because its values were invalid or unforeseen. */
  onUnreadable?(report: UnreadableEnvelope): void;
  /** History sync's media manifest from this account's device `senderDeviceId`; called inside the transaction. */
  recordHistoryMedia?(history: SyncHistory, senderDeviceId: DeviceId): void;
}

/** Work that waits until the transaction committed (files are not part of it). */
interface AfterCommit {
  /** Messages whose attachments may start downloading. */
  readonly downloads: Array<MessageId>;
  /** Messages whose attachment files must go (deleted for everyone or for me). */
  readonly removedAttachments: Array<MessageId>;
}

interface ApplyContext {
  readonly sender: AccountId;
  readonly senderDevice: DeviceId;
  readonly guid: ServerGuid;
  readonly receivedAt: number;
  readonly events: Array<ReceivedEvent>;
  readonly after: AfterCommit;
  /** The whole content, kept when an action waits for its target. */
  readonly content: Content;
}

const maxQuoteLength = 2_000;
/** Enough for an edit history and a few reactions; more than this for one message is noise or abuse. */
const maxEarlyActionsPerTarget = 32;

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
    /** The attachment service once the engine has one. */
    private readonly attachments: () => AttachmentService | undefined = () => undefined,
  ) {}

  /** Resolves once the envelope is committed (or deliberately dropped): then it may be acknowledged. */
  handle(envelopeBytes: Uint8Array): Promise<void> {
    return this.sessionLock.runExclusive(() => this.process(envelopeBytes));
  }

  private async process(envelopeBytes: Uint8Array): Promise<void> {
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
      this.handleInvalidEnvelope(check.problem, check.guid, check.source);
      return;
    }
    const envelope = check.envelope;
    const guid = envelope.guid;
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
        this.store.transaction(() => this.store.markEnvelopeProcessed(guid));
        return;
      }
      // The relay signs certificates: one that names no valid address is the relay's doing.
      const sealedSender = checkSealedSender(result.senderUuid(), result.deviceId());
      if (sealedSender === undefined) {
        staged.discard();
        this.effects.onUnattributable?.({ reason: 'sealed-sender-address' });
        this.store.transaction(() => this.store.markEnvelopeProcessed(guid));
        return;
      }
      this.commitDecrypted(result.message(), envelope, sealedSender.accountId, sealedSender.deviceId, guid, staged, events);
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
          await this.handleDecryptionErrorReport(envelope, sender, senderDevice, guid);
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
        this.store.transaction(() => this.store.markEnvelopeProcessed(guid));
        return;
      }
      const untrusted = error instanceof LibSignalErrorBase && error.code === ErrorCode.UntrustedIdentity;
      this.recordUnreadable(envelope, sender, senderDevice, guid, untrusted ? 'untrusted-identity' : 'decryption-failed');
      return;
    }
    this.commitDecrypted(plaintext, envelope, sender, senderDevice, guid, staged, events);
  }

  /**
   * An envelope whose own fields are out of range. Shown as "couldn't be read" in the
   * conversation of the sender it names, if there already is one (an envelope must not
   * create conversations on the relay's word), else only logged; acknowledged either way.
   */
  private handleInvalidEnvelope(problem: EnvelopeProblem, guid: ServerGuid | undefined, source: EnvelopeSender | undefined): void {
    if (guid !== undefined && this.store.hasProcessedEnvelope(guid)) return;
    const conversation = source === undefined ? undefined : this.store.getDirectConversation(source.accountId);
    if (source === undefined || conversation === undefined) {
      this.effects.onUnattributable?.({ reason: problem });
      if (guid !== undefined) this.store.transaction(() => this.store.markEnvelopeProcessed(guid));
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
      if (guid !== undefined) this.store.markEnvelopeProcessed(guid);
    });
    if (messageId !== undefined) this.effects.emit({ kind: 'message', messageId });
  }

  private commitDecrypted(
    plaintext: Uint8Array,
    envelope: CheckedEnvelope,
    sender: AccountId,
    senderDevice: DeviceId,
    guid: ServerGuid,
    staged: StagedSignalStorage,
    events: Array<ReceivedEvent>,
  ): void {
    let content: Content;
    try {
      content = decodeContent(plaintext);
    } catch (error) {
      if (!(error instanceof ContentFormatError)) throw error;
      // The session advanced (keep that), but the content is unusable: show it as an error.
      this.recordUnreadable(envelope, sender, senderDevice, guid, 'malformed-content', staged);
      return;
    }
    const problem = findContentProblem(content);
    if (problem !== undefined) {
      // Decrypted, so the sender is known, but a value is out of range: nothing of it is applied.
      this.effects.onUnreadable?.({ reason: 'invalid-content', field: problem });
      this.recordUnreadable(envelope, sender, senderDevice, guid, 'invalid-content', staged);
      return;
    }

    const receipts: Array<number> = [];
    const after: AfterCommit = { downloads: [], removedAttachments: [] };
    try {
      this.applyAndCommit(content, envelope, sender, senderDevice, guid, staged, events, receipts, after);
    } catch (error) {
      if (storageFailureOf(error) !== undefined) throw error;
      // Something this pipeline did not foresee (a bug, a value no check covers yet). The
      // transaction rolled back, staged session state with it; showing the message as
      // unreadable and acknowledging it beats a queue blocked by it for 30 days.
      this.effects.onUnreadable?.({ reason: 'invalid-content', error });
      events.length = 0;
      this.recordUnreadable(envelope, sender, senderDevice, guid, 'invalid-content');
      return;
    }
    if (receipts.length > 0) this.effects.queueDeliveryReceipt(sender, receipts);
    const attachments = this.attachments();
    if (attachments !== undefined) {
      for (const messageId of after.downloads) attachments.autoDownload(messageId);
      for (const messageId of after.removedAttachments) {
        attachments.removeForMessage(messageId).catch(() => undefined);
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
    staged: StagedSignalStorage,
    events: Array<ReceivedEvent>,
    receipts: Array<number>,
    after: AfterCommit,
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
      this.apply(content, sender, senderDevice, guid, events, receipts, after);
      this.store.markEnvelopeProcessed(guid);
    });
  }

  private apply(
    content: Content,
    sender: AccountId,
    senderDevice: DeviceId,
    guid: ServerGuid,
    events: Array<ReceivedEvent>,
    receipts: Array<number>,
    after: AfterCommit,
  ): void {
    const me = this.local();
    const receivedAt = this.now();
    const context: ApplyContext = { sender, senderDevice, guid, receivedAt, events, after, content };
    const data = content.dataMessage;
    if (data !== null && sender !== me.accountId) {
      if (data.profileKey !== null && data.profileKey.length === 32) {
        this.store.upsertRecipient({ accountId: sender, profileKey: Uint8Array.from(data.profileKey) });
      }
      this.learnHandle(sender, data.senderHandle);
      const conversation = this.store.getOrCreateDirectConversation(sender);
      const inserted = this.applyDataMessage(data, sender, conversation.id, 'incoming', context);
      if (inserted) receipts.push(data.timestamp);
    }
    const edit = content.editMessage;
    if (edit !== null && sender !== me.accountId) {
      this.applyEdit(edit, sender, this.store.getOrCreateDirectConversation(sender).id, context);
    }
    const profile = content.profile;
    if (profile !== null) this.applyProfile(profile, sender, events);
    const sync = content.syncMessage;
    if (sync !== null && sender === me.accountId) this.applySync(sync, context);
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

  /** What this account's other devices tell it: sent transcripts, reads, deletes for me, verification. */
  private applySync(sync: SyncMessage, context: ApplyContext): void {
    const me = this.local();
    const sent = sync.sent;
    if (sent !== null && sent.destinationAccountId !== '') {
      const destination = parseAccountId(sent.destinationAccountId);
      if (destination !== undefined) {
        this.learnHandle(destination, sent.destinationHandle);
        const conversation = this.store.getOrCreateDirectConversation(destination);
        if (sent.message !== null) this.applyDataMessage(sent.message, me.accountId, conversation.id, 'outgoing', context);
        if (sent.editMessage !== null) this.applyEdit(sent.editMessage, me.accountId, conversation.id, context);
      }
    }
    for (const read of sync.read) {
      const author = parseAccountId(read.senderAccountId);
      const message = author === undefined ? undefined : this.store.findMessageBySentAt(author, read.timestamp);
      if (message?.status === 'received') {
        this.store.updateMessageStatus(message.id, 'read');
        this.store.setConversationLastRead(message.conversationId, message.sentAt);
        context.events.push({ kind: 'message-updated', messageId: message.id });
      }
    }
    for (const removal of sync.deleteForMe) {
      const author = parseAccountId(removal.targetAuthorAccountId);
      const message = author === undefined ? undefined : this.store.findMessageBySentAt(author, removal.targetSentTimestamp);
      if (message === undefined) continue;
      this.store.deleteMessage(message.id);
      context.after.removedAttachments.push(message.id);
      context.events.push({ kind: 'message-removed', messageId: message.id, conversationId: message.conversationId });
    }
    const verified = sync.verified;
    if (verified !== null) {
      const accountId = parseAccountId(verified.accountId);
      const identity = accountId === undefined ? undefined : this.store.getIdentity(accountId);
      // Only for the key this device knows: a verification of another key says nothing about ours.
      if (accountId !== undefined && identity !== undefined && sameBytes(identity.publicKey, verified.identityKey)) {
        const state = verified.state === SyncVerifiedState.VERIFIED ? 'verified' : verified.state === SyncVerifiedState.UNVERIFIED ? 'unverified' : 'default';
        if (identity.verified !== state) {
          this.store.setIdentityVerified(accountId, state);
          const messageId = recordVerifiedChange(this.store, me, accountId, state === 'verified', this.now());
          context.events.push({ kind: 'message', messageId });
          context.events.push({ kind: 'contact-updated', accountId });
        }
      }
    }
    if (sync.history !== null) this.effects.recordHistoryMedia?.(sync.history, context.senderDevice);
  }

  /**
   * A DataMessage authored by `author` in `conversationId`: a reaction, a delete for
   * everyone, or a new message. Returns whether a new message was stored.
   */
  private applyDataMessage(
    data: DataMessage,
    author: AccountId,
    conversationId: ConversationId,
    direction: 'incoming' | 'outgoing',
    context: ApplyContext,
  ): boolean {
    const reaction = data.reaction;
    if (reaction !== null) {
      const targetAuthor = parseAccountId(reaction.targetAuthorAccountId);
      const emoji = reaction.emoji;
      if (targetAuthor === undefined || (!reaction.remove && (emoji.length === 0 || emoji.length > 32))) return false;
      const target = this.store.findMessageBySentAt(targetAuthor, reaction.targetSentTimestamp);
      if (target === undefined) {
        this.keepForLater(targetAuthor, reaction.targetSentTimestamp, context);
        return false;
      }
      // A reaction only applies inside the conversation it was sent in.
      if (target.conversationId !== conversationId || target.kind !== 'text' || target.deletedForEveryone) return false;
      if (this.store.setReaction(target.id, author, reaction.remove ? null : emoji, data.timestamp)) {
        context.events.push({ kind: 'message-updated', messageId: target.id });
      }
      return false;
    }
    if (data.deleteTargetSentTimestamp !== null) {
      // Looked up by author: only the author can delete a message for everyone.
      const target = this.store.findMessageBySentAt(author, data.deleteTargetSentTimestamp);
      if (target === undefined) {
        this.keepForLater(author, data.deleteTargetSentTimestamp, context);
        return false;
      }
      if (target.conversationId !== conversationId || target.kind !== 'text' || target.deletedForEveryone) return false;
      this.store.markDeletedForEveryone(target.id);
      context.after.removedAttachments.push(target.id);
      context.events.push({ kind: 'message-updated', messageId: target.id });
      return false;
    }
    const hasBody = data.body !== null && data.body.length > 0;
    if (!hasBody && data.attachments.length === 0) return false;
    // A message is its author and sent time: one already here (from history sync) is not stored twice.
    if (this.store.findMessageBySentAt(author, data.timestamp, context.senderDevice) !== undefined) return false;
    const quoteAuthor = data.quote === null ? undefined : parseAccountId(data.quote.targetAuthorAccountId);
    const result = this.store.insertMessage({
      conversationId,
      kind: 'text',
      direction,
      senderAccountId: author,
      senderDeviceId: context.senderDevice,
      serverGuid: context.guid,
      sentAt: data.timestamp,
      receivedAt: context.receivedAt,
      body: hasBody ? data.body : null,
      status: direction === 'incoming' ? 'received' : 'sent',
      errorText: null,
      quote:
        data.quote === null || quoteAuthor === undefined
          ? null
          : { authorAccountId: quoteAuthor, sentAt: data.quote.targetSentTimestamp, text: data.quote.text.slice(0, maxQuoteLength) },
    });
    if (!result.inserted) return false;
    context.events.push({ kind: 'message', messageId: result.id });
    if (data.attachments.length > 0) {
      const attachments = this.attachments();
      if (attachments !== undefined) {
        attachments.recordIncoming(result.id, data.attachments);
        context.after.downloads.push(result.id);
      }
    }
    this.applyEarlyActions(author, data.timestamp, context);
    return true;
  }

  /** An edit by `author` of their own text message. Older edits never replace newer ones. */
  private applyEdit(edit: EditMessage, author: AccountId, conversationId: ConversationId, context: ApplyContext): void {
    // A sub-message absent on the wire decodes as null, whatever the generated type says.
    const data = edit.dataMessage as DataMessage | null;
    const body = data?.body;
    const editedAt = data?.timestamp;
    if (body == null || body.length === 0 || editedAt === undefined) return;
    const target = this.store.findMessageBySentAt(author, edit.targetSentTimestamp);
    if (target === undefined) {
      this.keepForLater(author, edit.targetSentTimestamp, context);
      return;
    }
    if (target.conversationId !== conversationId || target.kind !== 'text' || target.deletedForEveryone) return;
    if ((target.editedAt ?? target.sentAt) >= editedAt) return;
    this.store.editMessageBody(target.id, body, editedAt);
    context.events.push({ kind: 'message-updated', messageId: target.id });
  }

  private applyProfile(profile: ProfileMessage, sender: AccountId, events: Array<ReceivedEvent>): void {
    const name = profile.name.trim().slice(0, 64);
    const avatar = profile.avatarDataUrl !== null && isAvatarDataUrl(profile.avatarDataUrl) ? profile.avatarDataUrl : null;
    const me = this.local();
    if (sender === me.accountId) {
      this.store.setItem('profileName', name);
      this.store.setItem('profileAvatar', avatar);
      // Contacts this device talks to get it with its next message to them.
      this.store.setItem('profileUpdatedAt', profile.timestamp);
      events.push({ kind: 'profile-updated' });
      return;
    }
    this.store.upsertRecipient({ accountId: sender, displayName: name === '' ? null : name, avatar });
    events.push({ kind: 'contact-updated', accountId: sender });
  }

  /**
   * The target is not here (yet): an edit, delete or reaction can overtake its message
   * (another device, a retry). Keep it, bounded, and apply it when the message arrives.
   */
  private keepForLater(targetAuthor: AccountId, targetSentAt: number, context: ApplyContext): void {
    if (this.store.listEarlyActions(targetAuthor, targetSentAt).length >= maxEarlyActionsPerTarget) return;
    this.store.saveEarlyAction(targetAuthor, targetSentAt, {
      senderAccountId: context.sender,
      senderDeviceId: context.senderDevice,
      payload: Uint8Array.from(ContentCodec.encode(context.content).finish()),
      receivedAt: context.receivedAt,
    });
  }

  private applyEarlyActions(author: AccountId, sentAt: number, context: ApplyContext): void {
    for (const action of this.store.listEarlyActions(author, sentAt)) {
      this.store.removeEarlyAction(action.id);
      let content: Content;
      try {
        content = ContentCodec.decode(action.payload);
      } catch {
        continue;
      }
      // Only the action parts are replayed; the envelope that carried them was processed long ago.
      const replay: ApplyContext = { ...context, sender: action.senderAccountId, senderDevice: action.senderDeviceId, content };
      const me = this.local();
      if (action.senderAccountId === me.accountId) {
        const sent = content.syncMessage?.sent;
        const destination = sent == null ? undefined : parseAccountId(sent.destinationAccountId);
        if (sent == null || destination === undefined) continue;
        const conversation = this.store.getOrCreateDirectConversation(destination);
        if (sent.message !== null && sent.message.body === null && sent.message.attachments.length === 0) {
          this.applyDataMessage(sent.message, me.accountId, conversation.id, 'outgoing', replay);
        }
        if (sent.editMessage !== null) this.applyEdit(sent.editMessage, me.accountId, conversation.id, replay);
        continue;
      }
      const conversation = this.store.getOrCreateDirectConversation(action.senderAccountId);
      const data = content.dataMessage;
      if (data !== null && (data.reaction !== null || data.deleteTargetSentTimestamp !== null)) {
        this.applyDataMessage(data, action.senderAccountId, conversation.id, 'incoming', replay);
      }
      if (content.editMessage !== null) this.applyEdit(content.editMessage, action.senderAccountId, conversation.id, replay);
    }
  }

  /** Remembers a contact's handle the first time a message names it (a handle, once known, is not replaced). */
  private learnHandle(accountId: AccountId, handle: string | null | undefined): void {
    if (handle == null || !HandleSchema.safeParse(handle).success) return;
    if (this.store.getRecipient(accountId)?.handle != null) return;
    this.store.upsertRecipient({ accountId, handle });
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
      this.store.markEnvelopeProcessed(guid);
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
  private async handleDecryptionErrorReport(envelope: CheckedEnvelope, sender: AccountId, senderDevice: DeviceId, guid: ServerGuid): Promise<void> {
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
