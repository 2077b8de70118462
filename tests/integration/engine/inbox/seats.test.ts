/**
 * A business's desktops join its console with a real relay and real SQLCipher engines:
 * the owner's phone links an admin and an agent; each desktop makes its own signing key
 * and asks for its seat over an end-to-end-encrypted sync message; the phone signs it;
 * every device ends with the same roster, every seat standing. A desktop linked without
 * a seat asks too and gets none; the agents' names never reach the relay's files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { storeOf } from '../../../../engine/testing';
import { BusinessWorld, standingSeats } from './support';

let world: BusinessWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('seats in a business console', () => {
  it('gives the desktops the owner linked as agents their seats, the same roster everywhere, and none to another', async () => {
    const w = (world = await BusinessWorld.create());
    const owner = await w.owner('Acme Support', 'acme');
    const admin = await w.desktop(owner, 'desk-a', { name: 'Agent Canary-A', role: 'admin' });
    expect(admin.outcome.seat).toMatchObject({ name: 'Agent Canary-A', role: 'admin', stands: true, deviceId: 2 });
    const agent = await w.desktop(owner, 'desk-b', { name: 'Agent Canary-B', role: 'agent' });
    expect(agent.outcome.seat).toMatchObject({ name: 'Agent Canary-B', role: 'agent', stands: true, deviceId: 3 });
    const plain = await w.desktop(owner, 'desk-c');
    expect(plain.outcome.device?.id).toBe(4);

    const expected = ['1:Acme Support:owner', '2:Agent Canary-A:admin', '3:Agent Canary-B:agent'];
    await expect.poll(() => standingSeats(admin.engine), { timeout: 20_000 }).toEqual(expected);
    await expect.poll(() => standingSeats(agent.engine), { timeout: 20_000 }).toEqual(expected);
    await expect.poll(() => standingSeats(plain.engine), { timeout: 20_000 }).toEqual(expected);
    expect(standingSeats(owner.engine)).toEqual(expected);
    expect(agent.engine.inbox.mySeat()).toMatchObject({ name: 'Agent Canary-B' });
    expect(agent.engine.inbox.business()).toEqual({ name: 'Acme Support' });
    // The desktop linked without a seat asked for one (its key is made) and got none.
    expect(storeOf(plain.engine).getItem('consoleSeat')).toBeDefined();
    await plain.engine.flushOutbox();
    await owner.engine.flushOutbox();
    expect(plain.engine.inbox.mySeat()).toBeNull();
    expect(owner.engine.inbox.roster()).toHaveLength(3);

    // Seats, names and roles travel only inside E2EE messages.
    expect(await w.relayFilesContain('Canary-')).toEqual([]);
  }, 90_000);
});
