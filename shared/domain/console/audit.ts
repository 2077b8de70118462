/**
 * The console's audit trail (DESIGN.md "Audit"): every change, reply, opening of a
 * conversation, export and erasure is an entry in an append-only log. Each device writes
 * its own chain: entry n names the hash of entry n-1 and is signed by the device's seat
 * key, and every business device keeps every chain. Verifying a chain names the first
 * entry that was altered, removed, inserted or put out of order.
 *
 * Pure: hashing and signature checks are the caller's (`AuditCrypto`).
 */
import type { HlcTimestamp } from '../hlc';
import { encodeHlc } from '../hlc';
import { canonicalJson } from './canonical';
import type { ConsoleVerifier, Roster } from './roster';

export const auditActions = ['change', 'reply', 'open', 'export', 'erase', 'purge'] as const;
export type AuditAction = (typeof auditActions)[number];

export interface AuditEntry {
  readonly seat: string;
  /** 1, 2, 3… within the seat's chain. */
  readonly seq: number;
  /** The hash of the seat's previous entry; '' for its first. */
  readonly previous: string;
  readonly at: HlcTimestamp;
  readonly action: AuditAction;
  /** The customer conversation, or '' for business-wide actions. */
  readonly conversation: string;
  /** What exactly: an op id, a sent message's timestamp, an export's scope. */
  readonly detail: string;
  /** Over `auditText(entry)`, by the seat's device key, base64. */
  readonly signature: string;
}

export interface AuditCrypto extends ConsoleVerifier {
  /** A digest of `text` (UTF-8), as text. */
  hash(text: string): string;
}

export type AuditProblem = 'unknown-seat' | 'bad-signature' | 'broken-link' | 'out-of-sequence';

export type ChainCheck =
  | { readonly ok: true; readonly entries: number; readonly head: string }
  | { readonly ok: false; readonly seq: number; readonly problem: AuditProblem };

/** What the seat signs for one entry. */
export function auditText(entry: Omit<AuditEntry, 'signature'>): string {
  return canonicalJson(['parley-audit-v1', entry.seat, entry.seq, entry.previous, encodeHlc(entry.at), entry.action, entry.conversation, entry.detail]);
}

/** The hash the next entry names: over the signed text and its signature, so neither can change unseen. */
export function auditEntryHash(entry: AuditEntry, crypto: Pick<AuditCrypto, 'hash'>): string {
  const { signature, ...signed } = entry;
  return crypto.hash(`${auditText(signed)}\n${signature}`);
}

/**
 * Checks one seat's chain, in the order it is stored: it must start at 1 and count up by
 * one (a removed or inserted entry breaks the count; a swapped one too), each entry must
 * name the previous one's hash, and each must carry the seat's signature. The first entry
 * that fails is named.
 */
export function verifyChain(entries: ReadonlyArray<AuditEntry>, roster: Roster, crypto: AuditCrypto): ChainCheck {
  let previous = '';
  let expected = 1;
  const owner = entries[0]?.seat;
  for (const entry of entries) {
    // One chain is one seat's: another seat's entry in it is out of place.
    if (entry.seat !== owner) return { ok: false, seq: entry.seq, problem: 'out-of-sequence' };
    const seat = roster.seats.get(entry.seat);
    if (seat === undefined) return { ok: false, seq: entry.seq, problem: 'unknown-seat' };
    if (entry.seq !== expected) return { ok: false, seq: entry.seq, problem: 'out-of-sequence' };
    const { signature, ...signed } = entry;
    if (!crypto.verify(seat.signingKey, auditText(signed), signature)) return { ok: false, seq: entry.seq, problem: 'bad-signature' };
    if (entry.previous !== previous) return { ok: false, seq: entry.seq, problem: 'broken-link' };
    previous = auditEntryHash(entry, crypto);
    expected++;
  }
  return { ok: true, entries: entries.length, head: previous };
}
