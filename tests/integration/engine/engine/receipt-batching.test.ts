/**
 * Delivery receipts are batched: a backlog answers with one receipt message per sender,
 * not one per message. The batching timer runs on the engine's scheduler, so this test
 * moves time by hand instead of waiting for it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ManualScheduler } from '../../../../engine/kernel/scheduler';
import type { TestWorld } from './support';
import { eventually, messagesWith, registerPhone, worldPerTest } from './support';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});


describe('delivery receipts', () => {
  it('are gathered on the scheduler and sent as one batch when it fires', async () => {
    const scheduler = new ManualScheduler();
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob', { scheduler });
    const aliceId = alice.account.accountId;
    const bobId = await alice.contacts.resolveHandle('bob');
    alice.start();
    bob.start();
    // The socket's keepalive waits on the same scheduler: count the timers beside it.
    await eventually(() => bob.connectionState.kind === 'open', 20_000, 'bob to connect');
    const beside = scheduler.pending;
    const sent = ['one', 'two', 'three'].map((text) => alice.messaging.sendText(bobId, text));
    await alice.flushOutbox();
    await eventually(() => messagesWith(bob, aliceId).length === 3, 20_000, 'bob to have the three messages');
    // One timer for the whole batch, and nothing sent back before it fires.
    expect(scheduler.pending).toBe(beside + 1);
    expect(sent.map((id) => alice.messaging.get(id)?.status)).toEqual(['sent', 'sent', 'sent']);

    scheduler.advance(150);
    expect(scheduler.pending).toBe(beside);
    await bob.flushOutbox();
    await eventually(() => sent.every((id) => alice.messaging.get(id)?.status === 'delivered'), 20_000, 'the receipts at alice');
  });
});
