import { useCallback, useEffect, useState } from 'react';
import type { MessageView } from '../../../shared/ipc/chats';
import { createClient } from '../ipc';

const chats = createClient('chats');

export interface ConversationMessages {
  readonly messages: ReadonlyArray<MessageView> | undefined;
  /** Sends and shows the message at once; rejects with the host's reason. */
  readonly send: (body: string) => Promise<void>;
}

/** One conversation's messages, refreshed when the host says they changed; opening it marks it read. */
export function useMessages(conversationId: string | undefined): ConversationMessages {
  const [messages, setMessages] = useState<ReadonlyArray<MessageView>>();
  useEffect(() => {
    setMessages(undefined);
    if (conversationId === undefined) return undefined;
    let live = true;
    const load = (): void => {
      chats.listMessages(conversationId).then(
        (next) => {
          if (!live) return;
          setMessages(next);
          if (next.some((message) => message.direction === 'incoming' && message.status === 'received')) {
            chats.markRead(conversationId).catch(() => undefined);
          }
        },
        () => undefined,
      );
    };
    const dispose = chats.onDidChangeMessages((change) => {
      if (change.conversationId === conversationId) load();
    });
    load();
    return () => {
      live = false;
      dispose();
    };
  }, [conversationId]);
  const send = useCallback(
    async (body: string) => {
      if (conversationId === undefined) return;
      const sent = await chats.sendText(conversationId, body);
      setMessages((current) => (current?.some((message) => message.id === sent.id) === true ? current : [...(current ?? []), sent]));
    },
    [conversationId],
  );
  return { messages, send };
}
