/**
 * Range checks for a decoded history bundle, before anything reaches SQL. The primary is
 * trusted, but the bundle still arrives from outside (and a newer primary may send kinds
 * this desktop does not know): a value that does not fit drops the item it belongs to,
 * counted as skipped, and never the whole import. No store, no I/O.
 */
import { PublicKey } from '@signalapp/libsignal-client';
import type { HistoryAttachment, HistoryBundle, HistoryMessage } from '../../shared/proto/content';
import { HistoryMessageKind, HistoryVerifiedState } from '../../shared/proto/content';
import { HandleSchema } from '../../shared/relay-api';
import type { AttachmentMetadata } from '../attachments/types';
import { maxAttachmentSize, sanitizeContentType, sanitizeFileName } from '../attachments/validate';
import { attachmentKeyLength } from '../crypto/attachment-cipher';
import { isAvatarDataUrl, parseAccountId } from '../messaging/features';
import type { AccountId, DeviceId, MessageKind, MessageQuote, MessageStatus, Timestamp, VerifiedState } from '../store';
import { maxDeviceId, toDeviceId } from '../store';
import { turnTaker } from '../kernel/scheduler';
import { messageErrorCodes } from '../../shared/domain/codes';
import type { MessageErrorCode } from '../../shared/domain/codes';

const knownErrorCodes: ReadonlySet<string> = new Set(messageErrorCodes);

/** Generous bounds: what the relay can carry in one message, not what people usually type. */
export const historyLimits = {
  conversations: 20_000,
  messages: 100_000,
  body: 256 * 1024,
  quote: 2_000,
  errorText: 1_000,
  profileName: 64,
  emoji: 32,
  reactionsPerMessage: 256,
  attachmentsPerMessage: 32,
  dimension: 100_000,
} as const;

export interface CheckedReaction {
  readonly reactor: AccountId;
  readonly emoji: string;
  readonly sentAt: Timestamp;
}

export interface CheckedAttachment {
  readonly metadata: AttachmentMetadata;
  readonly position: number;
  /** The fresh key the primary re-encrypts this file with; null: not on this device. */
  readonly key: Uint8Array<ArrayBuffer> | null;
}

export interface CheckedMessage {
  readonly kind: MessageKind;
  readonly sender: AccountId;
  readonly senderDevice: DeviceId;
  readonly sentAt: Timestamp;
  readonly receivedAt: Timestamp;
  readonly body: string | null;
  readonly status: MessageStatus | null;
  readonly errorText: string | null;
  /** A code this version knows (an unknown one is dropped: the row then shows generic words). */
  readonly errorCode: MessageErrorCode | null;
  readonly quote: MessageQuote | null;
  readonly editedAt: Timestamp | null;
  readonly deletedForEveryone: boolean;
  readonly reactions: ReadonlyArray<CheckedReaction>;
  readonly attachments: ReadonlyArray<CheckedAttachment>;
}

export interface CheckedConversation {
  readonly peer: AccountId;
  readonly handle: string | null;
  readonly profileName: string | null;
  readonly avatar: string | null;
  readonly pinned: boolean;
  readonly archived: boolean;
  readonly mutedUntil: Timestamp | null;
  readonly verified: VerifiedState;
  readonly identityKey: Uint8Array<ArrayBuffer> | null;
  readonly lastReadAt: Timestamp | null;
  readonly messages: ReadonlyArray<CheckedMessage>;
}

export interface CheckedBundle {
  readonly version: number;
  readonly conversations: ReadonlyArray<CheckedConversation>;
  readonly ownProfile: { readonly name: string; readonly avatar: string | null; readonly updatedAt: Timestamp } | null;
  /** The media manifest's key and how many files it covers; null when no media travels. */
  readonly media: { readonly key: Uint8Array<ArrayBuffer>; readonly files: number } | null;
  readonly messages: number;
  readonly attachments: number;
  /** Conversations, messages, reactions and attachments dropped because a value did not fit. */
  readonly skipped: number;
}

const statuses: ReadonlySet<string> = new Set<MessageStatus>(['pending', 'sent', 'delivered', 'read', 'failed', 'received']);

/** Milliseconds since 1970 that a Date can hold; 0 is "unset" on the wire and never valid. */
export function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= 8_640_000_000_000_000;
}

function optionalTimestamp(value: number | null | undefined): Timestamp | null | undefined {
  if (value == null) return null;
  return isTimestamp(value) ? value : undefined;
}

function isDeviceId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= maxDeviceId;
}

function text(value: string | null | undefined, max: number): string | null | undefined {
  if (value == null || value === '') return null;
  return value.length <= max ? value : undefined;
}

function kindOf(kind: HistoryMessageKind): MessageKind | undefined {
  switch (kind) {
    case HistoryMessageKind.TEXT:
      return 'text';
    case HistoryMessageKind.IDENTITY_CHANGE:
      return 'identity-change';
    case HistoryMessageKind.VERIFIED_CHANGE:
      return 'verified-change';
    case HistoryMessageKind.UNDECRYPTABLE:
      return 'undecryptable';
    default:
      // A kind from a newer primary: this desktop cannot show it.
      return undefined;
  }
}

function verifiedOf(state: HistoryVerifiedState): VerifiedState {
  switch (state) {
    case HistoryVerifiedState.VERIFIED:
      return 'verified';
    case HistoryVerifiedState.UNVERIFIED:
      return 'unverified';
    default:
      // DEFAULT, or a state this desktop does not know: nothing is claimed.
      return 'default';
  }
}

function identityKeyOf(bytes: Uint8Array | null | undefined): Uint8Array<ArrayBuffer> | null | undefined {
  if (bytes == null || bytes.length === 0) return null;
  try {
    return Uint8Array.from(PublicKey.deserialize(Uint8Array.from(bytes)).serialize());
  } catch {
    return undefined;
  }
}

function dimension(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= historyLimits.dimension ? value : null;
}

function checkAttachment(attachment: HistoryAttachment, position: number): CheckedAttachment | undefined {
  const size = attachment.size;
  if (!Number.isSafeInteger(size) || size < 0 || size > maxAttachmentSize) return undefined;
  const key = attachment.key;
  if (key != null && key.length !== 0 && key.length !== attachmentKeyLength) return undefined;
  const duration = attachment.durationMs;
  return {
    position,
    key: key == null || key.length === 0 ? null : Uint8Array.from(key),
    metadata: {
      contentType: sanitizeContentType(attachment.contentType),
      fileName: sanitizeFileName(attachment.fileName),
      size,
      width: dimension(attachment.width),
      height: dimension(attachment.height),
      durationMs: typeof duration === 'number' && Number.isInteger(duration) && duration >= 0 && duration <= 2 ** 31 ? duration : null,
      voiceNote: attachment.voiceNote,
    },
  };
}

interface Tally {
  skipped: number;
}

function checkMessage(message: HistoryMessage, tally: Tally): CheckedMessage | undefined {
  const kind = kindOf(message.kind);
  const sender = parseAccountId(message.senderAccountId);
  const body = text(message.body, historyLimits.body);
  const errorText = text(message.errorText, historyLimits.errorText);
  const editedAt = optionalTimestamp(message.editedAt);
  if (
    kind === undefined ||
    sender === undefined ||
    !isDeviceId(message.senderDeviceId) ||
    !isTimestamp(message.sentAt) ||
    !isTimestamp(message.receivedAt) ||
    body === undefined ||
    errorText === undefined ||
    editedAt === undefined
  ) {
    return undefined;
  }
  let quote: MessageQuote | null = null;
  if (message.quote != null) {
    const author = parseAccountId(message.quote.targetAuthorAccountId);
    // A reply whose quote does not fit is still the reply: only the quote goes.
    if (author !== undefined && isTimestamp(message.quote.targetSentTimestamp)) {
      quote = { authorAccountId: author, sentAt: message.quote.targetSentTimestamp, text: message.quote.text.slice(0, historyLimits.quote) };
    } else {
      tally.skipped++;
    }
  }
  const reactions: Array<CheckedReaction> = [];
  const reactors = new Set<string>();
  for (const reaction of message.reactions.slice(0, historyLimits.reactionsPerMessage)) {
    const reactor = parseAccountId(reaction.reactorAccountId);
    const emoji = reaction.emoji;
    // One reaction per reactor, as the store keeps them.
    if (reactor === undefined || reactors.has(reactor) || emoji.length === 0 || emoji.length > historyLimits.emoji || !isTimestamp(reaction.sentAt)) {
      tally.skipped++;
      continue;
    }
    reactors.add(reactor);
    reactions.push({ reactor, emoji, sentAt: reaction.sentAt });
  }
  tally.skipped += Math.max(0, message.reactions.length - historyLimits.reactionsPerMessage);
  const attachments: Array<CheckedAttachment> = [];
  message.attachments.slice(0, historyLimits.attachmentsPerMessage).forEach((attachment, position) => {
    const checked = checkAttachment(attachment, position);
    if (checked === undefined) tally.skipped++;
    else attachments.push(checked);
  });
  tally.skipped += Math.max(0, message.attachments.length - historyLimits.attachmentsPerMessage);
  const deleted = message.deletedForEveryone;
  if (kind === 'text' && !deleted && body === null && attachments.length === 0) return undefined;
  return {
    kind,
    sender,
    senderDevice: toDeviceId(message.senderDeviceId),
    sentAt: message.sentAt,
    receivedAt: message.receivedAt,
    // A tombstone keeps nothing of what it was.
    body: deleted ? null : body,
    status: statuses.has(message.status) ? (message.status as MessageStatus) : null,
    errorText,
    errorCode: message.errorCode != null && knownErrorCodes.has(message.errorCode) ? (message.errorCode as MessageErrorCode) : null,
    quote: deleted ? null : quote,
    editedAt: deleted ? null : editedAt,
    deletedForEveryone: deleted,
    reactions: deleted || kind !== 'text' ? [] : reactions,
    attachments: deleted || kind !== 'text' ? [] : attachments,
  };
}

/** Messages checked between two turns of the event loop. */
const checkBatch = 500;

/**
 * Every value of `bundle` checked and converted; what does not fit is dropped and counted.
 * Yields to the event loop every few hundred messages (a bundle holds up to 100,000).
 */
export async function checkHistoryBundle(bundle: HistoryBundle): Promise<CheckedBundle> {
  const turns = turnTaker(checkBatch);
  const tally: Tally = { skipped: 0 };
  const seenPeers = new Set<string>();
  const seenHandles = new Set<string>();
  const conversations: Array<CheckedConversation> = [];
  let messageCount = 0;
  let attachmentCount = 0;
  for (const conversation of bundle.conversations) {
    const peer = parseAccountId(conversation.peerAccountId);
    if (conversations.length >= historyLimits.conversations || peer === undefined || seenPeers.has(peer)) {
      tally.skipped += 1 + conversation.messages.length;
      continue;
    }
    seenPeers.add(peer);
    // Handles are unique in the store: a second claim to one is dropped, not fatal.
    let handle = conversation.peerHandle ?? null;
    if (handle !== null && (!HandleSchema.safeParse(handle).success || seenHandles.has(handle))) {
      handle = null;
      tally.skipped++;
    }
    if (handle !== null) seenHandles.add(handle);
    const profileName = text(conversation.peerProfileName?.trim(), historyLimits.profileName);
    const avatar = conversation.peerAvatarDataUrl ?? null;
    const mutedUntil = optionalTimestamp(conversation.mutedUntil);
    const lastReadAt = optionalTimestamp(conversation.lastReadAt);
    const identityKey = identityKeyOf(conversation.peerIdentityKey);
    if (profileName === undefined || mutedUntil === undefined || lastReadAt === undefined || identityKey === undefined) tally.skipped++;
    const messages: Array<CheckedMessage> = [];
    for (const message of conversation.messages) {
      await turns.step();
      const checked = messageCount < historyLimits.messages ? checkMessage(message, tally) : undefined;
      if (checked === undefined) {
        tally.skipped++;
        continue;
      }
      messages.push(checked);
      messageCount++;
      attachmentCount += checked.attachments.length;
    }
    conversations.push({
      peer,
      handle,
      profileName: profileName ?? null,
      avatar: avatar !== null && isAvatarDataUrl(avatar) ? avatar : null,
      pinned: conversation.pinned,
      archived: conversation.archived,
      mutedUntil: mutedUntil ?? null,
      // A verification only means something together with the key it was made for.
      verified: identityKey == null ? 'default' : verifiedOf(conversation.verified),
      identityKey: identityKey ?? null,
      lastReadAt: lastReadAt ?? null,
      messages,
    });
  }
  const profile = bundle.ownProfile;
  const ownName = profile == null ? undefined : text(profile.name.trim(), historyLimits.profileName);
  const ownProfile =
    profile == null || ownName === undefined || !isTimestamp(profile.timestamp)
      ? null
      : {
          name: ownName ?? '',
          avatar: profile.avatarDataUrl != null && isAvatarDataUrl(profile.avatarDataUrl) ? profile.avatarDataUrl : null,
          updatedAt: profile.timestamp,
        };
  const mediaKey = bundle.mediaKey;
  const media = bundle.mediaFiles > 0 && mediaKey?.length === attachmentKeyLength ? { key: Uint8Array.from(mediaKey), files: bundle.mediaFiles } : null;
  return {
    version: bundle.version,
    conversations,
    ownProfile,
    media,
    messages: messageCount,
    attachments: attachmentCount,
    skipped: tally.skipped,
  };
}
