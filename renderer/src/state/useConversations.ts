import { useEffect, useState } from 'react';
import type { ConversationSummary } from '../../../shared/ipc/chats';
import { createClient } from '../ipc';

const chats = createClient('chats');

/** The linked desktop's conversation list, most recent first. */
export function useConversations(): ReadonlyArray<ConversationSummary> | undefined {
  const [conversations, setConversations] = useState<ReadonlyArray<ConversationSummary>>();
  useEffect(() => {
    let live = true;
    const dispose = chats.onDidChangeConversations((next) => {
      if (live) setConversations(next);
    });
    chats.listConversations().then(
      (next) => {
        if (live) setConversations(next);
      },
      () => undefined,
    );
    return () => {
      live = false;
      dispose();
    };
  }, []);
  return conversations;
}
