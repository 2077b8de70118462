import { useEffect, useState } from 'react';
import type { ConversationSummary } from '../../../shared/ipc/chats';
import { applyConversationChange } from '../conversation/listModel';
import { createClient } from '../ipc';

const chats = createClient('chats');

export interface ConversationsState {
  /** Pinned first, then most recent; undefined until the first answer. */
  readonly conversations: ReadonlyArray<ConversationSummary> | undefined;
  /** Why the list could not be read, in words. */
  readonly error: string | undefined;
}

/**
 * The linked desktop's conversations: one full read, then the host's incremental
 * changes. Changes that arrive before the first answer are applied to it, not lost.
 */
export function useConversations(): ConversationsState {
  const [state, setState] = useState<ConversationsState>({ conversations: undefined, error: undefined });
  useEffect(() => {
    let live = true;
    const early: Array<Parameters<typeof applyConversationChange>[1]> = [];
    let loaded = false;
    const dispose = chats.onDidChangeConversations((change) => {
      if (!live) return;
      if (!loaded) {
        early.push(change);
        return;
      }
      setState((current) => ({ ...current, conversations: applyConversationChange(current.conversations ?? [], change) }));
    });
    chats.listConversations().then(
      (list) => {
        if (!live) return;
        loaded = true;
        const sorted = early.reduce<ReadonlyArray<ConversationSummary>>(applyConversationChange, applyConversationChange([], { upserted: list, removedIds: [] }));
        setState({ conversations: sorted, error: undefined });
      },
      (failure: unknown) => {
        if (live) setState({ conversations: [], error: failure instanceof Error ? failure.message : String(failure) });
      },
    );
    return () => {
      live = false;
      dispose();
    };
  }, []);
  return state;
}
