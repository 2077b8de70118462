/**
 * Removing an agent, real relay and real SQLCipher engines: the owner's phone unlinks the
 * agent's desktop, which first revokes its seat on every device. The agent's earlier
 * changes stay; a change it signs afterwards, even carried by another desktop, is refused
 * everywhere. An agent cannot revoke anyone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { storeOf } from '../../../../engine/testing';
import type { ConsoleOp } from '../../../../shared/domain/console/state';
import { BusinessWorld, sendSignedOp, standingSeats } from './support';

let world: BusinessWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

const customer = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('removing an agent', () => {
  it('revokes the seat on every device before unlinking it, keeps its earlier changes and refuses its later ones', async () => {
    const w = (world = await BusinessWorld.create());
    const owner = await w.owner('Acme Support', 'acme');
    const admin = await w.desktop(owner, 'desk-a', { name: 'Agent A', role: 'admin' });
    const agent = await w.desktop(owner, 'desk-b', { name: 'Agent B', role: 'agent' });
    const seats = ['1:Acme Support:owner', '2:Agent A:admin', '3:Agent B:agent'];
    for (const desktop of [admin, agent]) await expect.poll(() => standingSeats(desktop.engine), { timeout: 20_000 }).toEqual(seats);
    const agentSeat = agent.engine.inbox.mySeat()?.seatId ?? '';

    // An agent cannot revoke anyone.
    expect(() => {
      agent.engine.inbox.revoke(admin.engine.inbox.mySeat()?.seatId ?? '');
    }).toThrow(expect.objectContaining({ code: 'console-not-allowed' }));

    agent.engine.inbox.change(customer, { kind: 'label-add', label: 'before' });
    await agent.engine.flushOutbox();
    await expect.poll(() => admin.engine.inbox.conversation(customer).labels, { timeout: 20_000 }).toEqual(['before']);

    await owner.unlink(3);
    expect((await owner.devices()).map((device) => device.id)).toEqual([1, 2]);
    await expect.poll(() => admin.engine.inbox.roster().find((entry) => entry.seatId === agentSeat)?.revoked, { timeout: 20_000 }).toBe(true);
    expect(standingSeats(admin.engine)).toEqual(['1:Acme Support:owner', '2:Agent A:admin']);

    // The removed agent's key signs a change after its revocation; another desktop carries it.
    const key = storeOf(agent.engine).getItem('consoleSeat');
    if (key === undefined) throw new Error('no key');
    const op: ConsoleOp = { id: 'after-removal', seat: agentSeat, at: { wall: Date.now() + 1_000, counter: 0, node: 'b' }, conversation: customer, change: { kind: 'label-add', label: 'after' } };
    sendSignedOp(admin.engine, op, key.privateKey);
    await admin.engine.flushOutbox();
    const refusals = (engine: Engine): Array<string> => engine.inbox.refused().map((entry) => `${entry.id}:${entry.refusal}`);
    await expect.poll(() => refusals(owner.engine), { timeout: 20_000 }).toEqual(['after-removal:revoked']);
    expect(owner.engine.inbox.conversation(customer).labels).toEqual(['before']);
  }, 120_000);
});
