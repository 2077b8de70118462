/**
 * Which message each conversation's notification shows, and what becomes of it when
 * that message changes (issue 10, item 11): deleted (for everyone or for me) or read,
 * here or on another device, retracts it; edited, replaces it with the new text.
 * Pure: the chats handler feeds it messages and emits what it decides.
 */
import type { ConversationId, Message, MessageId } from '../../../engine/store';

/** What the shown notification of a message should do now. */
export type NotificationFollowUp = 'keep' | 'retract' | 'replace';

interface Notified {
  readonly messageId: MessageId;
  readonly editedAt: number | null;
}

/** What a notification of `shown` should do, given its message as it is now (undefined: gone). */
export function followUpFor(shown: Notified, now: Message | undefined): NotificationFollowUp {
  if (now === undefined || now.deletedForEveryone) return 'retract';
  // Read here (the chat was opened) or on another device (a read sync): nothing new to see.
  if (now.status !== 'received') return 'retract';
  if (now.editedAt !== shown.editedAt) return 'replace';
  return 'keep';
}

export interface NotificationChange {
  readonly conversationId: ConversationId;
  readonly messageId: MessageId;
  readonly followUp: Exclude<NotificationFollowUp, 'keep'>;
}

/**
 * One notification per conversation, as the displays keep them (a newer message of the
 * chat replaces the older notification), so only the newest notified message matters.
 */
export class NotificationTracker {
  private readonly shown = new Map<ConversationId, Notified>();

  /** A notification for this message was requested. */
  record(message: Message): void {
    this.shown.set(message.conversationId, { messageId: message.id, editedAt: message.editedAt });
  }

  /**
   * Messages of a conversation changed: what happens to its notification, if its
   * message is among them. A retracted one is forgotten; a replaced one remembers the edit.
   */
  changed(conversationId: ConversationId, messageIds: ReadonlyArray<MessageId>, lookup: (id: MessageId) => Message | undefined): NotificationChange | undefined {
    const shown = this.shown.get(conversationId);
    if (shown === undefined || !messageIds.includes(shown.messageId)) return undefined;
    const now = lookup(shown.messageId);
    const followUp = followUpFor(shown, now);
    switch (followUp) {
      case 'keep':
        return undefined;
      case 'retract':
        this.shown.delete(conversationId);
        return { conversationId, messageId: shown.messageId, followUp };
      case 'replace':
        this.shown.set(conversationId, { messageId: shown.messageId, editedAt: now?.editedAt ?? null });
        return { conversationId, messageId: shown.messageId, followUp };
    }
  }

  /** The engine went (unlinked): nothing shown belongs to an account any more. */
  clear(): void {
    this.shown.clear();
  }
}
