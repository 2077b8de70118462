/**
 * History sync for a newly linked device (DESIGN.md "Linking", step 4; docs/linking.md).
 *
 * The primary serializes recent conversations (bundle v2: every kind of row, reactions,
 * quotes, edits, tombstones, conversation and verification state, and what each
 * attachment was), encrypts the bundle with the attachment cipher and uploads it; the
 * pointer travels inside the E2EE provisioning message. Media do not wait for that: each
 * recent file gets a fresh key in the bundle, and the primary uploads the files after
 * linking (history-media.ts). The new device downloads the bundle, checks digest and
 * MAC, range-checks every value (history-check.ts) and imports it in small transactions,
 * reporting bytes and items on the way.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { HistoryPointerFields } from '../../shared/proto';
import { HistoryBundle, HistoryMessageKind, HistoryVerifiedState } from '../../shared/proto/content';
import type { HistoryAttachmentFields, HistoryConversationFields, HistoryMessageFields } from '../../shared/proto/content';
import type { AttachmentId, AttachmentRecord } from '../attachments/types';
import { attachmentKeyLength, createAttachmentEncryptor, decryptAttachment, encryptedAttachmentSize } from '../crypto/attachment-cipher';
import type { RelayHttpClient } from '../relay-client/http';
import type { AccountId, ConversationId, DeviceId, Message, MessageKind, Store, Timestamp, VerifiedState } from '../store';
import { directPeer, newAttachmentId } from '../store';
import type { CheckedBundle, CheckedConversation, CheckedMessage } from './history-check';
import { checkHistoryBundle } from './history-check';
import { nextTurn, turnTaker } from '../kernel/scheduler';
import { NamedError } from '../../shared/domain/named-error';

export const defaultHistoryWindowMs = 90 * 24 * 60 * 60 * 1000;
export const defaultHistoryCap = 20_000;
/** Media of messages this recent travel re-encrypted; older ones show as "not on this device". */
export const defaultMediaWindowMs = 45 * 24 * 60 * 60 * 1000;
export const historyBundleVersion = 2;
/** Largest bundle a desktop downloads: 20,000 messages with their metadata fit many times over. */
export const maxHistoryBundleBytes = 256 * 1024 * 1024;

/** Names a message the way receipts and edits do, and one of its files by position. */
export interface HistoryFileRef {
  readonly senderAccountId: AccountId;
  readonly senderDeviceId: DeviceId;
  readonly sentAt: Timestamp;
  readonly position: number;
}

/** A stored file the primary re-encrypts for the new device once the link stands. */
export interface HistoryMediaFile {
  readonly attachmentId: AttachmentId;
  /** Fresh for this transfer; the bundle carries it to the new device. */
  readonly key: Buffer;
  readonly ref: HistoryFileRef;
  readonly size: number;
}

export interface HistoryMediaPlan {
  /** Encrypts the media manifest; the bundle carries it. */
  readonly manifestKey: Buffer;
  readonly files: ReadonlyArray<HistoryMediaFile>;
}

export interface HistoryExport {
  readonly bytes: Uint8Array;
  readonly conversations: number;
  readonly messages: number;
  readonly attachments: number;
  /** Undefined when no recent media is on this device. */
  readonly media: HistoryMediaPlan | undefined;
}

export interface HistoryExportOptions {
  readonly windowMs?: number;
  readonly cap?: number;
  readonly mediaWindowMs?: number;
  readonly now?: number;
}

/** Conversations exported between two turns of the event loop. */
const exportBatch = 20;

const exportedKinds: Readonly<Record<MessageKind, HistoryMessageKind>> = {
  text: HistoryMessageKind.TEXT,
  'identity-change': HistoryMessageKind.IDENTITY_CHANGE,
  'verified-change': HistoryMessageKind.VERIFIED_CHANGE,
  undecryptable: HistoryMessageKind.UNDECRYPTABLE,
};

const exportedVerified: Readonly<Record<VerifiedState, HistoryVerifiedState>> = {
  default: HistoryVerifiedState.DEFAULT,
  verified: HistoryVerifiedState.VERIFIED,
  unverified: HistoryVerifiedState.UNVERIFIED,
};

/** A stored file the primary can re-encrypt: its encrypted blob is complete on disk. */
function hasLocalCopy(record: AttachmentRecord): boolean {
  return record.localFile !== null && record.digest !== null;
}

/**
 * Every row of the last `windowMs`, at most `cap` in all (the newest), grouped by
 * conversation, with reactions, attachments and the conversation's state. Recent media
 * on this device get a fresh key each and go into the returned plan.
 */
export async function exportHistory(store: Store, options: HistoryExportOptions = {}): Promise<HistoryExport> {
  // A primary with thousands of chats: the host hears IPC and the socket between conversations.
  const turns = turnTaker(exportBatch);
  const now = options.now ?? Date.now();
  const since = now - (options.windowMs ?? defaultHistoryWindowMs);
  const mediaSince = now - (options.mediaWindowMs ?? defaultMediaWindowMs);
  const cap = options.cap ?? defaultHistoryCap;
  const candidates: Array<{ readonly peer: AccountId; readonly conversationId: ConversationId; readonly message: Message }> = [];
  for (const conversation of store.listConversations()) {
    await turns.step();
    const peer = directPeer(conversation);
    if (peer === null) continue;
    for (const message of store.listMessages(conversation.id, { limit: cap })) {
      if (message.sentAt >= since) candidates.push({ peer, conversationId: conversation.id, message });
    }
  }
  // Keep the newest `cap` across all conversations.
  candidates.sort((a, b) => b.message.sentAt - a.message.sentAt);
  const kept = candidates.slice(0, cap);
  const byConversation = new Map<ConversationId, { peer: AccountId; messages: Array<Message> }>();
  for (const { peer, conversationId, message } of kept) {
    const entry = byConversation.get(conversationId);
    if (entry === undefined) byConversation.set(conversationId, { peer, messages: [message] });
    else entry.messages.push(message);
  }
  const overviews = new Map(store.listConversationOverviews([...byConversation.keys()]).map((row) => [row.conversation.id, row]));
  const files: Array<HistoryMediaFile> = [];
  let attachmentCount = 0;
  const conversations: Array<{ readonly fields: HistoryConversationFields; readonly pinnedAt: number }> = [];
  for (const [conversationId, { peer, messages }] of byConversation) {
    await turns.step();
    messages.sort((a, b) => a.sentAt - b.sentAt);
    const reactions = new Map<string, Array<{ reactorAccountId: string; emoji: string; sentAt: number }>>();
    for (const reaction of store.listReactions(messages.map((message) => message.id))) {
      const list = reactions.get(reaction.messageId) ?? [];
      list.push({ reactorAccountId: reaction.reactorAccountId, emoji: reaction.emoji, sentAt: reaction.sentAt });
      reactions.set(reaction.messageId, list);
    }
    const exported = messages.map((message): HistoryMessageFields => {
      const attachments = message.deletedForEveryone ? [] : store.listAttachmentsForMessage(message.id);
      attachmentCount += attachments.length;
      return {
        senderAccountId: message.senderAccountId,
        senderDeviceId: message.senderDeviceId,
        sentAt: message.sentAt,
        receivedAt: message.receivedAt,
        body: message.body,
        status: message.status,
        kind: exportedKinds[message.kind],
        quote:
          message.quote === null
            ? null
            : { targetAuthorAccountId: message.quote.authorAccountId, targetSentTimestamp: message.quote.sentAt, text: message.quote.text },
        editedAt: message.editedAt,
        deletedForEveryone: message.deletedForEveryone,
        reactions: reactions.get(message.id) ?? [],
        errorText: message.errorText,
        errorCode: message.errorCode,
        attachments: attachments.map((record, position): HistoryAttachmentFields => {
          let key: Buffer | null = null;
          if (message.sentAt >= mediaSince && hasLocalCopy(record)) {
            key = randomBytes(attachmentKeyLength);
            files.push({
              attachmentId: record.id,
              key,
              size: record.size,
              ref: { senderAccountId: message.senderAccountId, senderDeviceId: message.senderDeviceId, sentAt: message.sentAt, position },
            });
          }
          return {
            contentType: record.contentType,
            fileName: record.fileName,
            size: record.size,
            width: record.width,
            height: record.height,
            durationMs: record.durationMs,
            voiceNote: record.voiceNote,
            key,
          };
        }),
      };
    });
    const overview = overviews.get(conversationId);
    const recipient = store.getRecipient(peer);
    const identity = store.getIdentity(peer);
    conversations.push({
      pinnedAt: overview?.pinnedAt ?? Number.MAX_SAFE_INTEGER,
      fields: {
        peerAccountId: peer,
        peerHandle: recipient?.handle ?? null,
        peerProfileName: recipient?.displayName ?? null,
        peerAvatarDataUrl: recipient?.avatar ?? null,
        pinned: overview?.pinnedAt != null,
        archived: overview?.archived ?? false,
        mutedUntil: overview?.mutedUntil ?? null,
        lastReadAt: overview?.lastReadAt ?? null,
        verified: exportedVerified[identity?.verified ?? 'default'],
        peerIdentityKey: identity?.publicKey ?? null,
        messages: exported,
      },
    });
  }
  // Pinned chats first, in the order they were pinned: the importer pins in bundle order.
  conversations.sort((a, b) => a.pinnedAt - b.pinnedAt);
  const manifestKey = files.length === 0 ? undefined : randomBytes(attachmentKeyLength);
  const profileUpdatedAt = store.getItem('profileUpdatedAt');
  const bytes = HistoryBundle.encode({
    version: historyBundleVersion,
    conversations: conversations.map((conversation) => conversation.fields),
    ownProfile:
      profileUpdatedAt === undefined
        ? null
        : { name: store.getItem('profileName') ?? '', avatarDataUrl: store.getItem('profileAvatar') ?? null, timestamp: profileUpdatedAt },
    mediaKey: manifestKey ?? null,
    mediaFiles: files.length,
  }).finish();
  return {
    bytes,
    conversations: conversations.length,
    messages: kept.length,
    attachments: attachmentCount,
    media: manifestKey === undefined ? undefined : { manifestKey, files },
  };
}

/** Encrypts and uploads an export; returns the pointer for the provisioning message. */
export async function uploadHistory(relay: RelayHttpClient, history: HistoryExport): Promise<HistoryPointerFields> {
  const encryptor = createAttachmentEncryptor();
  const ciphertextSize = encryptedAttachmentSize(history.bytes.length);
  const upload = relay.uploadAttachment(Readable.from([Buffer.from(history.bytes)]).pipe(encryptor.stream), ciphertextSize);
  const [uploaded, info] = await Promise.all([upload, encryptor.done]);
  return {
    blobId: uploaded.id,
    key: info.key,
    digest: info.digest,
    plaintextSize: info.plaintextSize,
    ciphertextSize: info.ciphertextSize,
    conversations: history.conversations,
    messages: history.messages,
  };
}

export interface HistoryProgress {
  readonly phase: 'downloading' | 'importing' | 'done';
  readonly receivedBytes: number;
  readonly totalBytes: number;
  readonly conversations: number;
  readonly importedConversations: number;
  /** Until the bundle is open, what the provisioning message announced. */
  readonly messages: number;
  readonly importedMessages: number;
  /** Known once the bundle is open (0 before). */
  readonly attachments: number;
  readonly importedAttachments: number;
  /** Items dropped because a value did not fit (history-check.ts). */
  readonly skipped: number;
}

export class HistorySyncCancelledError extends NamedError {
  constructor() {
    super('History sync was cancelled.');
  }
}

/** The pointer or the decrypted bundle cannot be read: nothing was imported. */
export class HistoryFormatError extends NamedError {
}

/** Messages per transaction: progress moves, and a cancel keeps what is complete. */
const importBatch = 500;
const blobIdPattern = /^[A-Za-z0-9_-]{16,128}$/;

interface CheckedPointer {
  readonly blobId: string;
  readonly key: Uint8Array;
  readonly digest: Uint8Array;
  readonly plaintextSize: number;
  readonly ciphertextSize: number;
}

function checkPointer(pointer: HistoryPointerFields): CheckedPointer {
  const { blobId, key, digest, plaintextSize } = pointer;
  if (typeof blobId !== 'string' || !blobIdPattern.test(blobId)) throw new HistoryFormatError('The history pointer names no valid blob.');
  if (!(key instanceof Uint8Array) || key.length !== attachmentKeyLength) throw new HistoryFormatError('The history key is malformed.');
  if (!(digest instanceof Uint8Array) || digest.length !== 32) throw new HistoryFormatError('The history digest is malformed.');
  if (typeof plaintextSize !== 'number' || !Number.isSafeInteger(plaintextSize) || plaintextSize < 0 || plaintextSize > maxHistoryBundleBytes) {
    throw new HistoryFormatError('The history bundle is larger than a desktop accepts.');
  }
  return { blobId, key, digest, plaintextSize, ciphertextSize: encryptedAttachmentSize(plaintextSize) };
}

/**
 * Downloads, verifies and imports a history bundle. The ciphertext is staged in a temp
 * file (it is encrypted, so nothing readable touches the disk) because the digest and MAC
 * are checked over the whole blob before any plaintext is used. Nothing is imported from a
 * blob that fails either check, or when `signal` aborts before the import starts.
 */
export async function importHistory(
  store: Store,
  relay: RelayHttpClient,
  pointer: HistoryPointerFields,
  options: { readonly onProgress?: (progress: HistoryProgress) => void; readonly signal?: AbortSignal; readonly now?: () => number } = {},
): Promise<{ readonly conversations: number; readonly messages: number }> {
  const checkedPointer = checkPointer(pointer);
  const totalBytes = checkedPointer.ciphertextSize;
  let progress: HistoryProgress = {
    phase: 'downloading',
    receivedBytes: 0,
    totalBytes,
    conversations: Math.max(0, pointer.conversations ?? 0),
    importedConversations: 0,
    messages: Math.max(0, pointer.messages ?? 0),
    importedMessages: 0,
    attachments: 0,
    importedAttachments: 0,
    skipped: 0,
  };
  const report = (change: Partial<HistoryProgress>): void => {
    progress = { ...progress, ...change };
    options.onProgress?.(progress);
  };
  const bundle = await downloadBundle(relay, checkedPointer, options.signal, (receivedBytes) => {
    report({ receivedBytes });
  });
  const checked = await checkHistoryBundle(bundle);
  // Verified and in memory: the relay need not keep the blob until it expires.
  await relay.deleteAttachment(checkedPointer.blobId).catch(() => undefined);
  report({
    phase: 'importing',
    receivedBytes: totalBytes,
    conversations: checked.conversations.length,
    messages: checked.messages,
    attachments: checked.attachments,
    skipped: checked.skipped,
  });
  // At most every whole percent of the messages: each report crosses IPC as a new link state.
  let reportedPercent = 0;
  const result = await writeHistoryBundle(store, checked, {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.now === undefined ? {} : { now: options.now }),
    onProgress: (counts) => {
      const percent = Math.floor((counts.importedMessages * 100) / Math.max(1, checked.messages));
      if (percent === reportedPercent && counts.importedConversations < checked.conversations.length) return;
      reportedPercent = percent;
      report(counts);
    },
  });
  report({ phase: 'done' });
  return result;
}

async function downloadBundle(
  relay: RelayHttpClient,
  pointer: CheckedPointer,
  signal: AbortSignal | undefined,
  onBytes: (receivedBytes: number) => void,
): Promise<HistoryBundle> {
  const directory = await fsp.mkdtemp(path.join(os.tmpdir(), 'parley-history-'));
  const staged = path.join(directory, 'bundle.bin');
  try {
    const source = await relay.downloadAttachment(pointer.blobId);
    let receivedBytes = 0;
    // Our primaries pad exactly; the margin only bounds what a broken relay could make us write.
    const limit = pointer.ciphertextSize + 64 * 1024;
    const counter = new PassThrough();
    // At most every whole percent: each report crosses IPC as a new link state.
    let reportedPercent = -1;
    counter.on('data', (chunk: Buffer) => {
      receivedBytes += chunk.length;
      if (receivedBytes > limit) {
        counter.destroy(new HistoryFormatError('The relay sent more bytes than the history bundle has.'));
        return;
      }
      const percent = Math.floor((Math.min(receivedBytes, pointer.ciphertextSize) * 100) / Math.max(1, pointer.ciphertextSize));
      if (percent === reportedPercent) return;
      reportedPercent = percent;
      onBytes(Math.min(receivedBytes, pointer.ciphertextSize));
    });
    const abort = (): void => {
      source.destroy(new HistorySyncCancelledError());
    };
    signal?.addEventListener('abort', abort, { once: true });
    try {
      await pipeline(source, counter, fs.createWriteStream(staged, { mode: 0o600 }));
    } finally {
      signal?.removeEventListener('abort', abort);
    }
    if (isAborted(signal)) throw new HistorySyncCancelledError();

    const chunks: Array<Buffer> = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = once(sink, 'end');
    await decryptAttachment(() => fs.createReadStream(staged), sink, pointer);
    await ended;
    try {
      return HistoryBundle.decode(Buffer.concat(chunks));
    } catch {
      throw new HistoryFormatError('The history bundle could not be read.');
    }
  } finally {
    await fsp.rm(directory, { recursive: true, force: true });
  }
}

export interface ImportCounts {
  importedConversations: number;
  importedMessages: number;
  importedAttachments: number;
}

/**
 * Writes a checked bundle: the media expectation and own profile first, then each
 * conversation in batches. Returns the conversations written and the messages that were
 * new (one also here already is kept once).
 */
export async function writeHistoryBundle(
  store: Store,
  bundle: CheckedBundle,
  options: { readonly signal?: AbortSignal; readonly now?: () => number; readonly onProgress?: (counts: Readonly<ImportCounts>) => void } = {},
): Promise<{ readonly conversations: number; readonly messages: number }> {
  const { signal } = options;
  const now = options.now ?? Date.now;
  const onProgress = options.onProgress ?? ((): void => undefined);
  const me = store.getAccount()?.accountId;
  const counts: ImportCounts = { importedConversations: 0, importedMessages: 0, importedAttachments: 0 };
  let inserted = 0;
  store.transaction(() => {
    if (bundle.media !== null) {
      store.setItem('historyMedia', {
        key: Buffer.from(bundle.media.key).toString('base64'),
        files: bundle.media.files,
        importedAt: now(),
        manifest: null,
      });
    }
    const profile = bundle.ownProfile;
    // A profile this device already has (from a sync that overtook the bundle) is newer.
    if (profile !== null && store.getItem('profileUpdatedAt') === undefined) {
      store.setItem('profileName', profile.name);
      store.setItem('profileAvatar', profile.avatar);
      store.setItem('profileUpdatedAt', profile.updatedAt);
    }
  });
  for (const conversation of bundle.conversations) {
    if (isAborted(signal)) throw new HistorySyncCancelledError();
    const target = store.transaction(() => writeConversation(store, conversation));
    for (let start = 0; start < conversation.messages.length; start += importBatch) {
      if (isAborted(signal)) throw new HistorySyncCancelledError();
      const batch = conversation.messages.slice(start, start + importBatch);
      store.transaction(() => {
        for (const message of batch) {
          const written = writeMessage(store, target, message, me);
          if (written) inserted++;
          counts.importedMessages++;
          counts.importedAttachments += message.attachments.length;
        }
      });
      onProgress(counts);
      // The host's event loop gets a turn: progress reaches the window and "Skip the rest" is heard.
      await nextTurn();
    }
    if (conversation.lastReadAt !== null) store.setConversationLastRead(target, conversation.lastReadAt);
    counts.importedConversations++;
    onProgress(counts);
  }
  return { conversations: counts.importedConversations, messages: inserted };
}

function writeConversation(store: Store, conversation: CheckedConversation): ConversationId {
  const peer = conversation.peer;
  const handleOwner = conversation.handle === null ? undefined : store.getRecipientByHandle(conversation.handle);
  store.upsertRecipient({
    accountId: peer,
    // Handles are unique: one another account already holds stays with it.
    ...(conversation.handle === null || (handleOwner !== undefined && handleOwner.accountId !== peer) ? {} : { handle: conversation.handle }),
    ...(conversation.profileName === null ? {} : { displayName: conversation.profileName }),
    ...(conversation.avatar === null ? {} : { avatar: conversation.avatar }),
  });
  const target = store.getOrCreateDirectConversation(peer);
  store.updateConversationState(target.id, {
    ...(conversation.pinned ? { pinned: true } : {}),
    ...(conversation.archived ? { archived: true } : {}),
    ...(conversation.mutedUntil === null ? {} : { mutedUntil: conversation.mutedUntil }),
  });
  const key = conversation.identityKey;
  if (key !== null) {
    const known = store.getIdentity(peer);
    // Only a key this device has not seen otherwise: a different one it learned itself wins.
    if (known === undefined) store.saveIdentityKey(peer, key);
    if (known === undefined || Buffer.from(known.publicKey).equals(Buffer.from(key))) store.setIdentityVerified(peer, conversation.verified);
  }
  return target.id;
}

/** Returns whether a new row was written; a message that also arrived live is kept once. */
function writeMessage(store: Store, conversationId: ConversationId, message: CheckedMessage, me: AccountId | undefined): boolean {
  if (message.kind === 'text' && store.findMessageBySentAt(message.sender, message.sentAt, message.senderDevice) !== undefined) return false;
  const mine = message.sender === me;
  const result = store.insertMessage({
    conversationId,
    kind: message.kind,
    direction: mine ? 'outgoing' : 'incoming',
    senderAccountId: message.sender,
    senderDeviceId: message.senderDevice,
    serverGuid: null,
    sentAt: message.sentAt,
    receivedAt: message.receivedAt,
    body: message.body,
    status: message.status ?? (mine ? 'sent' : 'read'),
    errorText: message.errorText,
    errorCode: message.errorCode,
    quote: message.quote,
    editedAt: message.editedAt,
    deletedForEveryone: message.deletedForEveryone,
  });
  if (!result.inserted) return false;
  for (const reaction of message.reactions) store.setReaction(result.id, reaction.reactor, reaction.emoji, reaction.sentAt);
  for (const attachment of message.attachments) {
    store.insertAttachment({
      ...attachment.metadata,
      id: newAttachmentId(),
      messageId: result.id,
      position: attachment.position,
      // As for files of sync transcripts: this device fetches them from the relay.
      direction: 'incoming',
      blobId: null,
      // The column wants 64 bytes; a file that does not travel is never downloaded.
      key: attachment.key ?? new Uint8Array(attachmentKeyLength),
      digest: null,
      localFile: null,
      state: attachment.key === null ? 'not-on-device' : 'awaiting-phone',
      progress: 0,
      error: null,
    });
  }
  return true;
}

/** Read through a function: the signal changes behind the compiler's back while we await. */
function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}
