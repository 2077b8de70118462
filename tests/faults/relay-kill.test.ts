/**
 * The relay SIGKILLed and restarted on its data folder twice while two accounts (one with
 * a desktop in its own process) exchange messages both ways: every device ends with
 * every message exactly once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FaultWorld, losses, numbered, reportOf, settle, tally } from './support/world';

let world: FaultWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

describe('the relay killed mid-exchange', () => {
  it('loses and duplicates nothing on any device when the relay is SIGKILLed and restarted twice', async () => {
    world = await FaultWorld.create();
    const alice = await world.registerPhone('alice');
    const bob = await world.registerPhone('bob');
    const desktopConfig = await world.linkDesktop(alice, 'alice-desktop');
    const desktop = await world.startDevice(desktopConfig);
    const aliceId = alice.engine.account.accountId;
    const bobId = bob.engine.account.accountId;
    await bob.engine.contacts.resolveHandle('alice');
    await alice.engine.contacts.resolveHandle('bob');

    const fromBob = numbered('bob-', 300);
    const fromDesktop = numbered('desk-', 300);
    // Queued at once: the outboxes work through them while the relay dies under them.
    for (const body of fromBob) bob.engine.messaging.sendText(aliceId, body);
    await desktop.sendTexts(bobId, fromDesktop);

    const atKill: Array<number> = [];
    for (const threshold of [60, 180]) {
      await settle(() => tally(reportOf(alice), bobId, 'bob-').bodies.length >= threshold, 30_000);
      await world.relay.kill();
      atKill.push(tally(reportOf(alice), bobId, 'bob-').bodies.length);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await world.relay.startAgain();
    }

    const complete = async (): Promise<boolean> => {
      const desk = await desktop.report();
      return (
        tally(reportOf(alice), bobId, 'bob-').bodies.length >= 300 &&
        tally(desk, bobId, 'bob-').bodies.length >= 300 &&
        tally(reportOf(bob), aliceId, 'desk-').bodies.length >= 300 &&
        tally(reportOf(alice), aliceId, 'desk-').bodies.length >= 300
      );
    };
    await settle(complete, 60_000);
    // Both kills landed mid-exchange.
    expect(atKill.every((count) => count < 300)).toBe(true);
    const desk = await desktop.report();
    expect({
      alicePhoneFromBob: losses(reportOf(alice), bobId, 'bob-', fromBob),
      aliceDesktopFromBob: losses(desk, bobId, 'bob-', fromBob),
      bobFromDesktop: losses(reportOf(bob), aliceId, 'desk-', fromDesktop),
      alicePhoneTranscripts: losses(reportOf(alice), aliceId, 'desk-', fromDesktop),
      aliceDesktopOwn: losses(desk, aliceId, 'desk-', fromDesktop),
    }).toEqual({
      alicePhoneFromBob: { lost: 0, duplicates: 0 },
      aliceDesktopFromBob: { lost: 0, duplicates: 0 },
      bobFromDesktop: { lost: 0, duplicates: 0 },
      alicePhoneTranscripts: { lost: 0, duplicates: 0 },
      aliceDesktopOwn: { lost: 0, duplicates: 0 },
    });
  });
});
