import { useCallback, useEffect, useState } from 'react';
import type { RelayStatus } from '../../../shared/ipc/app';
import { createClient } from '../ipc';

const app = createClient('app');

/** The relay's reachability, kept current by the host's pushed events. */
export function useRelayStatus(): { readonly status: RelayStatus | undefined; readonly recheck: () => void } {
  const [status, setStatus] = useState<RelayStatus>();
  useEffect(() => {
    let live = true;
    const dispose = app.onDidChangeRelayStatus((next) => {
      if (live) setStatus(next);
    });
    app.checkRelay().then(
      (next) => {
        if (live) setStatus(next);
      },
      () => undefined,
    );
    return () => {
      live = false;
      dispose();
    };
  }, []);
  const recheck = useCallback(() => {
    app.checkRelay().then(setStatus, () => undefined);
  }, []);
  return { status, recheck };
}
