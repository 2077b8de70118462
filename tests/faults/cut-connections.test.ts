/**
 * Every connection to the relay (sockets and HTTP alike) cut every few hundred
 * milliseconds while two accounts exchange messages: requests die mid-flight, acks are
 * lost, sends are retried; every device still ends with every message exactly once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionCutter } from './support/processes';
import { FaultWorld, losses, numbered, reportOf, settle, tally } from './support/world';

let world: FaultWorld | undefined;
let cutter: ConnectionCutter | undefined;
afterEach(async () => {
  await cutter?.close();
  cutter = undefined;
  await world?.cleanup();
  world = undefined;
});

describe('connections cut every few hundred ms', () => {
  it('loses and duplicates nothing on any device', async () => {
    world = await FaultWorld.create();
    const proxy = await ConnectionCutter.start(world.relay.port);
    cutter = proxy;
    world.relayUrl = proxy.url;
    const alice = await world.registerPhone('alice');
    const bob = await world.registerPhone('bob');
    const desktop = await world.startDevice(await world.linkDesktop(alice, 'alice-desktop'));
    const aliceId = alice.engine.account.accountId;
    const bobId = bob.engine.account.accountId;
    await bob.engine.contacts.resolveHandle('alice');
    await alice.engine.contacts.resolveHandle('bob');

    proxy.cutEvery(200, 500);
    const fromBob = numbered('bob-', 200);
    const fromAlice = numbered('alice-', 100);
    const fromDesktop = numbered('desk-', 100);
    for (const body of fromBob) bob.engine.messaging.sendText(aliceId, body);
    for (const body of fromAlice) alice.engine.messaging.sendText(bobId, body);
    await desktop.sendTexts(bobId, fromDesktop);

    // Long enough under cuts to exercise retries (at least four cuts: a fast machine can move
    // fifty messages between two of them) with both directions under way (a loaded machine
    // can move the desktop's fifty before the first of bob's arrive), then let the devices
    // converge.
    await settle(
      () => proxy.cuts >= 4 && tally(reportOf(bob), aliceId, 'desk-').bodies.length >= 50 && tally(reportOf(alice), bobId, 'bob-').bodies.length >= 10,
      30_000,
    );
    proxy.stopCutting();
    const cuts = proxy.cuts;
    const deliveredWhileCutting = tally(reportOf(alice), bobId, 'bob-').bodies.length;

    const complete = async (): Promise<boolean> => {
      const desk = await desktop.report();
      return (
        tally(reportOf(alice), bobId, 'bob-').bodies.length >= 200 &&
        tally(desk, bobId, 'bob-').bodies.length >= 200 &&
        tally(reportOf(bob), aliceId, 'alice-').bodies.length >= 100 &&
        tally(reportOf(bob), aliceId, 'desk-').bodies.length >= 100 &&
        tally(desk, aliceId, 'alice-').bodies.length >= 100 &&
        tally(reportOf(alice), aliceId, 'desk-').bodies.length >= 100
      );
    };
    await settle(complete, 60_000);
    const desk = await desktop.report();
    expect(cuts).toBeGreaterThan(3);
    // Messages were still in flight when the cutting stopped: it cut an exchange, not an idle line.
    expect(deliveredWhileCutting).toBeGreaterThan(0);
    expect({
      alicePhoneFromBob: losses(reportOf(alice), bobId, 'bob-', fromBob),
      aliceDesktopFromBob: losses(desk, bobId, 'bob-', fromBob),
      bobFromAlice: losses(reportOf(bob), aliceId, 'alice-', fromAlice),
      bobFromDesktop: losses(reportOf(bob), aliceId, 'desk-', fromDesktop),
      aliceDesktopTranscripts: losses(desk, aliceId, 'alice-', fromAlice),
      alicePhoneTranscripts: losses(reportOf(alice), aliceId, 'desk-', fromDesktop),
    }).toEqual({
      alicePhoneFromBob: { lost: 0, duplicates: 0 },
      aliceDesktopFromBob: { lost: 0, duplicates: 0 },
      bobFromAlice: { lost: 0, duplicates: 0 },
      bobFromDesktop: { lost: 0, duplicates: 0 },
      aliceDesktopTranscripts: { lost: 0, duplicates: 0 },
      alicePhoneTranscripts: { lost: 0, duplicates: 0 },
    });
  });
});
