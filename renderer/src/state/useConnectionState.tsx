/**
 * The host's connection state (relay socket and local relay), read once and kept current
 * by its change event, shared through context so a message row can tell "waiting for
 * the connection" from "sending" without each row subscribing.
 */
import { createContext, useContext } from 'react';
import type { ConnectionState } from '../../../shared/ipc/connection';
import { createClient } from '../ipc';
import { isWaitingForConnection } from './connectionBanner';
import { useHostValue } from './useHostValue';

const connection = createClient('connection');
const read = (): Promise<ConnectionState> => connection.getState();
const subscribe = (listener: (next: ConnectionState) => void): (() => void) => connection.onDidChangeState(listener);

const ConnectionContext = createContext<ConnectionState | undefined>(undefined);

export function ConnectionProvider(props: { readonly children: React.ReactNode }): React.JSX.Element {
  const state = useHostValue(read, subscribe);
  return <ConnectionContext.Provider value={state}>{props.children}</ConnectionContext.Provider>;
}

/** Undefined until the host answered (and outside a provider). */
export function useConnectionState(): ConnectionState | undefined {
  return useContext(ConnectionContext);
}

/** True while a pending outgoing message waits for the connection rather than for its turn. */
export function useWaitingForConnection(): boolean {
  return isWaitingForConnection(useContext(ConnectionContext));
}

/** "Retry now": resolves with the state the host reports right after. */
export function retryConnectionNow(): Promise<ConnectionState> {
  return connection.retryNow();
}
