/**
 * Issue 4's proof: two accounts, one with a phone and two linked devices, the other with
 * a phone and one linked device, exchange 1,000 messages through the real relay. Every
 * device of both accounts ends with the same conversation, in order, with no loss and no
 * duplicate, although one device is offline for part of the run and the relay restarts
 * in the middle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import type { AccountId } from '../../../../engine/store';
import type { TestWorld } from './support';
import { createWorld, eventually, linkDevice, registerPhone } from './support';
import { storeOf } from '../../../../engine/testing';

let world: TestWorld;
let alice: Engine;
let aliceLaptop: Engine;
let aliceDesktop: Engine;
let bob: Engine;
let bobDesktop: Engine;

beforeAll(async () => {
  world = await createWorld();
  alice = await registerPhone(world, 'alice', 'alice');
  bob = await registerPhone(world, 'bob', 'bob');
  aliceLaptop = await linkDevice(world, alice, 'alice-laptop');
  aliceDesktop = await linkDevice(world, alice, 'alice-desktop');
  bobDesktop = await linkDevice(world, bob, 'bob-desktop');
}, 60_000);

afterAll(async () => {
  for (const engine of [alice, aliceLaptop, aliceDesktop, bob, bobDesktop]) await engine.stop();
  await world.cleanup();
});

/** What a person sees in the conversation with `peer`: who said what, in order. */
function transcript(engine: Engine, peer: AccountId): Array<string> {
  const conversation = engine.conversations.direct(peer);
  if (conversation === undefined) return [];
  return storeOf(engine)
    .listMessages(conversation.id, { limit: 5_000 })
    .map((message) => `${message.senderAccountId === engine.account.accountId ? 'me' : 'them'}@${String(message.sentAt)}:${message.body ?? '?'}`);
}

describe('fan-out between two multi-device accounts', () => {
  it('delivers 1,000 messages to every device, in order, with no loss or duplicate, across an offline device and a relay restart', async () => {
    const total = 1_000;
    for (const engine of [alice, aliceLaptop, aliceDesktop, bob]) engine.start();
    // bob's desktop stays offline for the first part of the run.
    const bobId = await alice.contacts.resolveHandle('bob');
    const aliceId = await bob.contacts.resolveHandle('alice');
    await aliceLaptop.contacts.resolveHandle('bob');

    const sendBatch = (from: number, to: number): void => {
      for (let index = from; index < to; index++) {
        // Mostly the phones; every fifth message from alice's laptop, to exercise a companion's sends.
        if (index % 2 === 0) (index % 5 === 0 ? aliceLaptop : alice).messaging.sendText(bobId, `a${String(index)}`);
        else bob.messaging.sendText(aliceId, `b${String(index)}`);
      }
    };

    sendBatch(0, total / 2);
    await eventually(() => transcript(bob, aliceId).length >= total / 4, 120_000, 'the first messages to arrive');
    // The relay restarts while messages are still in flight.
    await world.restartRelay();
    bobDesktop.start();
    sendBatch(total / 2, total);

    const devices = [alice, aliceLaptop, aliceDesktop, bob, bobDesktop];
    const peerOf = (engine: Engine): AccountId => (engine.account.accountId === aliceId ? bobId : aliceId);
    await eventually(
      () => devices.every((engine) => transcript(engine, peerOf(engine)).length >= total),
      240_000,
      'every device to hold every message',
    );
    await Promise.all(devices.map((engine) => engine.flushOutbox()));

    const aliceView = transcript(alice, bobId);
    expect(aliceView).toHaveLength(total);
    expect(new Set(aliceView).size).toBe(total);
    // Each sending device's messages keep the order they were written in. (Between two
    // devices the order is that of their clocks, as in any messenger ordered by sent time.)
    const sequence = (view: Array<string>, keep: (body: string) => boolean): Array<number> =>
      view.map((line) => line.split(':')[1] ?? '').filter(keep).map((body) => Number(body.slice(1)));
    const ascending = (values: Array<number>): boolean => values.every((value, index) => index === 0 || value > (values[index - 1] ?? -1));
    const fromLaptop = (body: string): boolean => body.startsWith('a') && Number(body.slice(1)) % 5 === 0;
    expect(ascending(sequence(aliceView, (body) => body.startsWith('b')))).toBe(true);
    expect(ascending(sequence(aliceView, (body) => body.startsWith('a') && !fromLaptop(body)))).toBe(true);
    expect(ascending(sequence(aliceView, fromLaptop))).toBe(true);
    for (const device of [aliceLaptop, aliceDesktop]) expect(transcript(device, bobId)).toEqual(aliceView);
    const bobView = transcript(bob, aliceId);
    expect(bobView).toHaveLength(total);
    expect(transcript(bobDesktop, aliceId)).toEqual(bobView);
    // The two accounts see the same conversation from opposite sides.
    expect(bobView.map((line) => line.replace(/^(me|them)/, (who) => (who === 'me' ? 'them' : 'me')))).toEqual(aliceView);
  }, 300_000);
});
