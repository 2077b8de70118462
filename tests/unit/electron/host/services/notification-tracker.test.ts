import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { followUpFor, NotificationTracker } from '../../../../../electron/host/services/notification-tracker';
import type { ConversationId, Message, MessageId } from '../../../../../engine/store';
import { toAccountId, toDeviceId } from '../../../../../engine/store';

const conversationId = randomUUID() as ConversationId;

function incoming(change: Partial<Message> = {}): Message {
  return {
    id: randomUUID() as MessageId,
    conversationId,
    kind: 'text',
    direction: 'incoming',
    senderAccountId: toAccountId(randomUUID()),
    senderDeviceId: toDeviceId(1),
    serverGuid: null,
    sentAt: 1_000,
    receivedAt: 1_000,
    body: 'hello',
    status: 'received',
    errorText: null,
    errorCode: null,
    quote: null,
    editedAt: null,
    deletedForEveryone: false,
    ...change,
  };
}

describe('what a shown notification does when its message changes', () => {
  const shown = { messageId: randomUUID() as MessageId, editedAt: null };

  it('retracts it when the message is deleted for everyone, deleted here, or read here or elsewhere', () => {
    expect(followUpFor(shown, incoming({ deletedForEveryone: true, body: null }))).toBe('retract');
    expect(followUpFor(shown, undefined)).toBe('retract');
    expect(followUpFor(shown, incoming({ status: 'read' }))).toBe('retract');
  });

  it('replaces it when the sender edited the message, and keeps it otherwise', () => {
    expect(followUpFor(shown, incoming({ editedAt: 2_000, body: 'hello again' }))).toBe('replace');
    expect(followUpFor(shown, incoming())).toBe('keep');
  });
});

describe('NotificationTracker', () => {
  it('follows only the newest notified message of a conversation, and forgets it once retracted', () => {
    const tracker = new NotificationTracker();
    const older = incoming();
    const newer = incoming({ sentAt: 2_000 });
    tracker.record(older);
    tracker.record(newer);
    const messages = new Map<MessageId, Message>([
      [older.id, { ...older, deletedForEveryone: true }],
      [newer.id, newer],
    ]);
    const lookup = (id: MessageId): Message | undefined => messages.get(id);
    // The older one's notification was already replaced by the newer one's.
    expect(tracker.changed(conversationId, [older.id], lookup)).toBeUndefined();
    messages.set(newer.id, { ...newer, status: 'read' });
    expect(tracker.changed(conversationId, [newer.id], lookup)).toEqual({ conversationId, messageId: newer.id, followUp: 'retract' });
    expect(tracker.changed(conversationId, [newer.id], lookup)).toBeUndefined();
  });

  it('replaces once per edit, and ignores changes to messages it did not notify', () => {
    const tracker = new NotificationTracker();
    const notified = incoming();
    tracker.record(notified);
    const edited = { ...notified, editedAt: 5_000, body: 'edited' };
    const lookup = (): Message => edited;
    expect(tracker.changed(conversationId, [randomUUID() as MessageId], lookup)).toBeUndefined();
    expect(tracker.changed(conversationId, [notified.id], lookup)).toEqual({ conversationId, messageId: notified.id, followUp: 'replace' });
    // A reaction or receipt on the edited message later changes nothing more.
    expect(tracker.changed(conversationId, [notified.id], lookup)).toBeUndefined();
    tracker.clear();
    expect(tracker.changed(conversationId, [notified.id], () => undefined)).toBeUndefined();
  });
});
