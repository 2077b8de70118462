/**
 * The outbox, lane by lane (issue 10, items 4, 6 and 14): one contact's refused or
 * retrying message never holds another's, a refused message fails visibly and can be
 * sent again, `stop()` does not wait for the whole outbox, and what is owed to a contact
 * whose safety number changed waits for the user instead of being dropped.
 *
 * Each refusal is provoked for real: a relay started with a small body limit refuses a
 * large message (413, permanent), one started with a pre-key fetch budget of one answers
 * 429 (temporary) to a second new contact.
 */
import { EngineError } from '../../../../engine/kernel/errors';
import { beforeEach, describe, expect, it } from 'vitest';
import { UNLIMITED } from '../../../../server/rate-limit';
import { Envelope } from '../../../../shared/proto';
import { resetIdentity } from '../../../../engine/account/reset-identity';
import type { Engine } from '../../../../engine/engine';
import { createEngine } from '../../../../engine/compose';
import type { AccountId, MessageId } from '../../../../engine/store';
import type { TestWorld } from './support';
import { eventually, messagesWith, registerPhone, relayQueue, worldPerTest } from './support';
import { storeOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});


function bodiesWith(engine: Engine, peer: AccountId): Array<string | null> {
  return messagesWith(engine, peer).map((message) => message.body);
}

async function threePhones(): Promise<{ alice: Engine; bob: Engine; carol: Engine; aliceId: AccountId; bobId: AccountId; carolId: AccountId }> {
  const alice = await registerPhone(world, 'alice', 'alice');
  const bob = await registerPhone(world, 'bob', 'bob');
  const carol = await registerPhone(world, 'carol', 'carol');
  return { alice, bob, carol, aliceId: alice.account.accountId, bobId: await alice.contacts.resolveHandle('bob'), carolId: await alice.contacts.resolveHandle('carol') };
}

describe('outbox lanes', () => {
  it('fails a message the relay refuses for good, keeps every other send flowing, and sends it again on request', async () => {
    const { alice, bob, carol, aliceId, bobId, carolId } = await threePhones();
    // Large enough for ordinary messages, too small for a 30,000-character one.
    await world.restartRelay({ messagesBodyLimitBytes: 24 * 1024 });
    for (const engine of [alice, bob, carol]) engine.start();

    const big = 'a long letter '.repeat(2_200);
    const refused = alice.messaging.sendText(bobId, big);
    alice.messaging.sendText(bobId, 'and a short note');
    alice.messaging.sendText(carolId, 'hi carol');
    await eventually(() => bodiesWith(carol, aliceId).includes('hi carol'), 20_000, 'carol’s message');
    await eventually(() => bodiesWith(bob, aliceId).includes('and a short note'), 20_000, 'bob’s short note');
    await eventually(() => alice.messaging.get(refused)?.status === 'failed', 20_000, 'the refusal');
    expect(alice.messaging.get(refused)).toMatchObject({ status: 'failed', errorCode: 'send-refused' });
    expect(bodiesWith(bob, aliceId)).toEqual(['and a short note']);
    expect(storeOf(alice).countOutbox()).toBe(0);
    expect(() => {
      alice.messaging.retry(alice.messaging.sendText(carolId, 'not failed'));
    }).toThrow(new EngineError('retry-not-waiting'));

    // The cause goes away: the relay takes large bodies again.
    await world.restartRelay();
    const sentAt = alice.messaging.get(refused)?.sentAt;
    alice.messaging.retry(refused);
    expect(alice.messaging.get(refused)).toMatchObject({ status: 'pending', errorCode: null });
    await eventually(() => bodiesWith(bob, aliceId).includes(big), 20_000, 'the retried message');
    // Same sent timestamp: it takes its original place in the conversation.
    expect(bodiesWith(bob, aliceId)).toEqual([big, 'and a short note']);
    expect(messagesWith(bob, aliceId)[0]?.sentAt).toBe(sentAt);
    await eventually(() => alice.messaging.get(refused)?.status === 'delivered', 20_000, 'its delivery receipt');
  });

  it('backs off one contact’s lane after a temporary refusal while another contact’s messages go out', async () => {
    const { alice, bob, carol, aliceId, bobId, carolId } = await threePhones();
    // One pre-key fetch per account, never refilled: alice can start one new session, not two.
    await world.restartRelay({ rateLimits: { preKeyFetchesPerAccount: { capacity: 1, refillPerSecond: 0 } } });
    for (const engine of [alice, bob, carol]) engine.start();
    alice.messaging.sendText(carolId, 'carol 1');
    await eventually(() => bodiesWith(carol, aliceId).includes('carol 1'), 20_000, 'the first message to carol');

    const waiting = alice.messaging.sendText(bobId, 'bob 1');
    alice.messaging.sendText(carolId, 'carol 2');
    await eventually(() => storeOf(alice).listOutbox().some((item) => item.messageId === waiting && item.attempts > 0), 20_000, 'bob’s lane to back off');
    await eventually(() => bodiesWith(carol, aliceId).includes('carol 2'), 20_000, 'carol’s second message');
    const [retrying] = storeOf(alice).listOutbox().filter((item) => item.messageId === waiting);
    expect(retrying).toMatchObject({ lastError: 'http-429' });
    expect(retrying?.nextAttemptAt).toBeGreaterThan(retrying?.createdAt ?? Infinity);
    expect(alice.messaging.get(waiting)?.status).toBe('pending');
    expect(bodiesWith(bob, aliceId)).toEqual([]);

    // A relay without the tight limit: the lane's next attempt gets through by itself.
    await world.restartRelay();
    await eventually(() => bodiesWith(bob, aliceId).includes('bob 1'), 30_000, 'bob’s message after the backoff');
    expect(alice.messaging.get(waiting)?.status).not.toBe('failed');
  });

  it('stops after the send in flight, not the whole outbox, and sends the rest after a restart exactly once', async () => {
    const { alice, bobId } = await threePhones();
    await world.restartRelay({ rateLimits: UNLIMITED });
    const count = 2_000;
    const queued: Array<MessageId> = [];
    for (let i = 0; i < count; i++) queued.push(alice.messaging.sendText(bobId, `message ${String(i)}`));
    expect(storeOf(alice).countOutbox()).toBe(count);

    let stopping: Promise<void> | undefined;
    const stopped = new Promise<void>((resolve) => {
      alice.on('messageStatus', () => {
        stopping ??= alice.stop().then(resolve);
      });
    });
    alice.start();
    await stopped;
    const sentBeforeStop = count - storeOf(alice).countOutbox();
    expect(sentBeforeStop).toBeGreaterThanOrEqual(1);
    expect(sentBeforeStop).toBeLessThanOrEqual(4);

    const restarted = world.track(createEngine({ store: storeOf(alice), relayUrl: world.relay.url }));
    restarted.start();
    await restarted.flushOutbox();
    expect(storeOf(restarted).countOutbox()).toBe(0);
    // bob never connected: the relay holds exactly one envelope per message, none twice.
    const timestamps = (await relayQueue(world, bobId)).map(({ envelope }) => Envelope.decode(envelope).clientTimestamp);
    expect(timestamps).toHaveLength(count);
    expect(new Set(timestamps).size).toBe(count);
    expect(timestamps.sort((a, b) => a - b)).toEqual(queued.map((id) => restarted.messaging.get(id)?.sentAt));
  });
});

describe('a contact’s new safety number', () => {
  it('holds the receipts owed to them until the user accepts it, then sends them, so their message ends read', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const phone = await registerPhone(world, 'bob', 'bob');
    const aliceId = alice.account.accountId;
    const bobId = await alice.contacts.resolveHandle('bob');
    alice.start();
    phone.start();
    alice.messaging.sendText(bobId, 'hello bob');
    await eventually(() => bodiesWith(phone, aliceId).includes('hello bob'), 20_000, 'the first message');

    // bob reinstalls: a new identity key; alice learns it with his next message.
    await phone.stop();
    await resetIdentity(storeOf(phone), world.relay.url);
    const bob = world.track(createEngine({ store: storeOf(phone), relayUrl: world.relay.url }));
    bob.start();
    const fromBob = bob.messaging.sendText(aliceId, 'I reinstalled');
    await eventually(() => bodiesWith(alice, bobId).includes('I reinstalled'), 20_000, 'bob’s message');
    expect(alice.safety.pendingChanges().map((record) => record.addressName)).toEqual([bobId]);

    // What the user composes meanwhile fails visibly, as before; the receipt waits in the outbox.
    const composed = alice.messaging.sendText(bobId, 'written before accepting');
    await eventually(() => alice.messaging.get(composed)?.status === 'failed', 20_000, 'the composed message to fail');
    expect(alice.messaging.get(composed)?.errorCode).toBe('identity-changed');
    await eventually(() => storeOf(alice).listOutbox().some((item) => item.kind === 'receipt'), 20_000, 'the held delivery receipt');
    const conversation = alice.conversations.direct(bobId);
    if (conversation === undefined) throw new Error('no conversation');
    alice.conversations.markRead(conversation.id);
    await alice.flushOutbox();
    expect(storeOf(alice).listOutbox().map((item) => item.kind)).toEqual(['receipt', 'receipt']);
    expect(bob.messaging.get(fromBob)?.status).toBe('sent');

    expect(alice.safety.acceptChange(bobId)).toBe(true);
    await eventually(() => bob.messaging.get(fromBob)?.status === 'read', 20_000, 'the receipts after accepting');
    expect(storeOf(alice).countOutbox()).toBe(0);
    // And the message that failed goes out once asked to.
    alice.messaging.retry(composed);
    await eventually(() => bodiesWith(bob, aliceId).includes('written before accepting'), 20_000, 'the retried message');
  });
});
