/**
 * The console's roster rules and audit chains with real keys (libsignal, as the engine
 * signs): who may change what, and that a stored chain names the entry someone altered,
 * removed or moved.
 */
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../../../shared/domain/console/audit';
import { auditEntryHash, auditText, verifyChain } from '../../../../../shared/domain/console/audit';
import type { Revocation, Roster, Role, Seat } from '../../../../../shared/domain/console/roster';
import { authorize, emptyRoster, joinRosters, opText, revocationText, rootSigner, seatStands, seatText } from '../../../../../shared/domain/console/roster';
import type { ConsoleChange, ConsoleOp } from '../../../../../shared/domain/console/state';
import { settingsConversation } from '../../../../../shared/domain/console/settings';
import type { HlcTimestamp } from '../../../../../shared/domain/hlc';
import type { SigningKeyPair } from '../../../../../engine/modules/inbox/signing';
import { consoleCrypto, generateSigningKey, signText } from '../../../../../engine/modules/inbox/signing';

const at = (wall: number, node = 'n'): HlcTimestamp => ({ wall, counter: 0, node });

interface Business {
  readonly root: SigningKeyPair;
  roster: Roster;
  readonly keys: Map<string, SigningKeyPair>;
}

function business(): Business {
  const root = generateSigningKey();
  return { root, roster: emptyRoster(root.publicKey), keys: new Map() };
}

/** A seat for a new device, signed by the root key or by an admin's device key. */
function addSeat(b: Business, seatId: string, role: Role, signer: string, addedAt = at(1)): Seat {
  const key = generateSigningKey();
  b.keys.set(seatId, key);
  const unsigned = { seatId, deviceId: b.keys.size + 1, name: `Agent ${seatId}`, role, signingKey: key.publicKey, signer, addedAt };
  const signingKey = signer === rootSigner ? b.root.privateKey : (b.keys.get(signer)?.privateKey ?? new Uint8Array(32));
  const seat = { ...unsigned, signature: signText(signingKey, seatText(unsigned)) };
  b.roster = joinRosters(b.roster, { seats: new Map([[seatId, seat]]), revocations: new Map() });
  return seat;
}

function revoke(b: Business, seatId: string, by: string, when: HlcTimestamp): void {
  const unsigned = { seatId, by, at: when };
  const key = by === rootSigner ? b.root.privateKey : (b.keys.get(by)?.privateKey ?? new Uint8Array(32));
  const revocation: Revocation = { ...unsigned, signature: signText(key, revocationText(unsigned)) };
  b.roster = joinRosters(b.roster, { seats: new Map(), revocations: new Map([[seatId, [revocation]]]) });
}

function signedOp(
  b: Business,
  seat: string,
  change: ConsoleChange,
  when = at(10),
  key = b.keys.get(seat),
  conversation = 'customer-1',
): { op: ConsoleOp; signature: string } {
  const op: ConsoleOp = { id: `op-${String(when.wall)}-${seat}`, seat, at: when, conversation, change };
  return { op, signature: signText(key?.privateKey ?? generateSigningKey().privateKey, opText(op)) };
}

describe('the console roster', () => {
  it('accepts a change signed by a seat the root or an admin signed, within its role', () => {
    const b = business();
    addSeat(b, 'owner', 'owner', rootSigner);
    addSeat(b, 'admin-1', 'admin', rootSigner);
    addSeat(b, 'agent-1', 'agent', 'admin-1');
    const take = signedOp(b, 'agent-1', { kind: 'assignee', seat: 'agent-1' });
    expect(authorize(b.roster, take.op, take.signature, consoleCrypto)).toMatchObject({ ok: true, seat: { role: 'agent' } });
    const give = signedOp(b, 'admin-1', { kind: 'assignee', seat: 'agent-1' });
    expect(authorize(b.roster, give.op, give.signature, consoleCrypto).ok).toBe(true);
  });

  it('refuses a device outside the roster, a forged signature, and an agent giving a conversation to someone else', () => {
    const b = business();
    addSeat(b, 'admin-1', 'admin', rootSigner);
    addSeat(b, 'agent-1', 'agent', 'admin-1');
    const stranger = signedOp(b, 'stranger', { kind: 'priority', value: 'urgent' }, at(10), generateSigningKey());
    expect(authorize(b.roster, stranger.op, stranger.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'unknown-seat' });
    // Signed with another key than the seat's: a forgery.
    const forged = signedOp(b, 'agent-1', { kind: 'priority', value: 'urgent' }, at(10), generateSigningKey());
    expect(authorize(b.roster, forged.op, forged.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'bad-signature' });
    // A valid signature over a different op does not carry over.
    const real = signedOp(b, 'agent-1', { kind: 'priority', value: 'low' });
    const altered = { ...real.op, change: { kind: 'priority', value: 'urgent' } as const };
    expect(authorize(b.roster, altered, real.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'bad-signature' });
    const outOfRole = signedOp(b, 'agent-1', { kind: 'assignee', seat: 'admin-1' });
    expect(authorize(b.roster, outOfRole.op, outOfRole.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'not-allowed' });
  });

  it('lets the owner and admins change business settings, on the settings conversation only; an agent never', () => {
    const b = business();
    addSeat(b, 'owner', 'owner', rootSigner);
    addSeat(b, 'admin-1', 'admin', rootSigner);
    addSeat(b, 'agent-1', 'agent', 'admin-1');
    const setting = (seat: string, conversation = settingsConversation) =>
      signedOp(b, seat, { kind: 'setting', key: 'assignment', value: 'round-robin' }, at(10), b.keys.get(seat), conversation);
    for (const seat of ['owner', 'admin-1']) expect(authorize(b.roster, setting(seat).op, setting(seat).signature, consoleCrypto).ok).toBe(true);
    const agent = setting('agent-1');
    expect(authorize(b.roster, agent.op, agent.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'not-allowed' });
    const onCustomer = setting('admin-1', 'customer-1');
    expect(authorize(b.roster, onCustomer.op, onCustomer.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'not-allowed' });
    // The settings conversation holds settings only.
    const noteThere = signedOp(b, 'admin-1', { kind: 'note', text: 'hi', mentions: [] }, at(10), b.keys.get('admin-1'), settingsConversation);
    expect(authorize(b.roster, noteThere.op, noteThere.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'not-allowed' });
  });

  it('lets any seat make an automatic assignment to a seat that stands, and waits for the roster on one it does not know', () => {
    const b = business();
    addSeat(b, 'admin-1', 'admin', rootSigner);
    addSeat(b, 'agent-1', 'agent', 'admin-1');
    addSeat(b, 'agent-2', 'agent', 'admin-1');
    const auto = signedOp(b, 'agent-1', { kind: 'assignee', seat: 'agent-2', auto: 'unassigned' });
    expect(authorize(b.roster, auto.op, auto.signature, consoleCrypto).ok).toBe(true);
    // By hand, the same assignment is out of an agent's role.
    const manual = signedOp(b, 'agent-1', { kind: 'assignee', seat: 'agent-2' });
    expect(authorize(b.roster, manual.op, manual.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'not-allowed' });
    const unknown = signedOp(b, 'agent-1', { kind: 'assignee', seat: 'agent-9', auto: 'away' });
    expect(authorize(b.roster, unknown.op, unknown.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'unknown-target' });
    const nobody = signedOp(b, 'agent-1', { kind: 'assignee', seat: null, auto: 'away' });
    expect(authorize(b.roster, nobody.op, nobody.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'not-allowed' });
    revoke(b, 'agent-2', 'admin-1', at(5));
    const toRevoked = signedOp(b, 'agent-1', { kind: 'assignee', seat: 'agent-2', auto: 'unassigned' });
    expect(authorize(b.roster, toRevoked.op, toRevoked.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'not-allowed' });
  });

  it('stands no seat an admin made an admin, nor one signed by a key the root did not sign', () => {
    const b = business();
    addSeat(b, 'admin-1', 'admin', rootSigner);
    addSeat(b, 'admin-2', 'admin', 'admin-1');
    expect(seatStands(b.roster, 'admin-2', consoleCrypto)).toBe(false);
    // A seat claiming the root as signer, signed by something else.
    const fake = business();
    const impostor = addSeat(fake, 'boss', 'owner', rootSigner);
    b.roster = joinRosters(b.roster, { seats: new Map([['boss', impostor]]), revocations: new Map() });
    expect(seatStands(b.roster, 'boss', consoleCrypto)).toBe(false);
    const op = signedOp(fake, 'boss', { kind: 'assignee', seat: null });
    expect(authorize(b.roster, op.op, op.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'seat-unsigned' });
  });

  it('refuses a removed agent’s later changes and keeps its earlier ones; an agent cannot revoke', () => {
    const b = business();
    addSeat(b, 'admin-1', 'admin', rootSigner);
    addSeat(b, 'agent-1', 'agent', 'admin-1');
    addSeat(b, 'agent-2', 'agent', 'admin-1');
    revoke(b, 'agent-2', 'agent-1', at(5));
    const stillThere = signedOp(b, 'agent-2', { kind: 'note', text: 'hi', mentions: [] }, at(20));
    expect(authorize(b.roster, stillThere.op, stillThere.signature, consoleCrypto).ok).toBe(true);
    revoke(b, 'agent-2', 'admin-1', at(15));
    const before = signedOp(b, 'agent-2', { kind: 'note', text: 'earlier', mentions: [] }, at(14));
    const after = signedOp(b, 'agent-2', { kind: 'note', text: 'later', mentions: [] }, at(16));
    expect(authorize(b.roster, before.op, before.signature, consoleCrypto).ok).toBe(true);
    expect(authorize(b.roster, after.op, after.signature, consoleCrypto)).toEqual({ ok: false, refusal: 'revoked' });
  });
});

describe('the audit chain', () => {
  function chain(b: Business, seat: string, count: number): Array<AuditEntry> {
    const key = b.keys.get(seat);
    if (key === undefined) throw new Error('no key');
    const entries: Array<AuditEntry> = [];
    let previous = '';
    for (let seq = 1; seq <= count; seq++) {
      const unsigned = { seat, seq, previous, at: at(100 + seq), action: seq % 3 === 0 ? 'reply' : 'change', conversation: 'customer-1', detail: `op-${String(seq)}` } as const;
      const entry: AuditEntry = { ...unsigned, signature: signText(key.privateKey, auditText(unsigned)) };
      entries.push(entry);
      previous = auditEntryHash(entry, consoleCrypto);
    }
    return entries;
  }

  it('verifies a chain as written, and names the entry that was altered, removed or moved', () => {
    const b = business();
    addSeat(b, 'admin-1', 'admin', rootSigner);
    const entries = chain(b, 'admin-1', 6);
    expect(verifyChain(entries, b.roster, consoleCrypto)).toMatchObject({ ok: true, entries: 6 });

    const altered = entries.map((entry) => (entry.seq === 4 ? { ...entry, detail: 'op-999' } : entry));
    expect(verifyChain(altered, b.roster, consoleCrypto)).toEqual({ ok: false, seq: 4, problem: 'bad-signature' });

    const removed = entries.filter((entry) => entry.seq !== 3);
    expect(verifyChain(removed, b.roster, consoleCrypto)).toEqual({ ok: false, seq: 4, problem: 'out-of-sequence' });

    const swapped = [entries[0], entries[2], entries[1], ...entries.slice(3)].filter((entry) => entry !== undefined);
    expect(verifyChain(swapped, b.roster, consoleCrypto)).toEqual({ ok: false, seq: 3, problem: 'out-of-sequence' });

    // Re-signed by the same device after a change, the link to it breaks at the next entry.
    const key = b.keys.get('admin-1');
    const resigned = entries.map((entry) => {
      if (entry.seq !== 2 || key === undefined) return entry;
      const unsigned = { seat: entry.seat, seq: entry.seq, previous: entry.previous, at: entry.at, action: entry.action, conversation: entry.conversation, detail: 'rewritten' };
      return { ...unsigned, signature: signText(key.privateKey, auditText(unsigned)) };
    });
    expect(verifyChain(resigned, b.roster, consoleCrypto)).toEqual({ ok: false, seq: 3, problem: 'broken-link' });
  });
});
