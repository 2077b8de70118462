import { useEffect } from 'react';
import { useApi } from '../../ipc';


/**
 * Runs `load` now and again whenever the host says this contact changed (verified,
 * identity accepted, profile); `isLive` turns false once the caller unmounts.
 */
export function useContactReload(conversationId: string, load: (isLive: () => boolean) => void): void {
  const { contacts } = useApi();
  useEffect(() => {
    let live = true;
    const isLive = (): boolean => live;
    load(isLive);
    const dispose = contacts.onDidChangeContact((change) => {
      if (change.conversationId === conversationId) load(isLive);
    });
    return () => {
      live = false;
      dispose();
    };
  }, [conversationId, load]);
}
