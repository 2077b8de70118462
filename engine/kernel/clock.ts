/**
 * The engine's one clock: wall time, and the hybrid logical clock (shared/domain/hlc.ts)
 * that orders state shared between this account's devices.
 */
import type { HlcResult, HlcTimestamp } from '../../shared/domain/hlc';
import { hlcReceive, hlcStart, hlcTick } from '../../shared/domain/hlc';
import type { Store } from '../store';

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

/**
 * The engine's clock over its store: the hybrid clock's node is this device
 * (`<account id>.<device id>`) and its last timestamp is kept in the store with every
 * timestamp it gives out, so a new engine continues after it. Call `tick` and `observe`
 * inside the transaction that stores what uses their timestamp, so both commit at once.
 */
export function persistedClock(
  store: Pick<Store, 'getItem' | 'setItem'>,
  node: () => string,
  now: () => number = Date.now,
): Clock {
  let clock: Clock | undefined;
  const current = (): Clock => {
    if (clock !== undefined) return clock;
    const last = store.getItem('hlcLast');
    const name = node();
    clock = createClock(name, now, last === undefined ? hlcStart(name) : { wall: last.wall, counter: last.counter, node: name });
    return clock;
  };
  const keep = (result: HlcResult): HlcResult => {
    if (result.ok) store.setItem('hlcLast', { wall: result.timestamp.wall, counter: result.timestamp.counter });
    return result;
  };
  return {
    now,
    tick: () => keep(current().tick()),
    observe: (remote) => keep(current().observe(remote)),
  };
}
