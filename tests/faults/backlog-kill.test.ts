/**
 * A desktop SIGKILLed three times while it works through a 1,000-message backlog: every
 * message ends up on it exactly once (nothing acknowledged before it was committed,
 * nothing committed twice), and on the phone too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FaultWorld, losses, numbered, reportOf, settle, tally } from './support/world';

let world: FaultWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('a desktop killed mid-backlog', () => {
  it('ends with each of 1,000 backlogged messages exactly once after SIGKILLs at three points', async () => {
    world = await FaultWorld.create();
    const alice = await world.registerPhone('alice');
    const bob = await world.registerPhone('bob');
    const desktop = await world.linkDesktop(alice, 'alice-desktop');
    const aliceId = alice.engine.account.accountId;
    const bobId = bob.engine.account.accountId;
    await bob.engine.contacts.resolveHandle('alice');

    const expected = numbered('backlog-', 1_000);
    for (const body of expected) bob.engine.messaging.sendText(aliceId, body);
    await bob.engine.flushOutbox();

    let device = await world.startDevice(desktop);
    const kills: Array<number> = [];
    for (const point of [200, 500, 800]) {
      await device.storedAtLeast(point);
      await device.kill();
      kills.push(device.stored);
      device = await world.startDevice(desktop);
    }
    // Each kill landed inside the backlog, not after it.
    expect(kills.every((stored) => stored < 1_000)).toBe(true);

    await settle(async () => tally(await device.report(), bobId, 'backlog-').bodies.length >= 1_000, 30_000);
    await settle(() => tally(reportOf(alice), bobId, 'backlog-').bodies.length >= 1_000, 30_000);
    expect(losses(await device.report(), bobId, 'backlog-', expected)).toEqual({ lost: 0, duplicates: 0 });
    expect(losses(reportOf(alice), bobId, 'backlog-', expected)).toEqual({ lost: 0, duplicates: 0 });
  });
});
