import { useCallback, useEffect, useState } from 'react';
import type { LinkState } from '../../../shared/ipc/link';
import { createClient } from '../ipc';

const link = createClient('link');

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
  const [state, setState] = useState<LinkState>();
  const [actionProblem, setActionProblem] = useState<unknown>();
  const done = useCallback((next: LinkState) => {
    setActionProblem(undefined);
    setState(next);
  }, []);
  useEffect(() => {
    let live = true;
    const dispose = link.onDidChangeLinkState((next) => {
      if (live) setState(next);
    });
    link.getState().then(
      (next) => {
        if (live) setState((current) => current ?? next);
      },
      () => undefined,
    );
    return () => {
      live = false;
      dispose();
    };
  }, []);
  const start = useCallback(() => {
    link.start().then(done, setActionProblem);
  }, [done]);
  const cancel = useCallback(() => {
    link.cancel().then(done, setActionProblem);
  }, [done]);
  const setDeviceName = useCallback(async (name: string) => {
    setState(await link.setDeviceName(name));
  }, []);
  const unlink = useCallback(async () => {
    try {
      done(await link.unlink());
    } catch (error) {
      setActionProblem(error);
      throw error;
    }
  }, [done]);
  const cancelHistorySync = useCallback(() => {
    link.cancelHistorySync().then(done, setActionProblem);
  }, [done]);
  return { state, actionProblem, start, cancel, setDeviceName, unlink, cancelHistorySync };
}
