/**
 * The host's connection state (relay socket and local relay), from its slice store: read
 * once and kept current by its change event, so a message row can tell "waiting for the
 * connection" from "sending" without each row asking the host.
 */
import type { ConnectionState } from '../../../../shared/ipc/connection';
import { isWaitingForConnection } from './connectionBanner';
import { useStore } from '../../state/store';
import { useStores } from '../../state/stores';

/** Undefined until the host answered. */
export function useConnectionState(): ConnectionState | undefined {
  return useStore(useStores().connection);
}

/** True while a pending outgoing message waits for the connection rather than for its turn. */
export function useWaitingForConnection(): boolean {
  return isWaitingForConnection(useConnectionState());
}
