import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '../../../../../shared/ipc/connection';
import { connectionBanner, isWaitingForConnection, slowConnectMs } from '../../../../../renderer/src/features/connection/connectionBanner';

const running = { kind: 'running', restarts: 0, lastRestartAt: null } as const;
const state = (relay: ConnectionState['relay'], localRelay: ConnectionState['localRelay'] = running): ConnectionState => ({ relay, localRelay });
const banner = (value: ConnectionState, now = 10_000, extra: { connectingSince?: number; dismissedRestarts?: number } = {}) =>
  connectionBanner({ state: value, now, connectingSince: extra.connectingSince, dismissedRestarts: extra.dismissedRestarts ?? 0 });

describe('the connection banner', () => {
  it('shows nothing while the socket is open and the local relay never restarted', () => {
    expect(banner(state({ kind: 'open' }))).toBeUndefined();
    expect(banner(state({ kind: 'open' }, { kind: 'external' }))).toBeUndefined();
  });

  it('says offline with the reason and counts down whole seconds to the next attempt', () => {
    const waiting = state({ kind: 'waiting', reason: 'refused', retryAt: 22_500, attempt: 3 });
    expect(banner(waiting, 10_000)).toEqual({ kind: 'offline', reason: 'refused', status: undefined, retryInSeconds: 13 });
    expect(banner(waiting, 22_000)).toMatchObject({ retryInSeconds: 1 });
    expect(banner(waiting, 30_000)).toMatchObject({ retryInSeconds: 0 });
    expect(banner(state({ kind: 'waiting', reason: 'http-status', status: 503, retryAt: 0, attempt: 1 }))).toMatchObject({ status: 503 });
  });

  it('shows a first attempt as connecting only once it is slow, a retry at once', () => {
    const first = state({ kind: 'connecting', attempt: 1 });
    expect(banner(first, 10_000, { connectingSince: 10_000 - slowConnectMs + 1 })).toBeUndefined();
    expect(banner(first, 10_000, { connectingSince: 10_000 - slowConnectMs })).toEqual({ kind: 'connecting' });
    expect(banner(state({ kind: 'connecting', attempt: 2 }), 10_000, { connectingSince: 10_000 })).toEqual({ kind: 'connecting' });
  });

  it('puts the local relay’s trouble first, and its restart until dismissed', () => {
    const offline = { kind: 'waiting', reason: 'refused', retryAt: 11_000, attempt: 1 } as const;
    expect(banner(state(offline, { kind: 'restarting', restarts: 0, retryAt: 12_000, exitCode: null, signal: 'SIGKILL' }))).toEqual({
      kind: 'local-relay-restarting',
      retryInSeconds: 2,
    });
    expect(banner(state(offline, { kind: 'failed', restarts: 2, exitCode: 1, signal: null }))).toEqual({ kind: 'local-relay-failed' });
    const restarted = state({ kind: 'open' }, { kind: 'running', restarts: 1, lastRestartAt: 9_000 });
    expect(banner(restarted)).toEqual({ kind: 'local-relay-restarted', restarts: 1 });
    expect(banner(restarted, 10_000, { dismissedRestarts: 1 })).toBeUndefined();
  });

  it('reads a pending message as waiting for the connection whenever the socket is not open', () => {
    expect(isWaitingForConnection(state({ kind: 'waiting', reason: 'timeout', retryAt: 0, attempt: 1 }))).toBe(true);
    expect(isWaitingForConnection(state({ kind: 'connecting', attempt: 1 }))).toBe(true);
    expect(isWaitingForConnection(state({ kind: 'open' }))).toBe(false);
    expect(isWaitingForConnection(undefined)).toBe(false);
  });
});
