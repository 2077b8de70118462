/** Bad input and interruptions: each gives a visible, typed outcome and loses nothing. */
import { PrivateKey } from '@signalapp/libsignal-client';
import { beforeEach, describe, expect, it } from 'vitest';
import { Envelope, EnvelopeType } from '../../../../shared/proto';
import type { Engine } from '../../../../engine/engine';
import { createEngine } from '../../../../engine/compose';
import type { ReceivedEvent } from '../../../../engine/pipeline/receiver';
import type { AccountId } from '../../../../engine/store';
import type { TestWorld } from './support';
import { eventually, registerPhone, worldPerTest } from './support';
import { relayOf, storeOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});

async function pair(): Promise<{ alice: Engine; bob: Engine; aliceId: AccountId; bobId: AccountId }> {
  const alice = await registerPhone(world, 'alice', 'alice');
  const bob = await registerPhone(world, 'bob', 'bob');
  return { alice, bob, aliceId: alice.account.accountId, bobId: await alice.contacts.resolveHandle('bob') };
}

function messagesWith(engine: Engine, peer: AccountId): Array<{ body: string | null; kind: string; status: string }> {
  const conversation = engine.conversations.direct(peer);
  return conversation === undefined ? [] : engine.messaging.list(conversation.id, 1_000).map(({ body, kind, status }) => ({ body, kind, status }));
}

describe('engine under bad input and interruptions', () => {
  it('keeps messages composed offline across a restart and sends them in order', async () => {
    const { alice, bob, bobId, aliceId } = await pair();
    // alice is offline: nothing is started.
    for (const text of ['one', 'two', 'three']) alice.messaging.sendText(bobId, text);
    expect(storeOf(alice).countOutbox()).toBe(3);
    await alice.stop();
    storeOf(alice).close();

    const reopened = world.track(createEngine({ store: await world.openStore('alice'), relayUrl: world.relay.url }));
    reopened.start();
    bob.start();
    await eventually(() => messagesWith(bob, aliceId).length === 3, 20_000, 'the queued messages');
    expect(messagesWith(bob, aliceId).map((message) => message.body)).toEqual(['one', 'two', 'three']);
    await eventually(() => messagesWith(reopened, bobId).every((message) => message.status === 'delivered'), 20_000, 'receipts');
  });

  it('blocks sending when a contact’s identity key changed, until the user accepts it', async () => {
    const { alice, bob, bobId, aliceId } = await pair();
    // alice once saw a different key for bob (as after bob reinstalled): the real one is now a change.
    storeOf(alice).saveIdentityKey(bobId, PrivateKey.generate().getPublicKey().serialize());
    const events: Array<ReceivedEvent> = [];
    alice.on('received', (event) => events.push(event));
    alice.start();
    bob.start();
    const blocked = alice.messaging.sendText(bobId, 'should wait');
    await eventually(() => alice.messaging.get(blocked)?.status === 'failed', 20_000, 'the send to be blocked');
    expect(events).toContainEqual({ kind: 'identity-changed', accountId: bobId });
    expect(alice.safety.pendingChanges().map((record) => record.addressName)).toEqual([bobId]);
    expect(messagesWith(bob, aliceId)).toEqual([]);
    // alice's conversation shows the change next to the blocked message.
    expect(messagesWith(alice, bobId).map((message) => message.kind)).toEqual(['text', 'identity-change']);

    expect(alice.safety.acceptChange(bobId)).toBe(true);
    alice.messaging.sendText(bobId, 'after accepting');
    await eventually(() => messagesWith(bob, aliceId).length === 1, 20_000, 'the accepted send');
    expect(messagesWith(bob, aliceId)[0]?.body).toBe('after accepting');
    expect(alice.safety.pendingChanges()).toEqual([]);
  });

  it('drops a redelivered envelope, shows an undecryptable one in the conversation and tells the sender', async () => {
    const { alice, bob, bobId, aliceId } = await pair();
    alice.start();
    alice.messaging.sendText(bobId, 'only once');
    await alice.flushOutbox();
    // bob pulls the queued envelope instead of using the socket, and processes it twice.
    const { messages } = await relayOf(bob).fetchMessages();
    expect(messages).toHaveLength(1);
    const raw = Buffer.from(messages[0]?.envelope ?? '', 'base64');
    await bob.handleEnvelope(raw);
    await bob.handleEnvelope(raw);
    expect(messagesWith(bob, aliceId).map((message) => message.body)).toEqual(['only once']);

    // Bytes that are a valid envelope but no Signal message: shown as undecryptable.
    const garbage = Envelope.encode({
      type: EnvelopeType.CIPHERTEXT,
      sourceAccountId: aliceId,
      sourceDeviceId: 1,
      destinationAccountId: bobId,
      destinationDeviceId: 1,
      clientTimestamp: Date.now(),
      serverTimestamp: Date.now(),
      serverGuid: '8d5e1f0c-3b7a-4c62-9d1e-2f4a6b8c0d1e',
      content: Buffer.from('not a signal message at all, just bytes'),
    }).finish();
    await bob.handleEnvelope(garbage);
    expect(messagesWith(bob, aliceId)).toHaveLength(2);
    expect(messagesWith(bob, aliceId)[1]).toMatchObject({ kind: 'undecryptable', body: null });

    // A genuine message bob can no longer decrypt (he lost the session): shown, and alice is asked to resend.
    const reports: Array<ReceivedEvent> = [];
    alice.on('received', (event) => {
      if (event.kind === 'decryption-error-reported') reports.push(event);
    });
    alice.messaging.sendText(bobId, 'after bob lost his session');
    await alice.flushOutbox();
    const second = (await relayOf(bob).fetchMessages()).messages.map((message) => Buffer.from(message.envelope, 'base64'));
    storeOf(bob).deleteAllSessions(aliceId);
    for (const envelope of second) await bob.handleEnvelope(envelope);
    const shown = messagesWith(bob, aliceId);
    expect(shown).toHaveLength(3);
    expect(shown[2]).toMatchObject({ kind: 'undecryptable', body: null });
    await eventually(() => reports.length === 1, 20_000, 'the sender to be told');

    // Bytes that are not an envelope at all are dropped without harm.
    await bob.handleEnvelope(Buffer.from([0xff, 0xff, 0xff]));
    expect(messagesWith(bob, aliceId)).toHaveLength(3);
  });
});
