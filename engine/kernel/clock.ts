/**
 * The engine's one clock: wall time, and the hybrid logical clock (shared/domain/hlc.ts)
 * that orders state shared between this account's devices.
 */
import type { HlcResult, HlcTimestamp } from '../../shared/domain/hlc';
import { hlcReceive, hlcStart, hlcTick } from '../../shared/domain/hlc';

export interface Clock {
  now(): number;
  /** A timestamp for a local event, after every one this clock made or saw. */
  tick(): HlcResult;
  /** Merges a timestamp another device sent; refused when it is too far ahead or malformed. */
  observe(remote: HlcTimestamp): HlcResult;
}

export function createClock(node: string, now: () => number = Date.now, last: HlcTimestamp = hlcStart(node)): Clock {
  let current = last;
  const keep = (result: HlcResult): HlcResult => {
    if (result.ok) current = result.timestamp;
    return result;
  };
  return {
    now,
    tick: () => keep(hlcTick(current, now())),
    observe: (remote) => keep(hlcReceive(current, remote, now())),
  };
}
