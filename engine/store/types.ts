/**
 * Domain types of the client engine's local store. Ids are the branded ids of
 * `shared/domain/ids.ts` (a device id cannot be passed where a registration id is
 * expected, nor a message id where a conversation id is); the `to…` functions parse a raw
 * value into one and throw `InvalidIdError` when it is not.
 */
import { messageErrorCodes } from '../../shared/domain/codes';
import type { MessageErrorCode } from '../../shared/domain/codes';
import { randomUUID } from 'node:crypto';
import { AttachmentIdSchema, checkedIds, ConversationIdSchema, MessageIdSchema } from '../../shared/domain/ids';
import type { AccountId, AttachmentId, ConversationId, DeviceId, MessageId, OutboxId, PreKeyId, RegistrationId, ServerGuid } from '../../shared/domain/ids';
import { NamedError } from '../../shared/domain/named-error';
import type { Revocation, Seat } from '../../shared/domain/console/roster';
import type { ConversationStatus, Priority } from '../../shared/domain/console/state';

export type { AccountId, ConversationId, DeviceId, MessageId, OutboxId, PreKeyId, RegistrationId, ServerGuid } from '../../shared/domain/ids';
export { maxDeviceId } from '../../shared/domain/ids';

declare const brand: unique symbol;
type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** Milliseconds since 1970, UTC. */
export type Timestamp = number;

export class InvalidIdError extends NamedError {
  constructor(
    readonly kind: string,
    readonly value: unknown,
  ) {
    super(`Not a valid ${kind}: ${String(value)}`);
  }
}

function checked<T, V>(check: (value: V) => T | undefined, kind: string, value: V): T {
  const id = check(value);
  if (id === undefined) throw new InvalidIdError(kind, value);
  return id;
}

export const toAccountId = (value: string): AccountId => checked(checkedIds.account, 'account id', value);
export const toDeviceId = (value: number): DeviceId => checked(checkedIds.device, 'device id', value);
export const toRegistrationId = (value: number): RegistrationId => checked(checkedIds.registration, 'registration id', value);
export const toConversationId = (value: string): ConversationId => checked(checkedIds.conversation, 'conversation id', value);
export const toMessageId = (value: string): MessageId => checked(checkedIds.message, 'message id', value);
export const toServerGuid = (value: string): ServerGuid => checked(checkedIds.serverGuid, 'server guid', value);
export const toOutboxId = (value: number): OutboxId => checked(checkedIds.outbox, 'outbox id', value);
export const toPreKeyId = (value: number): PreKeyId => checked(checkedIds.preKey, 'pre-key id', value);
export const toAttachmentId = (value: string): AttachmentId => checked(checkedIds.attachment, 'attachment id', value);

export function newConversationId(): ConversationId {
  return ConversationIdSchema.parse(randomUUID());
}

export function newAttachmentId(): AttachmentId {
  return AttachmentIdSchema.parse(randomUUID());
}

export function newMessageId(): MessageId {
  return MessageIdSchema.parse(randomUUID());
}

/** This device's own identity: written once at registration or linking. */
export interface LocalAccount {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly registrationId: RegistrationId;
  /** `IdentityKeyPair.serialize()`: the account's identity, shared by all its devices. */
  readonly identityKeyPair: Uint8Array<ArrayBuffer>;
  readonly profileKey: Uint8Array<ArrayBuffer> | null;
  /** The password this device authenticates to the relay with. */
  readonly relayPassword: string;
  readonly handle: string | null;
  readonly createdAt: Timestamp;
}

/**
 * Small typed settings kept in the encrypted store (never secrets that belong in the
 * keychain). Later work adds keys here; values must survive JSON.
 */
export interface StoreItems {
  /** Next id for a batch of one-time EC pre-keys. */
  nextPreKeyId: number;
  nextSignedPreKeyId: number;
  nextKyberPreKeyId: number;
  /** When the current signed pre-key was generated, for rotation. */
  signedPreKeyRotatedAt: Timestamp;
  /**
   * The relay's sealed-sender trust root (base64 of a serialized PublicKey), pinned the
   * first time this device talked to its relay: sender certificates must chain to it.
   */
  relayTrustRoot: string;
  /** The name this account shows to contacts (shared E2EE); empty when unset. */
  profileName: string;
  /** The account's avatar as a small data: URL, or null. */
  profileAvatar: string | null;
  /** When the profile last changed; contacts who got it before then get it again. */
  profileUpdatedAt: Timestamp;
  /**
   * The newest timestamp this device issued to something it sends (a message, edit,
   * reaction…). Sent timestamps name messages, so a restart must never reissue one,
   * even when the clock went back or a burst ran ahead of it.
   */
  lastIssuedTimestamp: Timestamp;
  /**
   * The hybrid logical clock's last timestamp on this device (engine/kernel/clock.ts), so
   * a restart never orders a new event before one it already stamped.
   */
  hlcLast: { readonly wall: number; readonly counter: number };
  /**
   * A business account (engine/modules/inbox/business.ts): its name and the business root
   * key's public half, which every seat chains to. On the owner's phone only, also the
   * root key's private half (`businessRootKey`), which never leaves it.
   */
  business: { readonly name: string; readonly rootPublicKey: string };
  businessRootKey: string;
  /** This device's seat in the business console, with its own signing key (private half base64). */
  consoleSeat: { readonly seatId: string; readonly publicKey: string; readonly privateKey: string };
  /** The roster as this device knows it (a few dozen seats at most), and every revocation heard of. */
  consoleSeats: ReadonlyArray<Seat>;
  consoleRevocations: ReadonlyArray<Revocation>;
  /**
   * On a device that signs seats (the owner's phone): the desktops it linked as agents,
   * waiting for their seat requests. A request from any other device gets no seat.
   */
  consoleGrants: ReadonlyArray<{ readonly linkProof: string; readonly name: string; readonly role: 'admin' | 'agent'; readonly grantedAt: Timestamp }>;
  /** Which fold of the ops `console_state` holds: a device whose rows predate it rebuilds them on start. */
  consoleStateVersion: number;
  /**
   * History sync on a new device (engine/linking/history-media.ts): the media
   * manifest it expects from its primary, and where it is once the primary announced it.
   */
  historyMedia: HistoryMediaExpectation;
}

export interface HistoryMediaExpectation {
  /** Base64 of the manifest's 64-byte key, from the history bundle. */
  readonly key: string;
  readonly files: number;
  readonly importedAt: Timestamp;
  readonly manifest: { readonly blobId: string; readonly digest: string; readonly size: number } | null;
}
export type StoreItemKey = keyof StoreItems;

export interface Recipient {
  readonly accountId: AccountId;
  readonly handle: string | null;
  readonly profileKey: Uint8Array<ArrayBuffer> | null;
  readonly displayName: string | null;
  /** The contact's shared avatar, a small data: URL. */
  readonly avatar: string | null;
  /** When this account's own profile was last queued for this contact. */
  readonly profileSharedAt: Timestamp | null;
  /** As the relay reports it with the contact's key bundles. */
  readonly kind: 'personal' | 'business';
  /** A business's device count before it last changed, and when; null until it changes. */
  readonly previousDeviceCount: number | null;
  readonly devicesChangedAt: Timestamp | null;
  readonly createdAt: Timestamp;
  readonly updatedAt: Timestamp;
}

/** Fields a caller may set; `undefined` leaves the stored value as it is. */
export interface RecipientUpdate {
  readonly accountId: AccountId;
  readonly handle?: string | null;
  readonly profileKey?: Uint8Array<ArrayBuffer> | null;
  readonly displayName?: string | null;
  readonly avatar?: string | null;
  readonly profileSharedAt?: Timestamp | null;
  readonly kind?: 'personal' | 'business';
}

/** A device of a recipient (or of our own account) this client has seen. */
export interface RecipientDevice {
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly registrationId: RegistrationId | null;
  readonly firstSeenAt: Timestamp;
  readonly lastSeenAt: Timestamp;
}

/** Safety-number verification state, as the user set it. */
export type VerifiedState = 'default' | 'verified' | 'unverified';

export interface IdentityRecord {
  /** The libsignal address name (an account id); identities are per account, not per device. */
  readonly addressName: string;
  /** `PublicKey.serialize()` of the identity key last seen. */
  readonly publicKey: Uint8Array<ArrayBuffer>;
  readonly verified: VerifiedState;
  readonly firstSeenAt: Timestamp;
  /** When the key was last replaced by a different one; null if it never changed. */
  readonly changedAt: Timestamp | null;
  /** The key changed and the user has not accepted the new one yet: sending is blocked. */
  readonly changePending: boolean;
}

/** One recorded replacement of a contact's identity key, for the conversation's event. */
export interface IdentityChange {
  readonly id: number;
  readonly addressName: string;
  readonly previousKey: Uint8Array<ArrayBuffer>;
  readonly newKey: Uint8Array<ArrayBuffer>;
  readonly changedAt: Timestamp;
  readonly acceptedAt: Timestamp | null;
}

export type IdentitySaveResult = 'new' | 'unchanged' | 'replaced';

export interface KyberPreKeyEntry {
  readonly id: PreKeyId;
  /** `KyberPreKeyRecord.serialize()`. */
  readonly record: Uint8Array<ArrayBuffer>;
  /** Last-resort keys are reused until replaced; one-time keys are deleted on use. */
  readonly isLastResort: boolean;
  readonly createdAt: Timestamp;
}

export interface SignedPreKeyEntry {
  readonly id: PreKeyId;
  readonly record: Uint8Array<ArrayBuffer>;
  readonly createdAt: Timestamp;
}

export type ConversationType = 'direct' | 'group';

/** What the user sets on a conversation; `undefined` leaves a field as it is. */
export interface ConversationStateUpdate {
  readonly pinned?: boolean;
  readonly archived?: boolean;
  /** null unmutes. */
  readonly mutedUntil?: Timestamp | null;
  /** Empty or null clears it. */
  readonly draft?: string | null;
}

/**
 * One row of the conversation list, computed in SQL: the newest message and the unread
 * count come from indexes, not from reading the conversation.
 */
export interface ConversationOverview {
  readonly conversation: Conversation;
  readonly recipient: Recipient | null;
  readonly pinnedAt: Timestamp | null;
  readonly archived: boolean;
  readonly mutedUntil: Timestamp | null;
  readonly draft: string | null;
  readonly lastReadAt: Timestamp | null;
  readonly lastMessage: Message | null;
  readonly unread: number;
  readonly verified: VerifiedState;
  readonly identityChangePending: boolean;
}

export interface Conversation {
  readonly id: ConversationId;
  readonly type: ConversationType;
  /**
   * Who the conversation's messages go to, besides this account: a direct conversation's
   * one peer, a group's other members. Ordered by account id.
   */
  readonly members: ReadonlyArray<AccountId>;
  readonly title: string | null;
  readonly createdAt: Timestamp;
  readonly lastMessageAt: Timestamp | null;
}

/** The other party of a direct conversation; null for anything else. */
export function directPeer(conversation: Pick<Conversation, 'type' | 'members'>): AccountId | null {
  return conversation.type === 'direct' ? (conversation.members[0] ?? null) : null;
}

export type MessageDirection = 'incoming' | 'outgoing';
/** What a row in a conversation shows: a message, or an event the engine recorded. */
export type MessageKind = 'text' | 'identity-change' | 'undecryptable' | 'verified-change';
/**
 * Outgoing: pending → sent → delivered → read, or failed.
 * Incoming: received → read.
 */
export type MessageStatus = 'pending' | 'sent' | 'delivered' | 'read' | 'failed' | 'received';

export { messageErrorCodes };
export type { MessageErrorCode };
/** The codes an outgoing message can fail with. */
export type SendFailureCode = Extract<MessageErrorCode, 'send-refused' | 'send-invalid' | 'send-failed' | 'identity-changed' | 'upload-failed'>;
/** The codes an 'undecryptable' row can carry. */
export type UnreadableReason = Extract<
  MessageErrorCode,
  'decryption-failed' | 'untrusted-identity' | 'malformed-content' | 'invalid-content' | 'invalid-envelope'
>;

export function toMessageErrorCode(value: string | null): MessageErrorCode | null {
  // A code written by a newer build is shown as a generic error rather than refused.
  return (messageErrorCodes as ReadonlyArray<string>).includes(value ?? '') ? (value as MessageErrorCode) : null;
}

export interface Message {
  readonly id: MessageId;
  readonly conversationId: ConversationId;
  readonly kind: MessageKind;
  readonly direction: MessageDirection;
  readonly senderAccountId: AccountId;
  readonly senderDeviceId: DeviceId;
  /** Set for messages that arrived through the relay; unique, so a redelivery is dropped. */
  readonly serverGuid: ServerGuid | null;
  /** The sender's timestamp: with the sender, it names the message in receipts and edits. */
  readonly sentAt: Timestamp;
  /** When this device stored it. */
  readonly receivedAt: Timestamp;
  readonly body: string | null;
  readonly status: MessageStatus;
  /** Words stored by older builds for an event row; new rows use `errorCode`. */
  readonly errorText: string | null;
  /** Why an outgoing message failed or an undecryptable row could not be read. */
  readonly errorCode: MessageErrorCode | null;
  /** The message this one replies to, named as its author and sent time, with the quoted text. */
  readonly quote: MessageQuote | null;
  /** When the author last edited it; null if never. */
  readonly editedAt: Timestamp | null;
  /** The author deleted it for everyone: the body is gone, the row stays. */
  readonly deletedForEveryone: boolean;
}

export interface MessageQuote {
  readonly authorAccountId: AccountId;
  readonly sentAt: Timestamp;
  readonly text: string;
}

/** The fields added after the first schema are optional when inserting (history import predates them). */
export type NewMessage = Omit<Message, 'id' | 'quote' | 'editedAt' | 'deletedForEveryone' | 'errorCode'> & {
  readonly id?: MessageId;
  readonly errorCode?: MessageErrorCode | null;
  readonly quote?: MessageQuote | null;
  readonly editedAt?: Timestamp | null;
  readonly deletedForEveryone?: boolean;
};

export type MessageInsertResult =
  | { readonly inserted: true; readonly id: MessageId }
  | { readonly inserted: false; readonly reason: 'duplicate-server-guid'; readonly existingId: MessageId };

/** What the outbox holds: encrypted at send time, so the payload is the plaintext Content. */
export type OutboxKind = 'message' | 'receipt' | 'sync' | 'typing' | 'other';

/**
 * A lane of the outbox: items of one lane go out strictly in order, lanes go out
 * independently, so one contact's refused or retrying item never holds another's.
 * A lane is named by who its items go to: a conversation's recipient set
 * (`to:<account ids, sorted, comma-separated>`, so a group can have one), or this
 * account's own other devices for sync messages.
 */
export type OutboxLane = Brand<string, 'OutboxLane'>;

export const ownDevicesLane = 'own-devices' as OutboxLane;

export function recipientsLane(recipients: ReadonlyArray<AccountId>): OutboxLane {
  if (recipients.length === 0) throw new InvalidIdError('outbox lane', recipients);
  return `to:${[...new Set(recipients)].sort().join(',')}` as OutboxLane;
}

/** The lane an item goes in unless its caller names one: syncs to own devices, the rest by recipient set. */
export function defaultOutboxLane(kind: OutboxKind, recipients: ReadonlyArray<AccountId>): OutboxLane {
  return kind === 'sync' ? ownDevicesLane : recipientsLane(recipients);
}

/** One account an outbox item goes to, and whether the relay already took it. */
export interface OutboxRecipient {
  readonly accountId: AccountId;
  /** When the relay accepted it for this account; null while it is still to send. */
  readonly sentAt: Timestamp | null;
  /** Whether that send went sealed; null while unsent. */
  readonly sealed: boolean | null;
}

export interface OutboxItem {
  readonly id: OutboxId;
  readonly kind: OutboxKind;
  readonly lane: OutboxLane;
  /** Who the item goes to, in the order it is sent; never empty. */
  readonly recipients: ReadonlyArray<OutboxRecipient>;
  /** The conversation message this item sends, if any (receipts and sync have none). */
  readonly messageId: MessageId | null;
  /** Serialized Content, padded and encrypted per device at send time. */
  readonly payload: Uint8Array<ArrayBuffer>;
  readonly createdAt: Timestamp;
  readonly attempts: number;
  readonly nextAttemptAt: Timestamp;
  /** Why the last attempt failed, as a short code (`http-503`, `network`), for diagnosis. */
  readonly lastError: string | null;
}

/** The recipients an item still has to go to. */
export function unsentRecipients(item: Pick<OutboxItem, 'recipients'>): Array<AccountId> {
  return item.recipients.filter((recipient) => recipient.sentAt === null).map((recipient) => recipient.accountId);
}

export interface NewOutboxItem {
  readonly kind: OutboxKind;
  /** Who it goes to, in order; not empty, no account twice. */
  readonly recipients: ReadonlyArray<AccountId>;
  readonly messageId: MessageId | null;
  readonly payload: Uint8Array;
  /** Default: `defaultOutboxLane(kind, recipients)`. */
  readonly lane?: OutboxLane;
}

/** The first item of one lane, and when it may be tried. */
export interface OutboxLaneHead {
  readonly lane: OutboxLane;
  readonly id: OutboxId;
  readonly attempts: number;
  readonly nextAttemptAt: Timestamp;
}

export type ReceiptType = 'delivered' | 'read';

export interface Reaction {
  readonly messageId: MessageId;
  readonly reactorAccountId: AccountId;
  readonly emoji: string;
  readonly sentAt: Timestamp;
}

/** One device an outgoing message was encrypted for. */
export interface MessageSend {
  readonly messageId: MessageId;
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly sealed: boolean;
  readonly sentAt: Timestamp;
}

/** Where a page of a conversation starts (ids name messages of that conversation). */
export type MessagePageAnchor =
  | { readonly kind: 'latest' }
  | { readonly kind: 'first-unread' }
  | { readonly kind: 'before'; readonly messageId: MessageId }
  | { readonly kind: 'after'; readonly messageId: MessageId }
  | { readonly kind: 'around'; readonly messageId: MessageId };

export interface MessagePage {
  /** Oldest first. */
  readonly messages: Array<Message>;
  readonly hasOlder: boolean;
  readonly hasNewer: boolean;
}

/** An edit, delete or reaction kept until the message it names arrives. */
export interface EarlyAction {
  readonly id: number;
  readonly senderAccountId: AccountId;
  readonly senderDeviceId: DeviceId;
  readonly payload: Uint8Array<ArrayBuffer>;
  readonly receivedAt: Timestamp;
}

export interface SearchHit {
  readonly message: Message;
  /** The body with matched words between `snippetMarks.open` and `snippetMarks.close`. */
  readonly snippet: string;
}

/** Private-use characters around matches in a search snippet (never typed by users in practice). */
export const snippetMarks = { open: '\uE000', close: '\uE001' } as const;

/** Receipt state of one message for one device of a recipient. */
export interface Receipt {
  readonly messageId: MessageId;
  readonly accountId: AccountId;
  readonly deviceId: DeviceId;
  readonly deliveredAt: Timestamp | null;
  readonly readAt: Timestamp | null;
}

/** One console op as stored: its canonical JSON and signature, and whether it was applied. */
export interface StoredConsoleOp {
  readonly id: string;
  readonly seat: string;
  /** encodeHlc of the op's timestamp (sorts as the timestamps do). */
  readonly at: string;
  readonly conversation: string;
  /** Canonical JSON of the op (shared/domain/console/wire.ts). */
  readonly op: string;
  readonly signature: string;
  /** Null: applied. Otherwise the roster's refusal (`unknown-seat`, `bad-signature`, …). */
  readonly refusal: string | null;
  readonly receivedAt: Timestamp;
}

/** The console's views (docs/console.md "Views"). */
export const consoleViews = ['mine', 'unassigned', 'all', 'mentions', 'unattended', 'snoozed', 'resolved'] as const;
export type ConsoleView = (typeof consoleViews)[number];
export const consoleSorts = ['activity', 'waiting', 'priority'] as const;
export type ConsoleSort = (typeof consoleSorts)[number];

/** One customer's console state as materialised from its applied ops. */
export interface ConsoleStateRow {
  readonly customer: string;
  readonly status: ConversationStatus;
  readonly snoozeUntil: Timestamp | null;
  readonly untilReply: boolean;
  /** Wall time (ms) of the status write: a customer message after it reopens a snoozed or resolved conversation. */
  readonly statusAt: Timestamp;
  readonly priority: Priority;
  readonly assignee: string | null;
  readonly labels: ReadonlyArray<string>;
  readonly notes: number;
  /** encodeHlc of the latest applied op. */
  readonly changedAt: string;
}

/** Who reads the console list: the seat, whether it sees every conversation, and now. */
export interface ConsoleReader {
  readonly seat: string | null;
  readonly seeAll: boolean;
  readonly now: Timestamp;
}

export interface ConsoleListQuery extends ConsoleReader {
  readonly view: ConsoleView;
  readonly sort: ConsoleSort;
  readonly status?: ConversationStatus;
  readonly priority?: Priority;
  readonly label?: string;
  /** A seat id, or `none`: unassigned. */
  readonly assignee?: string;
  readonly offset: number;
  readonly limit: number;
}

/** One row of a console view: the conversation, its effective console state and activity. */
export interface ConsoleListRow {
  readonly conversationId: ConversationId;
  readonly customer: AccountId;
  /** Effective: a snoozed or resolved conversation the customer wrote to since is open. */
  readonly status: ConversationStatus;
  readonly snoozeUntil: Timestamp | null;
  readonly priority: Priority;
  readonly assignee: string | null;
  readonly labels: ReadonlyArray<string>;
  readonly notes: number;
  readonly lastActivityAt: Timestamp;
  /** Since when the customer has been waiting for an answer; null when answered. */
  readonly waitingSince: Timestamp | null;
  /** The business's first answer; null: unattended. */
  readonly firstReplyAt: Timestamp | null;
}
