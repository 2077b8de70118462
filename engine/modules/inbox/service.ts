/**
 * The console's service (docs/console.md): what this device knows of its business and
 * who is on its roster. More follows as the console grows (ops, assignment, audit).
 */
import type { Role } from '../../../shared/domain/console/roster';
import { revocationOf, seatStands } from '../../../shared/domain/console/roster';
import { loadRoster } from './roster-store';
import type { SeatRepository } from './seats';
import { consoleCrypto } from './signing';

export interface RosterEntry {
  readonly seatId: string;
  readonly deviceId: number;
  readonly name: string;
  readonly role: Role;
  /** Signed through to the business root key. */
  readonly stands: boolean;
  readonly revoked: boolean;
}

export interface InboxService {
  /** The business this device belongs to, or null for a personal account. */
  business(): { readonly name: string } | null;
  roster(): Array<RosterEntry>;
  /** This device's seat once it was granted and stands; null before (or on a personal account). */
  mySeat(): RosterEntry | null;
}

export function createInboxService(store: SeatRepository): InboxService {
  const roster = (): Array<RosterEntry> => {
    const current = loadRoster(store);
    if (current === undefined) return [];
    return [...current.seats.values()]
      .map((seat) => ({
        seatId: seat.seatId,
        deviceId: seat.deviceId,
        name: seat.name,
        role: seat.role,
        stands: seatStands(current, seat.seatId, consoleCrypto),
        revoked: revocationOf(current, seat.seatId, consoleCrypto) !== undefined,
      }))
      .sort((a, b) => a.deviceId - b.deviceId);
  };
  return {
    business: () => {
      const business = store.getItem('business');
      return business === undefined ? null : { name: business.name };
    },
    roster,
    mySeat: () => {
      const own = store.getItem('consoleSeat');
      return roster().find((entry) => entry.seatId === own?.seatId && entry.stands && !entry.revoked) ?? null;
    },
  };
}
