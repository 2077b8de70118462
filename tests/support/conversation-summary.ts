/** A conversation summary as the host sends one, for renderer tests: an empty chat unless `change` says otherwise. */
import type { ConversationSummary } from '../../shared/ipc/chats';

export function conversationSummary(change: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    id: crypto.randomUUID(),
    title: 'Contact',
    handle: null,
    avatarDataUrl: null,
    lastMessagePreview: null,
    lastMessageAt: null,
    lastMessageDirection: null,
    lastMessageKind: null,
    unread: 0,
    pinned: false,
    archived: false,
    mutedUntil: null,
    draft: null,
    verified: 'default',
    identityChangePending: false,
    business: null,
    ...change,
  };
}
