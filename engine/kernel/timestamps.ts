/**
 * Sent timestamps name messages (with the sender), so no two sends of one account share
 * one, not even across a restart: the high-water mark is persisted with each timestamp
 * issued, and a new engine continues above it even when the clock is behind it.
 */
import type { Store } from '../store';

export interface TimestampIssuer {
  /** A timestamp never issued before on this store; call inside the transaction that stores what uses it, so both commit at once. */
  next(): number;
}

export function persistedTimestamps(store: Pick<Store, 'getItem' | 'setItem'>, now: () => number): TimestampIssuer {
  // Read from the store on first use: another engine over the same store may have issued some.
  let last: number | undefined;
  return {
    next() {
      last ??= store.getItem('lastIssuedTimestamp') ?? 0;
      const next = Math.max(now(), last + 1);
      store.setItem('lastIssuedTimestamp', next);
      last = next;
      return next;
    },
  };
}
