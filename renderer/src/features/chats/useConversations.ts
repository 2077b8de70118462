import type { ConversationsState } from '../../state/stores';
import { useStores } from '../../state/stores';
import { useStore } from '../../state/store';

export type { ConversationsState } from '../../state/stores';

/** The linked desktop's conversations, from the chat list's slice store. */
export function useConversations(): ConversationsState {
  return useStore(useStores().conversations);
}
