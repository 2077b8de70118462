/**
 * Transcripts for this account's other devices are never dropped on a failed lookup: a
 * phone that does not yet know its new desktop asks the relay for its own devices; when
 * that request fails (here a 429, in the fault tests a cut connection), the transcript
 * waits and is retried, instead of being taken as "this account has no other devices".
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { createEngine } from '../../../../engine/compose';
import { beginLinking, completeLinking } from '../../../../engine/linking/provisioning';
import type { AccountId } from '../../../../engine/store';
import { eventually, registerPhone, worldPerTest } from './support';
import { storeOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();

function outgoingBodies(engine: Engine, peer: AccountId): Array<string | null> {
  const conversation = engine.conversations.direct(peer);
  if (conversation === undefined) return [];
  return engine.messaging.list(conversation.id, 100).filter((message) => message.direction === 'outgoing').map((message) => message.body);
}

describe('transcripts to this account’s other devices', () => {
  it('are retried, not dropped, when looking up the account’s own devices fails', async () => {
    const world = currentWorld();
    const alice = await registerPhone(world, 'alice', 'alice');
    // Linked without history, so nothing tells the phone about its new desktop yet.
    const store = await world.openStore('alice-desktop');
    const pending = await beginLinking(world.relay.url);
    await alice.devices.provision(pending.url, { history: false });
    await completeLinking({ store, relayUrl: world.relay.url, inherited: await pending.inherited, deviceName: 'desk' });
    const desktop = world.track(createEngine({ store, relayUrl: world.relay.url }));
    await registerPhone(world, 'bob', 'bob');
    const bobId = await alice.contacts.resolveHandle('bob');
    // One pre-key fetch for alice, never refilled: the session with bob takes it, so the
    // lookup of alice's own devices for the transcript is refused with a 429.
    await world.restartRelay({ rateLimits: { preKeyFetchesPerAccount: { capacity: 1, refillPerSecond: 0 } } });
    alice.start();
    desktop.start();
    const message = alice.messaging.sendText(bobId, 'hello bob');

    const transcripts = (): Array<{ readonly attempts: number }> => storeOf(alice).listOutbox().filter((item) => item.kind === 'sync');
    // The message went out and queued its transcript: wait for the transcript's second
    // try (or for it to be gone, as it was before the fix).
    const sent = (): boolean => alice.messaging.get(message)?.status !== 'pending';
    await eventually(() => sent() && (transcripts().length === 0 || (transcripts()[0]?.attempts ?? 0) >= 2), 20_000, 'a second attempt at the transcript');
    expect(transcripts()).toHaveLength(1);

    await world.restartRelay();
    await eventually(() => outgoingBodies(desktop, bobId).includes('hello bob'), 30_000, 'the transcript on the desktop');
    expect(outgoingBodies(desktop, bobId)).toEqual(['hello bob']);
  });
});
