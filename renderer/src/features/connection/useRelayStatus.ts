import { useCallback } from 'react';
import type { RelayStatus } from '../../../../shared/ipc/app';
import { useApi } from '../../ipc';
import { useStore } from '../../state/store';
import { useStores } from '../../state/stores';

/** The relay's reachability, kept current by the host's pushed events. */
export function useRelayStatus(): { readonly status: RelayStatus | undefined; readonly recheck: () => void } {
  const store = useStores().relayStatus;
  const api = useApi();
  const status = useStore(store);
  const recheck = useCallback(() => {
    api.app.checkRelay().then(
      (next) => {
        store.set(next);
      },
      () => undefined,
    );
  }, [api, store]);
  return { status, recheck };
}
