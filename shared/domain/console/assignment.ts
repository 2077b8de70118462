/**
 * The automatic assignment's choices (docs/console.md "Automatic assignment"), pure so
 * that every desktop with the same view chooses alike: which desktop assigns (one at a
 * time), which conversations need someone, and who gets the next one.
 */
import type { AutoAssignReason } from './state';

const bySeatId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The one desktop that assigns: the lowest seat id among the seats present (online or
 * busy) in this device's view, itself included. Desktops that hear each other agree on it.
 */
export function electAssigner(present: Iterable<string>): string | undefined {
  return [...present].sort(bySeatId)[0];
}

/**
 * Why an open conversation needs an assignee, if it does: it has none, or its assignee
 * is not present (offline past the timeout, never heard, or no longer a seat). A busy
 * agent keeps what is theirs; only new work passes them by.
 */
export function needsAssignee(assignee: string | null, present: ReadonlySet<string>): AutoAssignReason | undefined {
  if (assignee === null) return 'unassigned';
  return present.has(assignee) ? undefined : 'away';
}

export interface Candidate {
  readonly seat: string;
  /** Its open (or pending) conversations now. */
  readonly open: number;
}

/**
 * Who gets the next conversation among the online candidates below the cap (0: none).
 * Round-robin: the next seat id after the one that got the last automatic assignment,
 * wrapping; fewest-open: the fewest open, ties broken in the same turn order, so equal
 * loads do not always favour the lowest seat id. Undefined when everyone is full.
 */
export function chooseAssignee(
  mode: 'round-robin' | 'fewest-open',
  candidates: ReadonlyArray<Candidate>,
  capacity: number,
  lastAssigned: string | null,
): string | undefined {
  const eligible = candidates.filter((candidate) => capacity === 0 || candidate.open < capacity);
  if (eligible.length === 0) return undefined;
  const inTurn = [...eligible].sort((a, b) => bySeatId(a.seat, b.seat));
  const after = lastAssigned === null ? -1 : inTurn.findIndex((candidate) => candidate.seat > lastAssigned);
  // No seat id after the last one: the turn wraps to the first.
  const start = after === -1 ? 0 : after;
  const order = [...inTurn.slice(start), ...inTurn.slice(0, start)];
  if (mode === 'round-robin') return order[0]?.seat;
  let best = order[0];
  for (const candidate of order) if (best === undefined || candidate.open < best.open) best = candidate;
  return best?.seat;
}
