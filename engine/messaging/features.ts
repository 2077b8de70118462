/** Small pieces the sender and the receiver share for replies, reactions, profiles and verification. */
import { timingSafeEqual } from 'node:crypto';
import type { AccountId, LocalAccount, MessageId, Store } from '../store';
import { InvalidIdError, toAccountId, toDeviceId } from '../store';

/** The same shape the IPC contract accepts; a contact's larger or odd avatar is dropped, not shown. */
const avatarPattern = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/;
export const maxAvatarDataUrlLength = 200_000;

export function isAvatarDataUrl(value: string): boolean {
  return value.length <= maxAvatarDataUrlLength && avatarPattern.test(value);
}

/** An account id from the wire, or undefined when it is not one (never a throw inside a receive). */
export function parseAccountId(value: string): AccountId | undefined {
  try {
    return toAccountId(value);
  } catch (error) {
    if (error instanceof InvalidIdError) return undefined;
    throw error;
  }
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What writing a centred event row into a conversation needs. */
export type EventRowWriter = Pick<Store, 'getOrCreateDirectConversation' | 'getRecipient' | 'insertMessage'>;

/** The centred "you marked … as verified" row in the conversation with `accountId`: a code, worded by the renderer. */
export function recordVerifiedChange(store: EventRowWriter, me: LocalAccount, accountId: AccountId, verified: boolean, now: number): MessageId {
  const conversation = store.getOrCreateDirectConversation(accountId);
  const result = store.insertMessage({
    conversationId: conversation.id,
    kind: 'verified-change',
    direction: 'outgoing',
    senderAccountId: me.accountId,
    senderDeviceId: me.deviceId,
    serverGuid: null,
    sentAt: now,
    receivedAt: now,
    body: null,
    status: 'sent',
    errorText: null,
    errorCode: verified ? 'verified' : 'verification-cleared',
  });
  if (!result.inserted) throw new Error('A verification event collided with a stored row.');
  return result.id;
}

/** The centred "safety number changed" row in the conversation with `accountId`. */
export function recordIdentityChange(store: EventRowWriter, accountId: AccountId, now: number, sentAt = now): MessageId {
  const conversation = store.getOrCreateDirectConversation(accountId);
  const result = store.insertMessage({
    conversationId: conversation.id,
    kind: 'identity-change',
    direction: 'incoming',
    senderAccountId: accountId,
    senderDeviceId: toDeviceId(1),
    serverGuid: null,
    sentAt,
    receivedAt: now,
    body: null,
    status: 'received',
    errorText: null,
  });
  if (!result.inserted) throw new Error('An identity-change event collided with a stored row.');
  return result.id;
}
