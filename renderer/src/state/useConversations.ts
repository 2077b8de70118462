import type { ConversationsState } from './stores';
import { useStores } from './stores';
import { useStore } from './store';

export type { ConversationsState } from './stores';

/** The linked desktop's conversations, from the chat list's slice store. */
export function useConversations(): ConversationsState {
  return useStore(useStores().conversations);
}
