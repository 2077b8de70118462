import { useEffect, useState } from 'react';
import { useApi } from '../../ipc';

/** A "started typing" without a "stopped" (the contact went offline) fades after this. */
const staleAfterMs = 15_000;

/** Whether the contact is typing in this conversation right now. */
export function useTyping(conversationId: string): boolean {
  const { chats } = useApi();
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    setTyping(false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const dispose = chats.onDidChangeTyping((change) => {
      if (change.conversationId !== conversationId) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      setTyping(change.typing);
      if (change.typing) {
        timer = setTimeout(() => {
          setTyping(false);
        }, staleAfterMs);
      }
    });
    return () => {
      dispose();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [conversationId]);
  return typing;
}
