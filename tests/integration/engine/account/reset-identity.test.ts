/**
 * A contact reinstalls (new identity key, same account): the other side's next send is
 * blocked with a safety-number change until accepted, then goes through; the reset
 * device's old linked companions are gone from the relay.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { resetIdentity } from '../../../../engine/account/reset-identity';
import type { Engine } from '../../../../engine/engine';
import { createEngine } from '../../../../engine/compose';
import type { AccountId } from '../../../../engine/store';
import type { TestWorld } from '../engine/support';
import { eventually, linkDevice, registerPhone, worldPerTest } from '../engine/support';
import { relayOf, storeOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});

function bodiesWith(engine: Engine, peer: AccountId): Array<string | null> {
  const conversation = engine.conversations.direct(peer);
  return conversation === undefined ? [] : engine.messaging.list(conversation.id, 100).map((message) => message.body);
}

describe('resetIdentity', () => {
  it('gives the account a new identity that contacts must accept before sending again', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    const bobLaptop = await linkDevice(world, bob, 'bob-laptop');
    const bobId = await alice.contacts.resolveHandle('bob');
    alice.start();
    bob.start();
    alice.messaging.sendText(bobId, 'before');
    await eventually(() => bodiesWith(bob, alice.account.accountId).includes('before'), 20_000, 'the first message');
    const oldKey = bob.account.identityKeyPair;

    await bob.stop();
    await bobLaptop.stop();
    await resetIdentity(storeOf(bob), world.relay.url);
    expect(bob.account.identityKeyPair).not.toEqual(oldKey);
    const reborn = world.track(createEngine({ store: storeOf(bob), relayUrl: world.relay.url }));
    reborn.start();
    expect((await reborn.devices.list()).devices.map((device) => device.id)).toEqual([1]);

    const blocked = alice.messaging.sendText(bobId, 'after the reinstall');
    await eventually(() => alice.messaging.get(blocked)?.status === 'failed', 20_000, 'the send to be blocked');
    expect(alice.safety.pendingChanges().map((record) => record.addressName)).toEqual([bobId]);

    expect(alice.safety.acceptChange(bobId)).toBe(true);
    alice.messaging.sendText(bobId, 'accepted');
    await eventually(() => bodiesWith(reborn, alice.account.accountId).includes('accepted'), 20_000, 'the accepted message');
  });

  it('sends once the user accepted a new key, though the session kept from the old key cannot', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    const bobId = await alice.contacts.resolveHandle('bob');
    alice.start();
    bob.start();
    alice.messaging.sendText(bobId, 'before');
    await eventually(() => bodiesWith(bob, alice.account.accountId).includes('before'), 20_000, 'the first message');
    await bob.stop();
    await resetIdentity(storeOf(bob), world.relay.url);
    const reborn = world.track(createEngine({ store: storeOf(bob), relayUrl: world.relay.url }));
    reborn.start();

    // alice learns the new key from the relay's directory (as a send that fetches bob's
    // bundle records it) while her session from the old key stays current; she accepts.
    const bundle = await relayOf(alice).getPreKeyBundle(bobId, '*');
    expect(storeOf(alice).saveIdentityKey(bobId, Buffer.from(bundle.identityKey, 'base64'))).toBe('replaced');
    expect(alice.safety.acceptChange(bobId)).toBe(true);
    const after = alice.messaging.sendText(bobId, 'after accepting');
    await eventually(() => bodiesWith(reborn, alice.account.accountId).includes('after accepting'), 20_000, 'the message after accepting');
    expect(alice.messaging.get(after)?.status).not.toBe('failed');
  });

  it('is refused on a linked device', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const laptop = await linkDevice(world, alice, 'laptop');
    await expect(resetIdentity(storeOf(laptop), world.relay.url)).rejects.toThrow(/Only the primary device/);
  });
});
