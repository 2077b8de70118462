/**
 * How a desktop gets its seat (docs/console.md): the owner's phone links it with a name
 * and a role and keeps a grant for it, named by a digest of the link token only that
 * desktop received; the desktop makes its own signing key and asks, with the digest, over
 * an end-to-end-encrypted sync message; the phone signs the seat (the root key for an
 * admin, its own seat key for an agent) and sends the roster to every device.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Revocation, Role, Seat } from '../../../shared/domain/console/roster';
import { revocationText, rootSigner, seatText } from '../../../shared/domain/console/roster';
import type { ConsolePayload, WireRoster } from '../../../shared/domain/console/wire';
import { encodeConsolePayload } from '../../../shared/domain/console/wire';
import type { HlcTimestamp } from '../../../shared/domain/hlc';
import type { DeviceId, Store } from '../../store';
import { mergeRoster, wireRoster } from './roster-store';
import { generateSigningKey, signText } from './signing';

export type SeatRepository = Pick<Store, 'getItem' | 'setItem'>;

/** What the owner's phone puts in a new desktop's provisioning message. */
export interface ProvisionedBusiness {
  readonly name: string;
  readonly rootPublicKey: string;
  readonly roster: WireRoster;
}

export function linkProofOf(linkToken: string): string {
  return createHash('sha256').update(`parley-console-seat-grant-v1\n${linkToken}`, 'utf8').digest('base64');
}

/** On the phone, before it provisions a desktop as `name` with `role`. */
export function grantSeat(store: SeatRepository, linkToken: string, seat: { readonly name: string; readonly role: 'admin' | 'agent' }, now: number): void {
  const grants = (store.getItem('consoleGrants') ?? []).filter((grant) => now - grant.grantedAt < grantLifetimeMs);
  store.setItem('consoleGrants', [...grants, { linkProof: linkProofOf(linkToken), name: seat.name, role: seat.role, grantedAt: now }]);
}

/** A grant not asked for within a day is forgotten (the link token lived ten minutes). */
const grantLifetimeMs = 24 * 60 * 60 * 1000;

/** On the desktop, in the transaction that saves its account: its own key, the roster, and the request to send. */
export function joinBusiness(store: SeatRepository, business: ProvisionedBusiness, deviceId: DeviceId, linkToken: string): ConsolePayload {
  const key = generateSigningKey();
  const seatId = randomUUID();
  store.setItem('business', { name: business.name, rootPublicKey: business.rootPublicKey });
  store.setItem('consoleSeat', { seatId, publicKey: key.publicKey, privateKey: Buffer.from(key.privateKey).toString('base64') });
  mergeRoster(store, business.roster);
  return { version: 1, seatRequest: { seatId, deviceId, signingKey: key.publicKey, linkProof: linkProofOf(linkToken) } };
}

/**
 * On the device that signs seats: a request from `senderDevice` of this account. Returns
 * the roster to send to every device when a seat was signed, undefined when the request
 * matches no grant (it is then ignored: only a desktop this phone linked gets a seat).
 */
export function answerSeatRequest(
  store: SeatRepository,
  request: NonNullable<ConsolePayload['seatRequest']>,
  senderDevice: DeviceId,
  at: HlcTimestamp,
): WireRoster | undefined {
  const rootKey = store.getItem('businessRootKey');
  const own = store.getItem('consoleSeat');
  if (rootKey === undefined || own === undefined || request.deviceId !== senderDevice) return undefined;
  const grants = store.getItem('consoleGrants') ?? [];
  const grant = grants.find((candidate) => candidate.linkProof === request.linkProof);
  if (grant === undefined) return undefined;
  const role: Role = grant.role;
  const signer = role === 'admin' ? rootSigner : own.seatId;
  const unsigned = { seatId: request.seatId, deviceId: request.deviceId, name: grant.name, role, signingKey: request.signingKey, signer, addedAt: at };
  const key = role === 'admin' ? rootKey : own.privateKey;
  const seat: Seat = { ...unsigned, signature: signText(Uint8Array.from(Buffer.from(key, 'base64')), seatText(unsigned)) };
  store.setItem(
    'consoleGrants',
    grants.filter((candidate) => candidate !== grant),
  );
  mergeRoster(store, { seats: [seat], revocations: [] });
  return wireRoster(store);
}

/**
 * Revokes a seat from this device: the owner's phone with the root key (any seat but the
 * owner's), an admin with its own seat key (agent seats only). Returns the roster to send
 * to every device, or undefined when this device may not revoke that seat.
 */
export function revokeSeat(store: SeatRepository, seatId: string, at: HlcTimestamp): WireRoster | undefined {
  const seat = (store.getItem('consoleSeats') ?? []).find((candidate) => candidate.seatId === seatId);
  const own = store.getItem('consoleSeat');
  const rootKey = store.getItem('businessRootKey');
  if (seat === undefined || own === undefined || seat.role === 'owner') return undefined;
  let by: string;
  let key: string;
  if (rootKey !== undefined) {
    by = rootSigner;
    key = rootKey;
  } else {
    const mine = (store.getItem('consoleSeats') ?? []).find((candidate) => candidate.seatId === own.seatId);
    if (mine?.role !== 'admin' || seat.role !== 'agent') return undefined;
    by = own.seatId;
    key = own.privateKey;
  }
  const unsigned = { seatId, by, at };
  const revocation: Revocation = { ...unsigned, signature: signText(Uint8Array.from(Buffer.from(key, 'base64')), revocationText(unsigned)) };
  mergeRoster(store, { seats: [], revocations: [revocation] });
  return wireRoster(store);
}

export function rosterPayload(roster: WireRoster): string {
  return encodeConsolePayload({ version: 1, roster });
}
