/**
 * The engine's storage, as one typed interface with a read half and a write half. The
 * rest of the engine depends on these types only, never on SQL: a test can hand a
 * component just the half it needs, and the halves say which components change state.
 *
 * Calls are synchronous (better-sqlite3 is); `transaction` groups writes into one
 * atomic commit. Byte fields are fresh copies: callers may keep or change them.
 */
import type {
  AccountId,
  Conversation,
  ConversationId,
  ConversationOverview,
  ConversationStateUpdate,
  EarlyAction,
  DeviceId,
  IdentityChange,
  IdentityRecord,
  IdentitySaveResult,
  KyberPreKeyEntry,
  LocalAccount,
  Message,
  MessageId,
  MessageInsertResult,
  MessagePage,
  MessagePageAnchor,
  MessageSend,
  StoredConsoleOp,
  ConsoleListQuery,
  ConsoleListRow,
  ConsoleReader,
  ConsoleStateRow,
  ConsoleView,
  MessageStatus,
  NewMessage,
  NewOutboxItem,
  MessageErrorCode,
  OutboxId,
  OutboxItem,
  OutboxLane,
  OutboxLaneHead,
  PreKeyId,
  Reaction,
  Receipt,
  ReceiptType,
  Recipient,
  RecipientDevice,
  RecipientUpdate,
  RegistrationId,
  SearchHit,
  ServerGuid,
  SignedPreKeyEntry,
  StoreItemKey,
  StoreItems,
  Timestamp,
  VerifiedState,
} from './types';
import type { AttachmentReader, AttachmentWriter } from '../attachments/types';

export interface AccountReader {
  getAccount(): LocalAccount | undefined;
  getItem<K extends StoreItemKey>(key: K): StoreItems[K] | undefined;
}
export interface AccountWriter {
  /** Registration or linking: replaces the one account row. */
  saveAccount(account: LocalAccount): void;
  setItem<K extends StoreItemKey>(key: K, value: StoreItems[K]): void;
  removeItem(key: StoreItemKey): void;
}

export interface RecipientReader {
  getRecipient(accountId: AccountId): Recipient | undefined;
  getRecipientByHandle(handle: string): Recipient | undefined;
  listRecipients(): Array<Recipient>;
  listRecipientDevices(accountId: AccountId): Array<RecipientDevice>;
}
export interface RecipientWriter {
  /** Creates the recipient or updates the fields given. */
  upsertRecipient(update: RecipientUpdate): Recipient;
  /** Records that a device exists (creating the recipient row if needed). */
  saveRecipientDevice(accountId: AccountId, deviceId: DeviceId, registrationId: RegistrationId | null): void;
  removeRecipientDevice(accountId: AccountId, deviceId: DeviceId): void;
}

export interface IdentityReader {
  getIdentity(addressName: string): IdentityRecord | undefined;
  /** Recorded key changes for one contact, oldest first. */
  listIdentityChanges(addressName: string): Array<IdentityChange>;
  /** Contacts whose key changed and who are blocked from sending until accepted. */
  listPendingIdentityChanges(): Array<IdentityRecord>;
}
export interface IdentityWriter {
  /**
   * Trust on first use; a different key replaces the stored one, is logged in
   * `identity_key_changes`, marks the contact as pending acceptance and drops a
   * "verified" state to "unverified".
   */
  saveIdentityKey(addressName: string, publicKey: Uint8Array): IdentitySaveResult;
  /** The user accepted the new key: sending is allowed again. Returns whether a change was pending. */
  acceptIdentityChange(addressName: string): boolean;
  setIdentityVerified(addressName: string, state: VerifiedState): void;
}

export interface SessionReader {
  getSession(addressName: string, deviceId: number): Uint8Array<ArrayBuffer> | undefined;
  /** Devices of an account this device has a session record with. */
  listSessionDeviceIds(addressName: string): Array<number>;
}
export interface SessionWriter {
  saveSession(addressName: string, deviceId: number, record: Uint8Array): void;
  deleteSession(addressName: string, deviceId: number): void;
  deleteAllSessions(addressName: string): void;
}

export interface PreKeyReader {
  getPreKey(id: PreKeyId): Uint8Array<ArrayBuffer> | undefined;
  countPreKeys(): number;
  getSignedPreKey(id: PreKeyId): SignedPreKeyEntry | undefined;
  listSignedPreKeys(): Array<SignedPreKeyEntry>;
  getKyberPreKey(id: PreKeyId): KyberPreKeyEntry | undefined;
  /** One-time Kyber keys left (last-resort keys are not counted). */
  countOneTimeKyberPreKeys(): number;
  /** Whether this use of a last-resort Kyber key was recorded already. */
  hasKyberPreKeyUse(kyberId: PreKeyId, signedPreKeyId: PreKeyId, baseKey: Uint8Array): boolean;
}
export interface PreKeyWriter {
  savePreKey(id: PreKeyId, record: Uint8Array): void;
  removePreKey(id: PreKeyId): void;
  saveSignedPreKey(id: PreKeyId, record: Uint8Array): void;
  removeSignedPreKey(id: PreKeyId): void;
  saveKyberPreKey(id: PreKeyId, record: Uint8Array, options: { readonly isLastResort: boolean }): void;
  removeKyberPreKey(id: PreKeyId): void;
  /**
   * Records a use of a last-resort Kyber key with this (signed pre-key, base key) pair.
   * Returns false if exactly this use was recorded before: a replayed message.
   */
  recordKyberPreKeyUse(kyberId: PreKeyId, signedPreKeyId: PreKeyId, baseKey: Uint8Array): boolean;
}

export interface SenderKeyReader {
  getSenderKey(addressName: string, deviceId: number, distributionId: string): Uint8Array<ArrayBuffer> | undefined;
}
export interface SenderKeyWriter {
  saveSenderKey(addressName: string, deviceId: number, distributionId: string, record: Uint8Array): void;
}

export interface ConversationReader {
  getConversation(id: ConversationId): Conversation | undefined;
  getDirectConversation(accountId: AccountId): Conversation | undefined;
  /** Most recent activity first. */
  listConversations(): Array<Conversation>;
  /**
   * List rows (pinned first, then most recent activity), or just the given ones.
   * Computed with indexed SQL so thousands of conversations stay cheap.
   */
  listConversationOverviews(ids?: ReadonlyArray<ConversationId>): Array<ConversationOverview>;
}
export interface ConversationWriter {
  /** The 1:1 conversation with this account, created (with its recipient row) if needed. */
  getOrCreateDirectConversation(accountId: AccountId): Conversation;
  /** Pinned, archived, muted, draft. Returns false for an unknown conversation. */
  updateConversationState(id: ConversationId, update: ConversationStateUpdate): boolean;
  /** Moves the read marker forward (never back). */
  setConversationLastRead(id: ConversationId, sentAt: Timestamp): void;
}

export interface MessageReader {
  getMessage(id: MessageId): Message | undefined;
  getMessageByServerGuid(guid: ServerGuid): Message | undefined;
  /** A message (kind text) named the way receipts and edits name it: author and sent timestamp. */
  findMessageBySentAt(senderAccountId: AccountId, sentAt: Timestamp, senderDeviceId?: DeviceId): Message | undefined;
  /** In conversation order (sent time, then arrival), the newest `limit` before `beforeSentAt`. */
  listMessages(
    conversationId: ConversationId,
    options?: { readonly limit?: number; readonly beforeSentAt?: Timestamp },
  ): Array<Message>;
  hasProcessedEnvelope(guid: ServerGuid): boolean;
  /** A page in conversation order by keyset, never by offset, so any depth is one index seek. */
  pageMessages(conversationId: ConversationId, anchor: MessagePageAnchor, limit: number): MessagePage;
  /** Unread incoming messages of a conversation (oldest first), from the unread index. */
  listUnreadMessages(conversationId: ConversationId, limit?: number): Array<Message>;
  countUnread(conversationId: ConversationId): number;
  /** Reactions on these messages, oldest first. */
  listReactions(messageIds: ReadonlyArray<MessageId>): Array<Reaction>;
  listMessageSends(messageId: MessageId): Array<MessageSend>;
  /** Full-text search; `match` is an FTS5 query the caller built safely. Best matches first. */
  searchMessages(match: string, limit: number): Array<SearchHit>;
  listEarlyActions(targetAuthor: AccountId, targetSentAt: Timestamp): Array<EarlyAction>;
  /** Outgoing messages still pending with nothing queued for them: their upload had not finished. */
  listUnqueuedPendingMessages(): Array<Message>;
}
export interface MessageWriter {
  /** Drops a message whose server guid is already stored instead of failing. */
  insertMessage(message: NewMessage): MessageInsertResult;
  updateMessageStatus(id: MessageId, status: MessageStatus): void;
  /** Sets (or with null clears) why a message failed or could not be read. */
  setMessageErrorCode(id: MessageId, code: MessageErrorCode | null): void;
  /** A new text from its author; the FTS index follows. */
  editMessageBody(id: MessageId, body: string, editedAt: Timestamp): void;
  /** Clears body and quote and marks the tombstone; reactions go too. */
  markDeletedForEveryone(id: MessageId): void;
  /** Delete for me: the row and everything hanging off it. */
  deleteMessage(id: MessageId): void;
  /**
   * One reaction per reactor per message: a newer one (by sent time) replaces the old,
   * `emoji` null removes it. Returns whether anything changed.
   */
  setReaction(messageId: MessageId, reactor: AccountId, emoji: string | null, sentAt: Timestamp): boolean;
  recordMessageSend(send: MessageSend): void;
  saveEarlyAction(targetAuthor: AccountId, targetSentAt: Timestamp, action: Omit<EarlyAction, 'id'>): void;
  removeEarlyAction(id: number): void;
  /**
   * Remembers that an envelope was committed (call in the same transaction as what it
   * produced). Returns false if it had been processed before.
   */
  markEnvelopeProcessed(guid: ServerGuid): boolean;
}

export interface OutboxReader {
  /** Items in the order they were queued (across lanes). */
  listOutbox(options?: { readonly limit?: number; readonly dueBy?: Timestamp }): Array<OutboxItem>;
  /** The first item of every lane that has one, oldest lane first. */
  listOutboxLaneHeads(): Array<OutboxLaneHead>;
  /** The item a lane sends next. */
  getOutboxLaneHead(lane: OutboxLane): OutboxItem | undefined;
  /** One lane's items, in order. */
  listOutboxLane(lane: OutboxLane): Array<OutboxItem>;
  /** Whether a conversation message is queued (not yet sent, nor failed). */
  isMessageQueued(messageId: MessageId): boolean;
  countOutbox(): number;
}
export interface OutboxWriter {
  enqueueOutbox(item: NewOutboxItem): OutboxId;
  removeOutbox(id: OutboxId): void;
  /** A temporary failure: counted, with its code, and tried again from `nextAttemptAt` (which holds its lane). */
  recordOutboxFailure(id: OutboxId, errorCode: string, nextAttemptAt: Timestamp): void;
  /** The relay took the item for one of its recipients: a retry skips that recipient. */
  markOutboxRecipientSent(id: OutboxId, accountId: AccountId, sealed: boolean, sentAt: Timestamp): void;
}

export interface ConsoleOpReader {
  /** Ops in HLC order: applied ones (the inbox state), or refused ones (for admins to see). */
  listConsoleOps(options?: { readonly conversation?: string; readonly refused?: boolean }): Array<StoredConsoleOp>;
  countConsoleOps(): number;
  /** Audit entries (canonical JSON) of every seat, by seat then seq. */
  listAuditEntries(): Array<{ readonly seat: string; readonly seq: number; readonly entry: string }>;
  /** The last entry of one seat's chain, if any. */
  lastAuditEntry(seat: string): { readonly seq: number; readonly entry: string } | undefined;
}
export interface ConsoleOpWriter {
  /** Keeps an entry as received; returns false when that (seat, seq) is kept already. */
  recordAuditEntry(seat: string, seq: number, entry: string, receivedAt: Timestamp): boolean;
  /** Returns false when an op of that id is kept already (a redelivery). */
  recordConsoleOp(op: StoredConsoleOp): boolean;
  /** An op refused before (its seat not yet known) is applied now, or refused for another reason. */
  setConsoleOpRefusal(id: string, refusal: string | null): void;
}

export interface ConsoleStateReader {
  /** One page of a console view, filtered and sorted, as `reader` sees it. */
  listConsoleConversations(query: ConsoleListQuery): Array<ConsoleListRow>;
  /** How many conversations each view holds for `reader`. */
  countConsoleViews(reader: ConsoleReader): Record<ConsoleView, number>;
  /** Every label in use, sorted. */
  listConsoleLabels(): Array<string>;
}
export interface ConsoleStateWriter {
  /** Replaces one customer's materialised state and the seats its notes mention. */
  putConsoleState(state: ConsoleStateRow, mentions: ReadonlyArray<{ readonly seat: string; readonly note: string; readonly at: string }>): void;
}

export interface ReceiptReader {
  listReceipts(messageId: MessageId): Array<Receipt>;
}
export interface ReceiptWriter {
  /** Keeps the first time each receipt type arrived from each device. */
  recordReceipt(messageId: MessageId, accountId: AccountId, deviceId: DeviceId, type: ReceiptType, at: Timestamp): void;
}

export interface StoreReader
  extends AccountReader,
    RecipientReader,
    IdentityReader,
    SessionReader,
    PreKeyReader,
    SenderKeyReader,
    ConversationReader,
    MessageReader,
    OutboxReader,
    ReceiptReader,
    ConsoleOpReader,
    ConsoleStateReader,
    AttachmentReader {}

export interface StoreWriter
  extends AccountWriter,
    RecipientWriter,
    IdentityWriter,
    SessionWriter,
    PreKeyWriter,
    SenderKeyWriter,
    ConversationWriter,
    MessageWriter,
    OutboxWriter,
    ReceiptWriter,
    ConsoleOpWriter,
    ConsoleStateWriter,
    AttachmentWriter {}

/**
 * Exactly what the libsignal store classes use (engine/signal/): a full Store
 * provides it, and so does a staging layer that holds writes until the caller commits
 * them together with what a decrypted message produced.
 */
export type SignalStorage = Pick<
  StoreReader & StoreWriter,
  | 'getAccount'
  | 'getIdentity'
  | 'saveIdentityKey'
  | 'acceptIdentityChange'
  | 'getSession'
  | 'listSessionDeviceIds'
  | 'saveSession'
  | 'deleteSession'
  | 'deleteAllSessions'
  | 'getPreKey'
  | 'savePreKey'
  | 'removePreKey'
  | 'getSignedPreKey'
  | 'saveSignedPreKey'
  | 'getKyberPreKey'
  | 'saveKyberPreKey'
  | 'removeKyberPreKey'
  | 'hasKyberPreKeyUse'
  | 'recordKyberPreKeyUse'
  | 'getSenderKey'
  | 'saveSenderKey'
> & {
  transaction<T>(work: () => T): T;
};

export interface Store extends StoreReader, StoreWriter {
  readonly databasePath: string;
  /** Runs `work` as one atomic commit; nested calls join the outer transaction. */
  transaction<T>(work: () => T): T;
  close(): void;
}
