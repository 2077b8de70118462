/**
 * Catching up, real relay and real SQLCipher engines: a desktop whose queued messages
 * expired at the relay while it was off asks with a digest when it starts, and the
 * others send it everything; a desktop linked later gets the console's state with its
 * history (ops and audit chains) when its seat is granted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { asAccountId, asDeviceId } from '../../../../shared/relay-api';
import { BusinessWorld, standingSeats } from './support';

let world: BusinessWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

const customer = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';

const view = (engine: Engine): unknown => {
  const state = engine.inbox.conversation(customer);
  return { priority: state.priority, labels: state.labels, notes: state.notes.map((note) => note.text) };
};

describe('catching up with the console', () => {
  it('repairs a desktop that missed ops by digest and snapshot, and hands a new desktop the state with its history', async () => {
    const w = (world = await BusinessWorld.create());
    const owner = await w.owner('Acme Support', 'acme');
    const a = await w.desktop(owner, 'desk-a', { name: 'Agent A', role: 'admin' });
    const b = await w.desktop(owner, 'desk-b', { name: 'Agent B', role: 'agent' });
    for (const desktop of [a, b]) await expect.poll(() => standingSeats(desktop.engine).length, { timeout: 20_000 }).toBe(3);

    a.engine.inbox.change(customer, { kind: 'label-add', label: 'vip' });
    await expect.poll(() => view(b.engine), { timeout: 20_000 }).toEqual({ priority: null, labels: ['vip'], notes: [] });

    // B is off; what A sends it meanwhile expires at the relay before B comes back.
    await b.engine.stop();
    a.engine.inbox.change(customer, { kind: 'priority', value: 'urgent' });
    a.engine.inbox.change(customer, { kind: 'note', text: 'called back, waiting on billing', mentions: [] });
    await a.engine.flushOutbox();
    const queues = w.relay.stores.queues;
    const account = asAccountId(b.engine.account.accountId);
    const device = asDeviceId(b.engine.account.deviceId);
    for (const envelope of await queues.readQueue(account, device, { afterCursor: 0, limit: 1_000, now: Date.now() })) {
      await queues.deleteQueued(account, device, envelope.guid);
    }
    expect(await queues.readQueue(account, device, { afterCursor: 0, limit: 1_000, now: Date.now() })).toEqual([]);

    const expected = { priority: 'urgent', labels: ['vip'], notes: ['called back, waiting on billing'] };
    b.engine.start();
    await expect.poll(() => view(b.engine), { timeout: 20_000 }).toEqual(expected);

    // A desktop linked now gets the state and every audit chain with its seat.
    const late = await w.desktop(owner, 'desk-d', { name: 'Agent D', role: 'agent' });
    await expect.poll(() => view(late.engine), { timeout: 20_000 }).toEqual(expected);
    const chains = (engine: Engine): Array<string> => engine.inbox.verifyAudit().map((check) => `${check.seat}:${check.ok ? String(check.entries) : 'bad'}`);
    await expect.poll(() => chains(late.engine), { timeout: 20_000 }).toEqual([`${a.engine.inbox.mySeat()?.seatId ?? ''}:3`]);
  }, 120_000);
});
