/** The roster as this device keeps it (store items), and the joins that grow it. */
import type { Revocation, Roster, Seat } from '../../../shared/domain/console/roster';
import { emptyRoster, joinRosters } from '../../../shared/domain/console/roster';
import type { WireRoster } from '../../../shared/domain/console/wire';
import type { Store } from '../../store';

export type RosterRepository = Pick<Store, 'getItem' | 'setItem'>;

/** The roster, or undefined on a device of no business. */
export function loadRoster(store: Pick<RosterRepository, 'getItem'>): Roster | undefined {
  const business = store.getItem('business');
  if (business === undefined) return undefined;
  const revocations = new Map<string, Array<Revocation>>();
  for (const revocation of store.getItem('consoleRevocations') ?? []) {
    revocations.set(revocation.seatId, [...(revocations.get(revocation.seatId) ?? []), revocation]);
  }
  const seats = new Map<string, Seat>((store.getItem('consoleSeats') ?? []).map((seat) => [seat.seatId, seat]));
  return joinRosters(emptyRoster(business.rootPublicKey), { seats, revocations });
}

/** Adds what `wire` holds; returns whether anything was new. */
export function mergeRoster(store: RosterRepository, wire: WireRoster): boolean {
  const seats = store.getItem('consoleSeats') ?? [];
  const revocations = store.getItem('consoleRevocations') ?? [];
  const knownSeats = new Set(seats.map((seat) => seat.seatId));
  const knownRevocations = new Set(revocations.map((revocation) => revocation.signature));
  const newSeats = wire.seats.filter((seat) => !knownSeats.has(seat.seatId));
  const newRevocations = wire.revocations.filter((revocation) => !knownRevocations.has(revocation.signature));
  if (newSeats.length > 0) store.setItem('consoleSeats', [...seats, ...newSeats]);
  if (newRevocations.length > 0) store.setItem('consoleRevocations', [...revocations, ...newRevocations]);
  return newSeats.length + newRevocations.length > 0;
}

/** The roster as it travels. */
export function wireRoster(store: Pick<RosterRepository, 'getItem'>): WireRoster {
  return { seats: [...(store.getItem('consoleSeats') ?? [])], revocations: [...(store.getItem('consoleRevocations') ?? [])] };
}
