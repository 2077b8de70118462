/**
 * Sent timestamps name messages (author + time), so a receiver drops a second message
 * with the same one as a duplicate. They must therefore never repeat, not even after a
 * restart that follows a burst which ran ahead of the clock, nor when the clock is
 * behind the last one issued (issue 10, item 2).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { createEngine } from '../../../../engine/compose';
import type { AccountId } from '../../../../engine/store';
import type { TestWorld } from './support';
import { eventually, registerPhone, worldPerTest } from './support';
import { storeOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});

function bodiesWith(engine: Engine, peer: AccountId): Array<string | null> {
  const conversation = engine.conversations.direct(peer);
  return conversation === undefined ? [] : engine.messaging.list(conversation.id, 1_000).map((message) => message.body);
}

describe('sent timestamps', () => {
  it('never repeat across a restart, even with the clock behind the last one issued, so the receiver keeps every message', async () => {
    const registered = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    const aliceId = registered.account.accountId;
    const bobId = await registered.contacts.resolveHandle('bob');
    await registered.stop();

    // A clock that stands still: the burst issues t, t+1, … t+4, running ahead of it.
    const t = Date.now() + 60_000;
    const first = world.track(createEngine({ store: storeOf(registered), relayUrl: world.relay.url, now: () => t }));
    const burst = ['one', 'two', 'three', 'four', 'five'].map((text) => first.messaging.sendText(bobId, text));
    await first.flushOutbox();
    expect(burst.map((id) => first.messaging.get(id)?.sentAt)).toEqual([t, t + 1, t + 2, t + 3, t + 4]);
    await first.stop();

    // Restarted with the clock two milliseconds behind the last timestamp issued.
    const second = world.track(createEngine({ store: storeOf(registered), relayUrl: world.relay.url, now: () => t + 2 }));
    const after = ['six', 'seven', 'eight'].map((text) => second.messaging.sendText(bobId, text));
    await second.flushOutbox();
    expect(after.map((id) => second.messaging.get(id)?.sentAt)).toEqual([t + 5, t + 6, t + 7]);
    expect(storeOf(second).getItem('lastIssuedTimestamp')).toBe(t + 7);

    bob.start();
    await eventually(() => bodiesWith(bob, aliceId).length === 8, 20_000, 'all eight messages');
    expect(bodiesWith(bob, aliceId)).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']);
  });
});
