/**
 * A hybrid logical clock (Kulkarni et al., 2014): timestamps that follow wall time where
 * clocks agree, never go backwards, and order every event after the events it has seen,
 * across devices whose clocks disagree. The shared inbox (DESIGN.md) orders its state
 * changes by these; ties between devices break on the device's id.
 */

export interface HlcTimestamp {
  /** Milliseconds since the epoch: the largest wall time seen so far. */
  readonly wall: number;
  /** Events at the same `wall`, in order. */
  readonly counter: number;
  /** The device that made it (account id and device number, say): the last tiebreak. */
  readonly node: string;
}

/** How far ahead of this device's clock a received timestamp may be before it is refused. */
export const maxHlcDriftMs = 5 * 60 * 1000;
const maxCounter = 0xffff;

export type HlcProblem = 'drift' | 'counter-overflow' | 'invalid';

export type HlcResult = { readonly ok: true; readonly timestamp: HlcTimestamp } | { readonly ok: false; readonly problem: HlcProblem };

function isValid(timestamp: HlcTimestamp): boolean {
  return Number.isSafeInteger(timestamp.wall) && timestamp.wall >= 0 && Number.isInteger(timestamp.counter) && timestamp.counter >= 0 && timestamp.counter <= maxCounter;
}

/** The first timestamp of a device. */
export function hlcStart(node: string): HlcTimestamp {
  return { wall: 0, counter: 0, node };
}

/** A local event at wall time `now`. */
export function hlcTick(last: HlcTimestamp, now: number): HlcResult {
  if (now > last.wall) return { ok: true, timestamp: { wall: now, counter: 0, node: last.node } };
  if (last.counter >= maxCounter) return { ok: false, problem: 'counter-overflow' };
  return { ok: true, timestamp: { wall: last.wall, counter: last.counter + 1, node: last.node } };
}

/** A timestamp received from another device, merged at wall time `now`: the result orders after both. */
export function hlcReceive(last: HlcTimestamp, remote: HlcTimestamp, now: number): HlcResult {
  if (!isValid(remote)) return { ok: false, problem: 'invalid' };
  if (remote.wall > now + maxHlcDriftMs) return { ok: false, problem: 'drift' };
  const wall = Math.max(last.wall, remote.wall, now);
  let counter: number;
  if (wall === last.wall && wall === remote.wall) counter = Math.max(last.counter, remote.counter) + 1;
  else if (wall === last.wall) counter = last.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  else counter = 0;
  if (counter > maxCounter) return { ok: false, problem: 'counter-overflow' };
  return { ok: true, timestamp: { wall, counter, node: last.node } };
}

/** Total order: wall, then counter, then node. */
export function compareHlc(a: HlcTimestamp, b: HlcTimestamp): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

/** A string that sorts as the timestamps do (for an index): 15 digits of wall, 5 of counter, then the node. */
export function encodeHlc(timestamp: HlcTimestamp): string {
  return `${String(timestamp.wall).padStart(15, '0')}-${String(timestamp.counter).padStart(5, '0')}-${timestamp.node}`;
}

export function decodeHlc(text: string): HlcTimestamp | undefined {
  const match = /^(\d{15})-(\d{5})-(.+)$/s.exec(text);
  if (match === null) return undefined;
  const timestamp = { wall: Number(match[1]), counter: Number(match[2]), node: match[3] ?? '' };
  return isValid(timestamp) ? timestamp : undefined;
}
