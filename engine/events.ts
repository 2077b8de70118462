/** What the engine tells the host, and how what the receiver did becomes those events. */
import type { Emitter } from './kernel/emitter';
import type { ConsoleNotice } from './modules/inbox/inbound';
import type { ReceivedEvent } from './pipeline/receiver';
import type { DeviceConnectionState } from './relay-client/socket';
import type { AccountId, ConversationId, MessageId, Store, StorageFailureCode } from './store';

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
  /** The business console's roster, state or settings changed. */
  consoleChanged: undefined;
  /** A change from another seat concerns this desktop's seat: assigned to it, or a note names it. */
  consoleNotice: { readonly notices: ReadonlyArray<ConsoleNotice> };
  /** What this device knows of who is at the console changed (availability, viewing, typing): these seats. */
  presenceChanged: { readonly seats: ReadonlyArray<string> };
  /**
   * The database failed underneath the engine (damaged pages, I/O errors): the engine
   * stopped receiving (nothing more is acknowledged) and sending. The host shows a typed
   * error screen and keeps every file.
   */
  storageFailed: { readonly code: StorageFailureCode };
}

/**
 * Turns what the receiver (or a local action with the same effect) did into the
 * view-level change events. `released`: a contact's key may have been accepted, so
 * sends held for it may go.
 */
export function announcer(
  events: Emitter<EngineEvents>,
  store: Pick<Store, 'getMessage' | 'getDirectConversation'>,
  released: () => void,
): (event: ReceivedEvent) => void {
  return (event) => {
    switch (event.kind) {
      case 'message':
      case 'message-updated': {
        const message = store.getMessage(event.messageId);
        if (message !== undefined) events.emit('messagesChanged', { conversationId: message.conversationId, messageIds: [message.id] });
        return;
      }
      case 'message-removed':
        events.emit('messagesChanged', { conversationId: event.conversationId, messageIds: [event.messageId] });
        return;
      case 'contact-updated':
      case 'identity-changed': {
        if (event.kind === 'contact-updated') released();
        events.emit('contactChanged', { accountId: event.accountId });
        const conversation = store.getDirectConversation(event.accountId);
        if (conversation !== undefined) events.emit('conversationsChanged', { conversationIds: [conversation.id] });
        return;
      }
      case 'profile-updated':
        events.emit('profileChanged', undefined);
        return;
      case 'typing':
      case 'decryption-error-reported':
        return;
    }
  };
}
