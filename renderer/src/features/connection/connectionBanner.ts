/**
 * What the chats screen's connection banner says (issue 10, item 9), as a pure function
 * of the host's connection state and the clock, so it can be tested without a DOM.
 */
import type { ConnectionState, ConnectionWaitReason } from '../../../../shared/ipc/connection';
import { secondsUntil } from '../../state/format';

/** A first attempt that has not finished after this long is shown as "Connecting…". */
export const slowConnectMs = 2_000;

export type ConnectionBanner =
  | { readonly kind: 'connecting' }
  | {
      readonly kind: 'offline';
      readonly reason: ConnectionWaitReason;
      readonly status: number | undefined;
      /** Whole seconds until the next attempt; 0 while it is starting. */
      readonly retryInSeconds: number;
    }
  | { readonly kind: 'unknown-to-relay'; readonly retryInSeconds: number }
  | { readonly kind: 'displaced' }
  | { readonly kind: 'local-relay-restarting'; readonly retryInSeconds: number }
  | { readonly kind: 'local-relay-failed' }
  /** Shown until dismissed (the renderer remembers which restart was dismissed). */
  | { readonly kind: 'local-relay-restarted'; readonly restarts: number };

export interface BannerInput {
  readonly state: ConnectionState | undefined;
  readonly now: number;
  /** Since when the current attempt has been connecting (the renderer's clock). */
  readonly connectingSince: number | undefined;
  /** The restart count the user last dismissed the "was restarted" note at. */
  readonly dismissedRestarts: number;
}

/** The one banner to show, the most pressing first; undefined when all is well. */
export function connectionBanner(input: BannerInput): ConnectionBanner | undefined {
  const { state, now } = input;
  if (state === undefined) return undefined;
  const local = state.localRelay;
  // The local relay's own trouble explains the socket's, so it comes first.
  if (local.kind === 'failed') return { kind: 'local-relay-failed' };
  if (local.kind === 'restarting') return { kind: 'local-relay-restarting', retryInSeconds: secondsUntil(local.retryAt, now) };
  const relay = state.relay;
  switch (relay.kind) {
    case 'waiting':
      return { kind: 'offline', reason: relay.reason, status: relay.status, retryInSeconds: secondsUntil(relay.retryAt, now) };
    case 'unknown-to-relay':
      return { kind: 'unknown-to-relay', retryInSeconds: secondsUntil(relay.retryAt, now) };
    case 'displaced':
      return { kind: 'displaced' };
    case 'connecting':
      // A retry is news; a first attempt only once it is slow, so a normal start does not flash a banner.
      if (relay.attempt > 1 || (input.connectingSince !== undefined && now - input.connectingSince >= slowConnectMs)) {
        return { kind: 'connecting' };
      }
      break;
    case 'open':
    case 'not-linked':
    case 'removed':
    case 'stopped':
      break;
  }
  if (local.kind === 'running' && local.restarts > input.dismissedRestarts) {
    return { kind: 'local-relay-restarted', restarts: local.restarts };
  }
  return undefined;
}

/** Whether a message still waiting to be sent is waiting for the connection (not for its turn). */
export function isWaitingForConnection(state: ConnectionState | undefined): boolean {
  if (state === undefined) return false;
  switch (state.relay.kind) {
    case 'connecting':
    case 'waiting':
    case 'unknown-to-relay':
    case 'displaced':
    case 'stopped':
      return true;
    case 'open':
    case 'not-linked':
    case 'removed':
      return false;
  }
}
