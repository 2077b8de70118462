/**
 * Who may change the shared inbox (DESIGN.md "Seats and roles"). Every device of an
 * account holds the account's identity key, so roles cannot rest on it: the owner's
 * phone keeps a business root key that never leaves it and signs the owner's and the
 * admins' seats; an admin signs agents' seats. A seat names a device, its agent, its
 * role and the device's own signing key. Every console change is signed by the acting
 * device's key and checked here against the roster, by every receiver alike: the rules
 * look only at the op and the roster (never at mutable inbox state), so all devices with
 * the same roster decide the same and their states converge.
 *
 * Pure: the signature check and the text encoding are the caller's (`ConsoleCrypto`).
 */
import type { HlcTimestamp } from '../hlc';
import { compareHlc, encodeHlc } from '../hlc';
import { canonicalJson } from './canonical';
import type { ConsoleOp } from './state';
import { settingsConversation } from './settings';

export const roles = ['owner', 'admin', 'agent'] as const;
export type Role = (typeof roles)[number];

/** The business root key signs; it is no seat. */
export const rootSigner = 'root';

export interface Seat {
  readonly seatId: string;
  readonly deviceId: number;
  readonly name: string;
  readonly role: Role;
  /** The device's own public signing key, base64. */
  readonly signingKey: string;
  /** `root`, or the seat id of the admin who signed it. */
  readonly signer: string;
  readonly addedAt: HlcTimestamp;
  /** Over `seatText(seat)`, base64. */
  readonly signature: string;
}

export interface Revocation {
  readonly seatId: string;
  /** `root`, or the admin seat that revoked it. */
  readonly by: string;
  readonly at: HlcTimestamp;
  readonly signature: string;
}

export interface Roster {
  /** The business root key (public, base64), learned when the device was linked. */
  readonly rootKey: string;
  readonly seats: ReadonlyMap<string, Seat>;
  /**
   * Every revocation heard of, by the seat it names: all are kept, valid or not, so one
   * that does not verify can never hide one that does.
   */
  readonly revocations: ReadonlyMap<string, ReadonlyArray<Revocation>>;
}

/** Signature checks, supplied by the engine (libsignal keys); the texts are UTF-8 encoded there. */
export interface ConsoleVerifier {
  verify(publicKey: string, text: string, signature: string): boolean;
}

/** `unknown-target`: an automatic assignment to a seat this roster does not stand (yet): checked again when it grows. */
export const refusals = ['unknown-seat', 'seat-unsigned', 'revoked', 'bad-signature', 'not-allowed', 'unknown-target'] as const;
export type Refusal = (typeof refusals)[number];

export type Decision = { readonly ok: true; readonly seat: Seat } | { readonly ok: false; readonly refusal: Refusal };

/** What a seat's signer signs. */
export function seatText(seat: Omit<Seat, 'signature'>): string {
  return canonicalJson(['parley-console-seat-v1', seat.seatId, seat.deviceId, seat.name, seat.role, seat.signingKey, seat.signer, encodeHlc(seat.addedAt)]);
}

export function revocationText(revocation: Omit<Revocation, 'signature'>): string {
  return canonicalJson(['parley-console-revocation-v1', revocation.seatId, revocation.by, encodeHlc(revocation.at)]);
}

/** What the acting device signs for one op. */
export function opText(op: ConsoleOp): string {
  return canonicalJson(['parley-console-op-v1', op.id, op.seat, encodeHlc(op.at), op.conversation, op.change]);
}

export const emptyRoster = (rootKey: string): Roster => ({ rootKey, seats: new Map(), revocations: new Map() });

/** The roster with more seats and revocations (a union: the same seat twice is one). */
export function joinRosters(a: Roster, b: Pick<Roster, 'seats' | 'revocations'>): Roster {
  const seats = new Map(a.seats);
  for (const [id, seat] of b.seats) if (!seats.has(id)) seats.set(id, seat);
  const revocations = new Map(a.revocations);
  for (const [id, theirs] of b.revocations) {
    const mine = revocations.get(id) ?? [];
    const known = new Set(mine.map((revocation) => revocation.signature));
    revocations.set(id, [...mine, ...theirs.filter((revocation) => !known.has(revocation.signature))]);
  }
  return { rootKey: a.rootKey, seats, revocations };
}

/**
 * Whether a seat stands: signed by the root key (owner and admin seats) or by an admin
 * seat that stands and was not revoked before it signed (agent seats). An admin cannot
 * make an admin, and nobody but the root makes the owner.
 */
export function seatStands(roster: Roster, seatId: string, verifier: ConsoleVerifier, visiting: ReadonlySet<string> = new Set()): boolean {
  const seat = roster.seats.get(seatId);
  if (seat === undefined || visiting.has(seatId)) return false;
  const { signature, ...signed } = seat;
  if (seat.signer === rootSigner) {
    return (seat.role === 'owner' || seat.role === 'admin') && verifier.verify(roster.rootKey, seatText(signed), signature);
  }
  if (seat.role !== 'agent') return false;
  const signer = roster.seats.get(seat.signer);
  if (signer === undefined || (signer.role !== 'admin' && signer.role !== 'owner')) return false;
  if (!seatStands(roster, signer.seatId, verifier, new Set([...visiting, seatId]))) return false;
  const revoked = revocationOf(roster, signer.seatId, verifier);
  if (revoked !== undefined && compareHlc(revoked.at, seat.addedAt) <= 0) return false;
  return verifier.verify(signer.signingKey, seatText(signed), signature);
}

/** A seat's earliest valid revocation, if any: by the root, or by a standing admin for an agent seat. */
export function revocationOf(roster: Roster, seatId: string, verifier: ConsoleVerifier): Revocation | undefined {
  let earliest: Revocation | undefined;
  for (const revocation of roster.revocations.get(seatId) ?? []) {
    if (earliest !== undefined && compareHlc(revocation.at, earliest.at) >= 0) continue;
    if (revocationValid(roster, seatId, revocation, verifier)) earliest = revocation;
  }
  return earliest;
}

function revocationValid(roster: Roster, seatId: string, revocation: Revocation, verifier: ConsoleVerifier): boolean {
  if (revocation.seatId !== seatId) return false;
  const { signature, ...signed } = revocation;
  if (revocation.by === rootSigner) return verifier.verify(roster.rootKey, revocationText(signed), signature);
  const seat = roster.seats.get(seatId);
  const by = roster.seats.get(revocation.by);
  if (seat?.role !== 'agent' || by === undefined || (by.role !== 'admin' && by.role !== 'owner')) return false;
  if (!seatStands(roster, by.seatId, verifier)) return false;
  return verifier.verify(by.signingKey, revocationText(signed), signature);
}

/**
 * Whether an op may be applied: from a seat that stands, made before any revocation of
 * it, signed by that seat's device key, and within its role. An agent may take a
 * conversation or let it go (assign it to itself or to nobody); giving it to another
 * seat is for admins and the owner, or for the automatic assignment (`auto`), which
 * whichever desktop is the assigner writes, agent or not, to a seat that stands.
 * Settings are the owner's and admins', on the settings conversation only.
 */
export function authorize(roster: Roster, op: ConsoleOp, signature: string, verifier: ConsoleVerifier): Decision {
  const seat = roster.seats.get(op.seat);
  if (seat === undefined) return { ok: false, refusal: 'unknown-seat' };
  if (!seatStands(roster, seat.seatId, verifier)) return { ok: false, refusal: 'seat-unsigned' };
  const revoked = revocationOf(roster, seat.seatId, verifier);
  if (revoked !== undefined && compareHlc(op.at, revoked.at) >= 0) return { ok: false, refusal: 'revoked' };
  if (!verifier.verify(seat.signingKey, opText(op), signature)) return { ok: false, refusal: 'bad-signature' };
  const change = op.change;
  if ((change.kind === 'setting') !== (op.conversation === settingsConversation)) return { ok: false, refusal: 'not-allowed' };
  if (change.kind === 'setting' && seat.role === 'agent') return { ok: false, refusal: 'not-allowed' };
  if (change.kind === 'assignee' && change.auto !== undefined) {
    // Which seats were online is the assigner's view alone, so no receiver can check the
    // choice; it can check that it names a seat that may hold conversations then.
    if (change.seat === null) return { ok: false, refusal: 'not-allowed' };
    if (!roster.seats.has(change.seat) || !seatStands(roster, change.seat, verifier)) return { ok: false, refusal: 'unknown-target' };
    const targetRevoked = revocationOf(roster, change.seat, verifier);
    if (targetRevoked !== undefined && compareHlc(op.at, targetRevoked.at) >= 0) return { ok: false, refusal: 'not-allowed' };
  } else if (seat.role === 'agent' && change.kind === 'assignee' && change.seat !== null && change.seat !== seat.seatId) {
    return { ok: false, refusal: 'not-allowed' };
  }
  return { ok: true, seat };
}
