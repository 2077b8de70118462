/**
 * Console ops on this device (docs/console.md): a change made here is stamped by the
 * engine's hybrid clock, signed by this device's seat key, checked by the same roster
 * rules every receiver applies, kept, and queued for the business's other devices. An op
 * received is checked and kept either way: applied, or refused with why (admins see
 * those). One refused because its seat was not known yet is checked again when the
 * roster grows, so ops that overtake their seat's grant are not lost.
 */
import { createHash, randomUUID } from 'node:crypto';
import { authorize, opText } from '../../../shared/domain/console/roster';
import type { Roster } from '../../../shared/domain/console/roster';
import type { ConsoleChange, ConsoleOp, InboxState } from '../../../shared/domain/console/state';
import { applyOp, emptyInbox } from '../../../shared/domain/console/state';
import { canonicalJson } from '../../../shared/domain/console/canonical';
import { auditEntrySchema, consoleOpSchema, parseJsonWith } from '../../../shared/domain/console/wire';
import type { AuditEntry } from '../../../shared/domain/console/audit';
import { auditEntryHash, auditText } from '../../../shared/domain/console/audit';
import type { ConsolePayload, OutgoingConsolePayload } from '../../../shared/domain/console/wire';
import { encodeHlc } from '../../../shared/domain/hlc';
import type { Clock } from '../../kernel/clock';
import { EngineError } from '../../kernel/errors';
import type { Store } from '../../store';
import { loadRoster, wireRoster } from './roster-store';
import { consoleCrypto, signText } from './signing';
import { materialise } from './materialise';

export type OpsRepository = Pick<
  Store,
  | 'getItem'
  | 'setItem'
  | 'recordConsoleOp'
  | 'listConsoleOps'
  | 'setConsoleOpRefusal'
  | 'transaction'
  | 'recordAuditEntry'
  | 'lastAuditEntry'
  | 'listAuditEntries'
  | 'putConsoleState'
>;

/** Refusals that may clear once the roster grows (the grant of the seat, or of the one assigned, had not arrived). */
const waitingForRoster: ReadonlySet<string> = new Set(['unknown-seat', 'seat-unsigned', 'unknown-target']);

function parseStored(json: string): ConsoleOp | undefined {
  return parseJsonWith(consoleOpSchema, json);
}

/** Keeps one received op, applied or refused by `roster` (read once per payload); `known` when it was kept already. */
export function receiveOp(
  store: OpsRepository,
  roster: Roster | undefined,
  signed: NonNullable<ConsolePayload['ops']>[number],
  receivedAt: number,
): 'applied' | 'refused' | 'known' {
  const decision = roster === undefined ? { ok: false as const, refusal: 'unknown-seat' as const } : authorize(roster, signed.op, signed.signature, consoleCrypto);
  const recorded = store.recordConsoleOp({
    id: signed.op.id,
    seat: signed.op.seat,
    at: encodeHlc(signed.op.at),
    conversation: signed.op.conversation,
    op: canonicalJson(signed.op),
    signature: signed.signature,
    refusal: decision.ok ? null : decision.refusal,
    receivedAt,
  });
  if (!recorded) return 'known';
  return decision.ok ? 'applied' : 'refused';
}

/** After the roster grew: ops that waited for it are checked again. Returns the conversations where some now apply. */
export function recheckWaitingOps(store: OpsRepository): Set<string> {
  const applied = new Set<string>();
  const roster = loadRoster(store);
  if (roster === undefined) return applied;
  for (const stored of store.listConsoleOps({ refused: true })) {
    if (stored.refusal === null || !waitingForRoster.has(stored.refusal)) continue;
    const op = parseStored(stored.op);
    if (op === undefined) continue;
    const decision = authorize(roster, op, stored.signature, consoleCrypto);
    const refusal = decision.ok ? null : decision.refusal;
    if (refusal !== stored.refusal) store.setConsoleOpRefusal(stored.id, refusal);
    if (refusal === null) applied.add(stored.conversation);
  }
  materialise(store, applied);
  return applied;
}

/** The inbox state: the join of every applied op (of one conversation, or all). */
export function inboxState(store: Pick<Store, 'listConsoleOps'>, conversation?: string): InboxState {
  let state = emptyInbox;
  for (const stored of store.listConsoleOps(conversation === undefined ? {} : { conversation })) {
    const op = parseStored(stored.op);
    if (op !== undefined) state = applyOp(state, op);
  }
  return state;
}

/**
 * Appends an entry to this device's own audit chain (signed, linked to its previous entry
 * by hash) and returns it for the business's other devices, which keep every chain.
 */
export function appendAudit(
  store: OpsRepository,
  own: { readonly seatId: string; readonly privateKey: string },
  entry: Pick<AuditEntry, 'at' | 'action' | 'conversation' | 'detail'>,
  now: number,
): AuditEntry {
  const last = store.lastAuditEntry(own.seatId);
  const previousEntry = last === undefined ? undefined : parseAudit(last.entry);
  const unsigned = {
    seat: own.seatId,
    seq: (last?.seq ?? 0) + 1,
    previous: previousEntry === undefined ? '' : auditEntryHash(previousEntry, consoleCrypto),
    ...entry,
  };
  const signed: AuditEntry = { ...unsigned, signature: signText(Uint8Array.from(Buffer.from(own.privateKey, 'base64')), auditText(unsigned)) };
  store.recordAuditEntry(signed.seat, signed.seq, canonicalJson(signed), now);
  return signed;
}

export function parseAudit(json: string): AuditEntry | undefined {
  return parseJsonWith(auditEntrySchema, json);
}

/**
 * Makes, signs and keeps one change by this device's seat; returns the signed op for the
 * business's other devices. Refused here as a receiver would refuse it: without a
 * standing seat, or out of role.
 */
export function makeOp(
  store: OpsRepository,
  clock: Clock,
  conversation: string,
  change: ConsoleChange,
  now: number,
): { readonly op: ConsoleOp; readonly signature: string; readonly audit: AuditEntry } {
  const own = store.getItem('consoleSeat');
  const roster = loadRoster(store);
  if (own === undefined || roster === undefined) throw new EngineError('console-no-seat');
  const stamped = clock.tick();
  if (!stamped.ok) throw new EngineError('console-clock');
  const op: ConsoleOp = { id: randomUUID(), seat: own.seatId, at: stamped.timestamp, conversation, change };
  const signature = signText(Uint8Array.from(Buffer.from(own.privateKey, 'base64')), opText(op));
  const decision = authorize(roster, op, signature, consoleCrypto);
  if (!decision.ok) throw new EngineError(decision.refusal === 'not-allowed' || decision.refusal === 'unknown-target' ? 'console-not-allowed' : 'console-no-seat');
  store.recordConsoleOp({
    id: op.id,
    seat: op.seat,
    at: encodeHlc(op.at),
    conversation,
    op: canonicalJson(op),
    signature,
    refusal: null,
    receivedAt: now,
  });
  materialise(store, [conversation]);
  const audit = appendAudit(store, own, { at: op.at, action: 'change', conversation, detail: op.id }, now);
  return { op, signature, audit };
}

/** Ops and audit entries per payload of a snapshot (the schema allows 1,000 of each). */
const snapshotChunk = 500;

/** A digest of what this device holds: its applied op ids and every audit entry's place. */
export function consoleDigest(store: Pick<Store, 'listConsoleOps' | 'listAuditEntries'>): string {
  const hash = createHash('sha256');
  for (const stored of store.listConsoleOps()) hash.update(`op:${stored.id}\n`);
  for (const row of store.listAuditEntries()) hash.update(`audit:${row.seat}:${String(row.seq)}\n`);
  return hash.digest('base64');
}

/**
 * Everything this device holds, as payloads for the business's other devices: every
 * applied op with its signature and every audit entry, in chunks, then the roster; as an
 * answer to a digest, the last also carries this device's digest, so the asker sends
 * back what this device still lacks.
 */
export function snapshotPayloads(
  store: Pick<Store, 'listConsoleOps' | 'listAuditEntries' | 'getItem'>,
  options: { readonly withDigest: boolean },
): Array<OutgoingConsolePayload> {
  const ops = store.listConsoleOps().flatMap((stored) => {
    const op = parseStored(stored.op);
    return op === undefined ? [] : [{ op, signature: stored.signature }];
  });
  const audit = store.listAuditEntries().flatMap((row) => {
    const entry = parseAudit(row.entry);
    return entry === undefined ? [] : [entry];
  });
  const payloads: Array<OutgoingConsolePayload> = [];
  for (let start = 0; start < Math.max(ops.length, audit.length); start += snapshotChunk) {
    payloads.push({ version: 1, ops: ops.slice(start, start + snapshotChunk), audit: audit.slice(start, start + snapshotChunk) });
  }
  // The roster too: a receiver may hold ops whose seats it has not heard of yet.
  payloads.push({ version: 1, roster: wireRoster(store), ...(options.withDigest ? { digest: consoleDigest(store), answer: true as const } : {}) });
  return payloads;
}
