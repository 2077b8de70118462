/**
 * Presence among a business's desktops (docs/console.md "Presence"): each seated desktop
 * says, online-only, whether it is online, busy or offline, which customer conversation
 * it views and what it types there; at once on each change and on a heartbeat. What
 * others say is kept in memory only and forgotten after the business's presence timeout.
 * Nothing of it goes into the store or the outbox: an announcement that finds a device
 * offline is lost, and the next heartbeat says the same again.
 *
 * The owner's phone (the account's primary, device 1) is no agent desktop: it hears
 * presence but never announces any.
 */
import type { Availability, Presence, PresenceBoard, TypingKind } from '../../../shared/domain/console/presence';
import { emptyBoard, expirePresence, hearPresence, heartbeatMs, lonelyHeartbeatMs, nextExpiry, presenceSchema } from '../../../shared/domain/console/presence';
import { revocationOf, seatStands } from '../../../shared/domain/console/roster';
import type { Seat } from '../../../shared/domain/console/roster';
import { encodeConsolePayload } from '../../../shared/domain/console/wire';
import type { EngineLogger } from '../../kernel/logger';
import type { Cancel, Scheduler } from '../../kernel/scheduler';
import { encodeContent } from '../../messaging/content-codec';
import type { LocalAccount, Store } from '../../store';
import { loadRoster } from '../inbox/roster-store';
import { businessSettings } from '../inbox/settings';
import { consoleCrypto } from '../inbox/signing';

/** One seat as this device sees it now. */
export interface SeatPresence {
  readonly seatId: string;
  readonly availability: Availability;
  readonly viewing: string | null;
  readonly typing: { readonly customer: string; readonly kind: TypingKind } | null;
  /** When this device last heard it (its own clock); for this device's own seat, when it last announced. Null: never. */
  readonly lastSeenAt: number | null;
}

export interface PresenceService {
  /** This desktop's availability, announced at once. A desktop starts online. */
  setAvailability(availability: Availability): void;
  /** The customer conversation this desktop shows now, or null. */
  viewing(customer: string | null): void;
  /** This desktop types a reply or a note in a customer's conversation; null: it stopped there. */
  typing(customer: string, kind: TypingKind | null): void;
  /** Every standing seat of the roster: what this device heard of it within the timeout (offline otherwise). */
  list(): Array<SeatPresence>;
  /** The seats online now (not busy), this desktop's own included. */
  onlineSeats(): Array<string>;
}

/** What the engine's other parts use: lifecycle, what arrives, and the view the assignment decides on. */
export interface PresenceRuntime extends PresenceService {
  start(): void;
  /** The roster or the settings changed: begin once this desktop has a seat, follow a new timeout. */
  refresh(): void;
  /** The relay connection opened: announce at once, and start listening again (what was said while away was lost). */
  connected(): void;
  /** Says offline (bounded wait) and stops announcing. */
  stop(): Promise<void>;
  /** An announcement from this account's device `deviceId` (presence/inbound.ts). */
  heard(presence: Presence, deviceId: number): void;
  /** The seats online or busy now, this desktop's own included. */
  present(): ReadonlySet<string>;
  /** Since when this desktop has been announcing and hearing without a break; undefined while it is not. */
  listeningSince(): number | undefined;
  timeoutMs(): number;
}

export interface PresenceDeps {
  readonly store: Pick<Store, 'getItem' | 'listConsoleOps'>;
  readonly account: () => LocalAccount;
  readonly now: () => number;
  readonly scheduler: Scheduler;
  readonly log: EngineLogger;
  /** Sends content online-only to this account's other devices (Transport.sendOnline). */
  readonly sendOnline: (content: Uint8Array<ArrayBuffer>, timestamp: number) => Promise<unknown>;
  readonly changed: (seats: ReadonlyArray<string>) => void;
}

/** How long a clean stop waits for its "offline" to leave. */
const offlineSendMs = 2_000;

export function createPresenceService(deps: PresenceDeps): PresenceRuntime {
  const { store, scheduler, log } = deps;
  let started = false;
  let ownSeat: string | undefined;
  let since: number | undefined;
  let availability: Availability = 'online';
  let viewing: string | null = null;
  let typing: Presence['typing'] = null;
  let lastAnnouncedAt: number | null = null;
  let board: PresenceBoard = emptyBoard;
  let heartbeat: { readonly cancel: Cancel; readonly every: number } | undefined;
  let expiry: Cancel | undefined;
  let sending: Promise<void> | undefined;
  let again = false;

  // Read on every announcement heard: kept until the roster or the settings change (refresh).
  let cachedTimeout: number | undefined;
  let cachedSeats: ReadonlyMap<string, Seat> | undefined;

  const timeoutMs = (): number => (cachedTimeout ??= businessSettings(store).presenceTimeoutSeconds * 1_000);

  /** Seats that stand and are not revoked, by id. */
  const standing = (): ReadonlyMap<string, Seat> => {
    if (cachedSeats !== undefined) return cachedSeats;
    const roster = loadRoster(store);
    const seats = new Map<string, Seat>();
    for (const seat of roster?.seats.values() ?? []) {
      if (roster !== undefined && seatStands(roster, seat.seatId, consoleCrypto) && revocationOf(roster, seat.seatId, consoleCrypto) === undefined) {
        seats.set(seat.seatId, seat);
      }
    }
    cachedSeats = seats;
    return seats;
  };

  /** This device's seat when it is a seated desktop (not the primary phone). */
  const eligibleSeat = (): string | undefined => {
    if (deps.account().deviceId === 1) return undefined;
    const own = store.getItem('consoleSeat');
    return own !== undefined && standing().has(own.seatId) ? own.seatId : undefined;
  };

  const mine = (seat: string, at: number): Presence => ({ seat, availability, viewing, typing, at });

  const send = async (presence: Presence): Promise<void> => {
    const payload = encodeConsolePayload({ version: 1, presence });
    await deps.sendOnline(encodeContent({ syncMessage: { console: { payload: Buffer.from(payload) } } }), presence.at);
  };

  /** Announces the current state; at most one send in flight, the latest state wins. */
  const announce = (): void => {
    const seat = ownSeat;
    if (seat === undefined) return;
    if (sending !== undefined) {
      again = true;
      return;
    }
    const at = deps.now();
    lastAnnouncedAt = at;
    sending = send(mine(seat, at))
      .catch((error: unknown) => {
        // Online-only: nothing to retry; the next heartbeat says it again.
        log.debug({ event: 'presence-send-failed', error }, 'presence announcement not sent');
      })
      .finally(() => {
        sending = undefined;
        if (again) {
          again = false;
          announce();
        }
      });
  };

  /** Heartbeats while online or busy: often while others listen, rarely while nobody does. */
  const scheduleHeartbeat = (): void => {
    const every = ownSeat === undefined || availability === 'offline' ? undefined : board.size > 0 ? heartbeatMs(timeoutMs()) : lonelyHeartbeatMs;
    if (heartbeat !== undefined && heartbeat.every === every) return;
    heartbeat?.cancel();
    heartbeat = undefined;
    if (every === undefined) return;
    const beat = (): void => {
      announce();
      heartbeat = { cancel: scheduler.after(every, beat), every };
    };
    heartbeat = { cancel: scheduler.after(every, beat), every };
  };

  const scheduleExpiry = (): void => {
    expiry?.();
    expiry = undefined;
    const at = nextExpiry(board, timeoutMs());
    if (at === undefined) return;
    expiry = scheduler.after(Math.max(0, at - deps.now()), () => {
      expiry = undefined;
      expireNow();
      scheduleExpiry();
    });
  };

  const expireNow = (): void => {
    const result = expirePresence(board, deps.now(), timeoutMs());
    board = result.board;
    if (result.expired.length === 0) return;
    scheduleHeartbeat();
    deps.changed(result.expired);
  };

  const begin = (seat: string): void => {
    ownSeat = seat;
    since = deps.now();
    announce();
    scheduleHeartbeat();
    deps.changed([seat]);
  };

  const ownChanged = (): void => {
    if (ownSeat === undefined) return;
    announce();
    scheduleHeartbeat();
    deps.changed([ownSeat]);
  };

  /** A customer id the wire would refuse is the caller's mistake, not something to send. */
  const checked = (next: Pick<Presence, 'viewing' | 'typing'>): void => {
    if (!presenceSchema.safeParse({ seat: 'seat', availability, at: 0, ...next }).success) throw new RangeError('presence out of range');
  };

  const list = (): Array<SeatPresence> => {
    const now = deps.now();
    const timeout = timeoutMs();
    return [...standing().keys()].sort().map((seatId) => {
      if (seatId === ownSeat) return { seatId, availability, viewing, typing, lastSeenAt: lastAnnouncedAt };
      const heard = board.get(seatId);
      if (heard === undefined || now - heard.lastSeenAt >= timeout) return { seatId, availability: 'offline' as const, viewing: null, typing: null, lastSeenAt: heard?.lastSeenAt ?? null };
      return { seatId, availability: heard.availability, viewing: heard.viewing, typing: heard.typing, lastSeenAt: heard.lastSeenAt };
    });
  };

  return {
    setAvailability: (next) => {
      if (next === availability) return;
      availability = next;
      ownChanged();
    },
    viewing: (customer) => {
      if (customer === viewing) return;
      checked({ viewing: customer, typing });
      viewing = customer;
      ownChanged();
    },
    typing: (customer, kind) => {
      const next = kind === null ? (typing?.customer === customer ? null : typing) : { customer, kind };
      if (next === typing || (next !== null && typing !== null && next.customer === typing.customer && next.kind === typing.kind)) return;
      checked({ viewing, typing: next });
      typing = next;
      ownChanged();
    },
    list,
    onlineSeats: () => list().filter((seat) => seat.availability === 'online').map((seat) => seat.seatId),
    present: () => new Set(list().filter((seat) => seat.availability !== 'offline').map((seat) => seat.seatId)),
    listeningSince: () => since,
    timeoutMs,

    start: () => {
      started = true;
      const seat = eligibleSeat();
      if (seat !== undefined && ownSeat === undefined) begin(seat);
    },
    refresh: () => {
      cachedTimeout = undefined;
      cachedSeats = undefined;
      if (!started) return;
      const seat = eligibleSeat();
      if (seat !== undefined && ownSeat === undefined) {
        begin(seat);
        return;
      }
      if (seat === undefined && ownSeat !== undefined) {
        // Revoked: its announcements are refused everywhere now; stop making them.
        ownSeat = undefined;
        since = undefined;
        scheduleHeartbeat();
        return;
      }
      // The timeout may have changed: heartbeats follow it, and the board is judged by it.
      const every = heartbeat?.every;
      scheduleHeartbeat();
      if (heartbeat?.every !== every) announce();
      scheduleExpiry();
    },
    connected: () => {
      if (ownSeat === undefined) return;
      since = deps.now();
      announce();
    },
    stop: async () => {
      started = false;
      const seat = ownSeat;
      ownSeat = undefined;
      since = undefined;
      heartbeat?.cancel();
      heartbeat = undefined;
      expiry?.();
      expiry = undefined;
      const seats = [...board.keys()];
      board = emptyBoard;
      if (seat !== undefined) seats.push(seat);
      if (seats.length > 0) deps.changed(seats);
      if (seat === undefined || availability === 'offline') return;
      let cancelWait: Cancel | undefined;
      const waited = new Promise<void>((resolve) => {
        cancelWait = scheduler.after(offlineSendMs, resolve);
      });
      const offline = (async () => {
        await sending;
        await send({ seat, availability: 'offline', viewing: null, typing: null, at: deps.now() });
      })().catch((error: unknown) => {
        log.debug({ event: 'presence-offline-not-sent', error }, 'offline announcement not sent');
      });
      await Promise.race([offline, waited]);
      cancelWait?.();
    },
    heard: (presence, deviceId) => {
      // No signature: the Signal session this arrived on authenticates the sending
      // device, and the device must be the one the roster names for the seat.
      const seat = standing().get(presence.seat);
      if (seat?.deviceId !== deviceId || presence.seat === ownSeat) {
        log.debug({ event: 'presence-refused', deviceId }, 'presence from a device that holds no such seat');
        return;
      }
      expireNow();
      const result = hearPresence(board, presence, deviceId, deps.now());
      board = result.board;
      scheduleExpiry();
      // A desktop that was not here: it hears this one at once rather than at the next heartbeat.
      if (result.arrived && availability !== 'offline') announce();
      scheduleHeartbeat();
      if (result.changed) deps.changed([presence.seat]);
    },
  };
}
