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

/** This desktop's link state, kept current by the host's pushed events. */
export function useLinkState(): { readonly state: LinkState | undefined } & LinkActions {
  const [state, setState] = useState<LinkState>();
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
    link.start().then(setState, () => undefined);
  }, []);
  const cancel = useCallback(() => {
    link.cancel().then(setState, () => undefined);
  }, []);
  const setDeviceName = useCallback(async (name: string) => {
    setState(await link.setDeviceName(name));
  }, []);
  const unlink = useCallback(async () => {
    setState(await link.unlink());
  }, []);
  const cancelHistorySync = useCallback(() => {
    link.cancelHistorySync().then(setState, () => undefined);
  }, []);
  return { state, start, cancel, setDeviceName, unlink, cancelHistorySync };
}
