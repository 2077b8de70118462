/**
 * Console changes between a business's desktops, real relay and real SQLCipher engines:
 * two desktops change one customer conversation while both are offline and converge once
 * back; a change from a device outside the roster, and an agent's change outside its
 * role, are refused by every receiver and shown to admins; a private note's text never
 * reaches the relay's files; every change and opening is in its device's audit chain on
 * every device, and an entry altered in a stored database is named by verification.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { storeOf } from '../../../../engine/testing';
import { BusinessWorld, sendSignedOp, standingSeats } from './support';

let world: BusinessWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

const customer = '7d0f3c2a-5b1e-4f6a-9c8d-2e4b6a8c0d1f';

describe('console changes between desktops', () => {
  it('converges after both desktops changed a conversation offline, refuses forged and out-of-role changes, and keeps audit chains that name an altered entry', async () => {
    const w = (world = await BusinessWorld.create());
    const owner = await w.owner('Acme Support', 'acme');
    const a = await w.desktop(owner, 'desk-a', { name: 'Agent A', role: 'admin' });
    const b = await w.desktop(owner, 'desk-b', { name: 'Agent B', role: 'agent' });
    const stranger = await w.desktop(owner, 'desk-c');
    const seats = ['1:Acme Support:owner', '2:Agent A:admin', '3:Agent B:agent'];
    for (const desktop of [a, b, stranger]) await expect.poll(() => standingSeats(desktop.engine), { timeout: 20_000 }).toEqual(seats);
    const seatOf = (engine: Engine): string => engine.inbox.mySeat()?.seatId ?? '';

    // Partitioned: both offline, both change the same conversation.
    await a.engine.stop();
    await b.engine.stop();
    a.engine.inbox.change(customer, { kind: 'priority', value: 'high' });
    a.engine.inbox.change(customer, { kind: 'label-add', label: 'vip' });
    a.engine.inbox.change(customer, { kind: 'assignee', seat: seatOf(b.engine) });
    b.engine.inbox.change(customer, { kind: 'label-add', label: 'billing' });
    b.engine.inbox.change(customer, { kind: 'priority', value: 'urgent' });
    b.engine.inbox.change(customer, { kind: 'note', text: 'Canary-note: refund promised', mentions: [seatOf(a.engine)] });
    // An agent may not give a conversation to someone else, even on its own desktop.
    expect(() => {
      b.engine.inbox.change(customer, { kind: 'assignee', seat: seatOf(a.engine) });
    }).toThrow(expect.objectContaining({ code: 'console-not-allowed' }));
    expect(() => {
      stranger.engine.inbox.change(customer, { kind: 'priority', value: 'low' });
    }).toThrow(expect.objectContaining({ code: 'console-no-seat' }));

    a.engine.start();
    b.engine.start();
    const view = (engine: Engine): unknown => {
      const state = engine.inbox.conversation(customer);
      return { priority: state.priority, assignee: state.assignee, labels: state.labels, notes: state.notes.map((note) => note.text) };
    };
    // B's priority was written later on the hybrid clock: it wins on every device.
    const expected = { priority: 'urgent', assignee: seatOf(b.engine), labels: ['billing', 'vip'], notes: ['Canary-note: refund promised'] };
    for (const desktop of [a, b, stranger]) await expect.poll(() => view(desktop.engine), { timeout: 20_000 }).toEqual(expected);
    await expect.poll(() => view(owner.engine), { timeout: 20_000 }).toEqual(expected);

    // A forgery from the unseated desktop, and B's out-of-role change sent anyway.
    const strangerKey = storeOf(stranger.engine).getItem('consoleSeat');
    const bKey = storeOf(b.engine).getItem('consoleSeat');
    if (strangerKey === undefined || bKey === undefined) throw new Error('no keys');
    const at = { wall: Date.now(), counter: 0, node: 'forged' };
    sendSignedOp(stranger.engine, { id: 'forged-1', seat: strangerKey.seatId, at, conversation: customer, change: { kind: 'assignee', seat: strangerKey.seatId } }, strangerKey.privateKey);
    sendSignedOp(b.engine, { id: 'out-of-role-1', seat: bKey.seatId, at, conversation: customer, change: { kind: 'assignee', seat: seatOf(a.engine) } }, bKey.privateKey);
    await stranger.engine.flushOutbox();
    await b.engine.flushOutbox();
    const refusals = (engine: Engine): Array<string> =>
      engine.inbox
        .refused()
        .map((entry) => `${entry.id}:${entry.refusal}`)
        .sort();
    await expect.poll(() => refusals(a.engine), { timeout: 20_000 }).toEqual(['forged-1:unknown-seat', 'out-of-role-1:not-allowed']);
    await expect.poll(() => refusals(owner.engine), { timeout: 20_000 }).toEqual(['forged-1:unknown-seat', 'out-of-role-1:not-allowed']);
    // Neither changed anything.
    expect(view(a.engine)).toEqual(expected);

    // Every change and opening is in its device's audit chain, on every device; the chains verify.
    a.engine.inbox.opened(customer);
    await a.engine.flushOutbox();
    const chains = (engine: Engine): Array<string> => engine.inbox.verifyAudit().map((check) => `${check.seat}:${check.ok ? String(check.entries) : 'bad'}`);
    const expectedChains = [`${seatOf(a.engine)}:4`, `${seatOf(b.engine)}:3`].sort();
    await expect.poll(() => chains(owner.engine), { timeout: 20_000 }).toEqual(expectedChains);
    await expect.poll(() => chains(stranger.engine), { timeout: 20_000 }).toEqual(expectedChains);
    // Someone with the owner phone's database alters one stored entry: verification names it.
    const stored = storeOf(owner.engine)
      .listAuditEntries()
      .find((row) => row.seat === seatOf(b.engine) && row.seq === 2);
    if (stored === undefined) throw new Error('no entry');
    const tampered = JSON.parse(stored.entry) as Record<string, unknown>;
    const raw = await w.rawDatabase('acme');
    raw.prepare('UPDATE console_audit SET entry = ? WHERE seat = ? AND seq = 2').run(JSON.stringify({ ...tampered, detail: 'op-that-never-was' }), seatOf(b.engine));
    raw.close();
    expect(owner.engine.inbox.verifyAudit().find((check) => check.seat === seatOf(b.engine))).toEqual({ seat: seatOf(b.engine), ok: false, seq: 2, problem: 'bad-signature' });

    // Notes and console state never reach the relay in clear.
    expect(await w.relayFilesContain('Canary-note')).toEqual([]);
    expect(await w.relayFilesContain('billing')).toEqual([]);
  }, 120_000);
});
