/**
 * What a failed outbox item means for its lane (docs/protocol/messaging.md, "Outbox
 * lanes"). Pure, so each rule has a unit test.
 *
 * - 409 and 410 never get here: the sender repairs the device list and retries itself.
 * - temporary: the relay cannot be reached, timed out, asked to wait (428, 429), failed
 *   (5xx), or the device list kept changing. The lane backs off and tries again.
 * - permanent: any other 4xx, or a payload that cannot be sent. The item leaves its
 *   lane, its message fails visibly, and the lane moves on.
 * - identity: the contact's safety number changed and waits for the user.
 * - storage: the database failed underneath; the engine stops (nothing is retried).
 */
import { storageFailureOf } from '../store';
import type { SendFailureCode, StorageFailureCode } from '../store';
import { RelayAuthError, RelayHttpError, RelayUnreachableError } from '../relay-client/errors';
import { ContentFormatError } from './content-codec';
import { DeviceListUnsettledError, IdentityChangedError } from './errors';

export type SendFailure =
  /** `code` says why, for the item's last_error (never words). */
  | { readonly kind: 'temporary'; readonly code: string }
  | { readonly kind: 'permanent'; readonly code: SendFailureCode; readonly detail: string }
  | { readonly kind: 'identity-changed' }
  | { readonly kind: 'storage'; readonly code: StorageFailureCode };

/** Statuses that say "not now" rather than "never". */
const temporaryStatuses = new Set([408, 409, 410, 425, 428, 429]);

export function classifySendFailure(error: unknown): SendFailure {
  const storage = storageFailureOf(error);
  if (storage !== undefined) return { kind: 'storage', code: storage };
  if (error instanceof IdentityChangedError) return { kind: 'identity-changed' };
  if (error instanceof RelayUnreachableError) return { kind: 'temporary', code: 'network' };
  if (error instanceof DeviceListUnsettledError) return { kind: 'temporary', code: 'device-list-unsettled' };
  // This device's credentials are refused: a state of the device (the socket reports an
  // unlinking), not of this message, so failing every queued message would be wrong.
  if (error instanceof RelayAuthError) return { kind: 'temporary', code: 'http-401' };
  if (error instanceof RelayHttpError) {
    const code = `http-${String(error.status)}`;
    if (error.status >= 500 || error.status < 400 || temporaryStatuses.has(error.status)) return { kind: 'temporary', code };
    return { kind: 'permanent', code: 'send-refused', detail: code };
  }
  if (error instanceof ContentFormatError) return { kind: 'permanent', code: 'send-invalid', detail: 'payload' };
  // Anything else (libsignal refusing a key bundle, a bug) would fail the same way again.
  return { kind: 'permanent', code: 'send-failed', detail: error instanceof Error ? error.name : 'unknown' };
}

/** How long a lane waits after its `attempts`-th temporary failure in a row. */
export function outboxBackoffMs(attempts: number, baseMs = 1_000, maxMs = 60_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(attempts, 0), 8));
}
