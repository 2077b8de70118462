/**
 * The `connection` IPC service: the running engine's relay connection and the embedded
 * relay's supervision, as one state the chats screen's banner shows (issue 10, item 9).
 */
import type { ConnectionState, LocalRelay, RelayConnection, connectionService } from '../../../shared/ipc/connection';
import type { ServiceEmitter, ServiceHandler } from '../../../shared/ipc/service';
import type { Engine } from '../../../engine/engine';
import type { Disposer } from '../../../engine/kernel/emitter';
import type { DeviceConnectionState } from '../../../engine/relay-client/socket';
import type { LocalRelayState, RelaySupervision } from '../relay-process';
import type { DesktopSession } from './desktop-session';

function relayConnectionOf(engine: Engine | undefined): RelayConnection {
  if (engine === undefined) return { kind: 'not-linked' };
  const state: DeviceConnectionState = engine.connectionState;
  switch (state.kind) {
    case 'connecting':
      return { kind: 'connecting', attempt: state.attempt };
    case 'open':
      return { kind: 'open' };
    case 'waiting':
      return {
        kind: 'waiting',
        reason: state.reason,
        ...(state.status === undefined ? {} : { status: state.status }),
        ...(state.closeCode === undefined ? {} : { closeCode: state.closeCode }),
        retryAt: state.retryAt,
        attempt: state.attempt,
      };
    case 'unknown-to-relay':
      return { kind: 'unknown-to-relay', reason: state.reason, retryAt: state.retryAt };
    case 'removed':
      return { kind: 'removed' };
    case 'displaced':
      return { kind: 'displaced' };
    case 'stopped':
      return { kind: 'stopped' };
  }
}

function localRelayOf(supervision: RelaySupervision | undefined): LocalRelay {
  if (supervision === undefined) return { kind: 'external' };
  const state: LocalRelayState = supervision.state;
  switch (state.kind) {
    case 'running':
      return { kind: 'running', restarts: state.restarts, lastRestartAt: state.lastRestartAt };
    case 'restarting':
      return { kind: 'restarting', restarts: state.restarts, retryAt: state.retryAt, exitCode: state.exitCode, signal: state.signal };
    case 'failed':
      return { kind: 'failed', restarts: state.restarts, exitCode: state.exitCode, signal: state.signal };
  }
}

export function createConnectionHandler(
  session: DesktopSession,
  localRelay: RelaySupervision | undefined,
  emit: ServiceEmitter<typeof connectionService>,
): ServiceHandler<typeof connectionService> {
  const current = (): ConnectionState => ({ relay: relayConnectionOf(session.engine), localRelay: localRelayOf(localRelay) });
  const changed = (): void => {
    emit.onDidChangeState(current());
  };
  let disposers: Array<Disposer> = [];
  const attach = (engine: Engine | undefined): void => {
    for (const dispose of disposers) dispose();
    disposers = engine === undefined ? [] : [engine.on('connection', changed)];
    changed();
  };
  session.on('engine', attach);
  if (session.engine !== undefined) attach(session.engine);
  localRelay?.onDidChangeState(changed);

  return {
    getState: current,
    retryNow: () => {
      localRelay?.restartNow();
      session.engine?.retryConnection();
      return current();
    },
  };
}
