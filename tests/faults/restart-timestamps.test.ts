/**
 * Sent timestamps name messages (with their author), so they must stay unique across a
 * crash. A burst that outpaces the clock leaves the last issued timestamp ahead of it; a
 * desktop SIGKILLed then and started again must carry on after that timestamp, or its
 * contact drops the new messages as duplicates of old ones. The device's clock is held
 * at one instant while it queues each burst, so the overlap is certain rather than a
 * matter of how fast this machine is.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FaultWorld, losses, numbered, reportOf, settle, tally } from './support/world';

let world: FaultWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('sent timestamps across a crash', () => {
  it('never reuses a sent timestamp after a SIGKILL that follows a burst, so every message arrives', async () => {
    world = await FaultWorld.create();
    const alice = await world.registerPhone('alice');
    const bob = await world.registerPhone('bob');
    const config = await world.linkDesktop(alice, 'alice-desktop');
    const bobId = bob.engine.account.accountId;
    const aliceId = alice.engine.account.accountId;
    await alice.engine.contacts.resolveHandle('bob');

    const clockAt = Date.now();
    const before = numbered('before-', 20);
    let desktop = await world.startDevice(config);
    await desktop.sendTexts(bobId, before, clockAt);
    await desktop.kill();
    desktop = await world.startDevice(config);
    const after = numbered('after-', 5);
    await desktop.sendTexts(bobId, after, clockAt);

    const own = (await desktop.report()).messages.filter((message) => message.sender === aliceId && message.kind === 'text');
    expect(new Set(own.map((message) => message.sentAt)).size).toBe(own.length);

    await settle(() => tally(reportOf(bob), aliceId, 'after-').bodies.length >= 5, 30_000);
    expect(losses(reportOf(bob), aliceId, 'before-', before)).toEqual({ lost: 0, duplicates: 0 });
    expect(losses(reportOf(bob), aliceId, 'after-', after)).toEqual({ lost: 0, duplicates: 0 });
  });
});
