/**
 * Who is at the console now (DESIGN.md "Ephemeral"): each seated desktop's availability,
 * the customer conversation it is viewing and what it is typing there. It travels in
 * online-only envelopes among the business's own devices and lives in memory only, so
 * what a desktop holds is what it heard within the presence timeout. Pure: the engine
 * passes the time (engine/modules/presence).
 */
import { z } from 'zod';

export const availabilities = ['online', 'busy', 'offline'] as const;
export type Availability = (typeof availabilities)[number];
export const typingKinds = ['reply', 'note'] as const;
export type TypingKind = (typeof typingKinds)[number];

export interface Typing {
  readonly customer: string;
  readonly kind: TypingKind;
}

/** What a desktop says about itself. */
export interface Presence {
  readonly seat: string;
  readonly availability: Availability;
  readonly viewing: string | null;
  readonly typing: Typing | null;
  /** The sender's wall time (ms): orders its own announcements, never compared with another clock. */
  readonly at: number;
}

const id = z.string().min(1).max(200);

export const presenceSchema = z.strictObject({
  seat: id,
  availability: z.enum(availabilities),
  viewing: id.nullable(),
  typing: z.strictObject({ customer: id, kind: z.enum(typingKinds) }).nullable(),
  at: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});

/** A seat as this device last heard it: when (its own clock), and from which device. */
export interface HeardPresence extends Presence {
  readonly deviceId: number;
  readonly lastSeenAt: number;
}

/** Every seat heard from and not yet expired or gone offline. */
export type PresenceBoard = ReadonlyMap<string, HeardPresence>;

export const emptyBoard: PresenceBoard = new Map();

const samePresence = (a: Presence, b: Presence): boolean =>
  a.availability === b.availability &&
  a.viewing === b.viewing &&
  (a.typing === null ? b.typing === null : b.typing !== null && a.typing.customer === b.typing.customer && a.typing.kind === b.typing.kind);

/**
 * The board with one announcement heard at `now`. An announcement older than the one
 * held (by the sender's own clock) is stale and ignored; `offline` removes the seat.
 * `changed`: something a viewer shows differs (not only the time it was heard).
 */
export function hearPresence(
  board: PresenceBoard,
  presence: Presence,
  deviceId: number,
  now: number,
): { readonly board: PresenceBoard; readonly changed: boolean; readonly arrived: boolean } {
  const held = board.get(presence.seat);
  if (held?.deviceId === deviceId && presence.at < held.at) return { board, changed: false, arrived: false };
  const next = new Map(board);
  if (presence.availability === 'offline') {
    next.delete(presence.seat);
    return { board: next, changed: held !== undefined, arrived: false };
  }
  next.set(presence.seat, { ...presence, deviceId, lastSeenAt: now });
  return { board: next, changed: held === undefined || !samePresence(held, presence), arrived: held === undefined };
}

/** The board without the seats not heard from within `timeoutMs`; `expired` names them. */
export function expirePresence(board: PresenceBoard, now: number, timeoutMs: number): { readonly board: PresenceBoard; readonly expired: Array<string> } {
  const expired = [...board.values()].filter((heard) => now - heard.lastSeenAt >= timeoutMs).map((heard) => heard.seat);
  if (expired.length === 0) return { board, expired };
  const next = new Map(board);
  for (const seat of expired) next.delete(seat);
  return { board: next, expired: expired.sort() };
}

/** When the next seat on the board expires, if any. */
export function nextExpiry(board: PresenceBoard, timeoutMs: number): number | undefined {
  let earliest: number | undefined;
  for (const heard of board.values()) {
    const at = heard.lastSeenAt + timeoutMs;
    if (earliest === undefined || at < earliest) earliest = at;
  }
  return earliest;
}

/**
 * How often a desktop announces itself while others are listening: four times per
 * timeout (at most every 15 s), so one or two lost announcements never make it expire.
 */
export function heartbeatMs(timeoutMs: number): number {
  return Math.max(250, Math.min(15_000, Math.floor(timeoutMs / 4)));
}

/**
 * How often a desktop that hears nobody announces itself: rarely, because each
 * announcement is encrypted for every device of the account, online or not, and moves
 * the Signal sessions of the offline ones forward. A desktop that starts announces itself
 * at once and every desktop answers a seat it had not heard, so this only matters when
 * that first announcement was lost.
 */
export const lonelyHeartbeatMs = 5 * 60_000;
