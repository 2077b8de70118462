/** A message as the host sends one, for renderer tests: a read text message unless `change` says otherwise. */
import type { MessageView } from '../../shared/ipc/chats';

export function messageView(change: Partial<MessageView> = {}): MessageView {
  return {
    id: crypto.randomUUID(),
    conversationId: '0f6b8a3c-1d2e-4f50-8a6b-7c8d9e0f1a2b',
    kind: 'text',
    direction: 'outgoing',
    body: 'hello',
    sentAt: 1_700_000_000_000,
    receivedAt: 1_700_000_000_000,
    status: 'read',
    errorText: null,
    errorCode: null,
    editedAt: null,
    deletedForEveryone: false,
    quote: null,
    reactions: [],
    attachments: [],
    ...change,
  };
}
