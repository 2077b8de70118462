/**
 * Sealed sender: once a contact's profile key is known (it travels inside E2EE
 * messages), messages to it are sealed: the relay queues them without a sender, and the
 * recipient learns the sender from the certificate inside, checked against the trust
 * root it pinned.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { Envelope, EnvelopeType } from '../../../../shared/proto';
import type { TestWorld } from './support';
import { eventually, registerPhone, worldPerTest } from './support';
import { relayOf, storeOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});

describe('sealed sender', () => {
  it('hides the sender from the relay once the recipient’s profile key is known', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    const bobId = await alice.contacts.resolveHandle('bob');
    const aliceId = alice.account.accountId;
    alice.start();
    bob.start();
    // The first message cannot be sealed: alice does not know bob's profile key yet.
    alice.messaging.sendText(bobId, 'hello bob');
    await eventually(() => bob.conversations.direct(aliceId) !== undefined, 20_000, 'the first message');
    expect(bob.contacts.get(aliceId)?.profileKey?.length).toBe(32);

    // bob now knows alice's profile key, so his reply is sealed. Catch it on the relay.
    await bob.stop();
    await alice.stop();
    bob.messaging.sendText(aliceId, 'sealed reply');
    await bob.flushOutbox();
    const queued = (await relayOf(alice).fetchMessages()).messages.map((message) => Envelope.decode(Buffer.from(message.envelope, 'base64')));
    const reply = queued.find((envelope) => envelope.type === EnvelopeType.UNIDENTIFIED_SENDER);
    expect(reply).toBeDefined();
    expect(reply?.sourceAccountId ?? null).toBeNull();
    expect(reply?.sourceDeviceId ?? null).toBeNull();

    alice.start();
    const conversation = alice.conversations.direct(bobId);
    await eventually(() => alice.messaging.list(conversation?.id ?? ('' as never)).length === 2, 20_000, 'the sealed reply');
    expect(alice.messaging.list(conversation?.id ?? ('' as never)).map((message) => [message.senderAccountId, message.body])).toEqual([
      [aliceId, 'hello bob'],
      [bobId, 'sealed reply'],
    ]);
    expect(storeOf(alice).getItem('relayTrustRoot')).toBe(await relayOf(alice).getTrustRoot());
  });
});
