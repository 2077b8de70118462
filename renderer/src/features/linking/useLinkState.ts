import { useCallback, useState } from 'react';
import type { LinkState } from '../../../../shared/ipc/link';
import { useApi } from '../../ipc';
import { useStore } from '../../state/store';
import { useStores } from '../../state/stores';

export interface LinkActions {
  readonly start: () => void;
  readonly cancel: () => void;
  /** Resolves once the host accepted (or rejected) the name. */
  readonly setDeviceName: (name: string) => Promise<void>;
  readonly unlink: () => Promise<void>;
  readonly cancelHistorySync: () => void;
}

/**
 * This desktop's link state, kept current by the host's pushed events. An action the
 * host refuses (Try again, Cancel, Unlink, Skip) leaves its reason in `actionProblem`
 * for the screen to show, instead of a button that silently does nothing.
 */
export function useLinkState(): { readonly state: LinkState | undefined; readonly actionProblem: unknown } & LinkActions {
  const store = useStores().link;
  const { link } = useApi();
  const state = useStore(store);
  const [actionProblem, setActionProblem] = useState<unknown>();
  const done = useCallback(
    (next: LinkState) => {
      setActionProblem(undefined);
      store.set(next);
    },
    [store],
  );
  const start = useCallback(() => {
    link.start().then(done, setActionProblem);
  }, [done, link]);
  const cancel = useCallback(() => {
    link.cancel().then(done, setActionProblem);
  }, [done, link]);
  const setDeviceName = useCallback(
    async (name: string) => {
      store.set(await link.setDeviceName(name));
    },
    [link, store],
  );
  const unlink = useCallback(async () => {
    try {
      done(await link.unlink());
    } catch (error) {
      setActionProblem(error);
      throw error;
    }
  }, [done, link]);
  const cancelHistorySync = useCallback(() => {
    link.cancelHistorySync().then(done, setActionProblem);
  }, [done, link]);
  return { state, actionProblem, start, cancel, setDeviceName, unlink, cancelHistorySync };
}
