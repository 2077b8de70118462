/**
 * Issue 5's proof on the engine side: a phone with 1,000 messages of history links a new
 * desktop; the desktop downloads, verifies and imports the history, then exchanges
 * messages both ways with a second account; all devices agree. A history blob whose
 * digest does not match is refused and nothing is imported.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { AttachmentIntegrityError } from '../../../../engine/crypto/errors';
import type { Engine } from '../../../../engine/engine';
import { createEngine } from '../../../../engine/compose';
import type { HistoryProgress } from '../../../../engine/linking/history';
import { importHistory } from '../../../../engine/linking/history';
import { beginLinking, completeLinking } from '../../../../engine/linking/provisioning';
import type { AccountId } from '../../../../engine/store';
import type { TestWorld } from './support';
import { eventually, registerPhone, worldPerTest } from './support';
import { relayOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});

function bodies(engine: Engine, peer: AccountId): Array<string> {
  const conversation = engine.conversations.direct(peer);
  return conversation === undefined ? [] : engine.messaging.list(conversation.id, 5_000).map((message) => `${message.direction}:${message.body ?? ''}`);
}

describe('linking with history', () => {
  it('syncs 1,000 messages of history to a new desktop, which then takes part in the conversation', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    const bobId = await alice.contacts.resolveHandle('bob');
    const aliceId = alice.account.accountId;
    alice.start();
    bob.start();
    for (let index = 0; index < 500; index++) {
      alice.messaging.sendText(bobId, `a${String(index)}`);
      bob.messaging.sendText(aliceId, `b${String(index)}`);
    }
    await eventually(() => bodies(alice, bobId).length === 1_000, 120_000, 'the history to exist');

    const desktopStore = await world.openStore('alice-desktop');
    const pending = await beginLinking(world.relay.url);
    await alice.devices.provision(pending.url);
    const inherited = await pending.inherited;
    expect(inherited.history?.messages).toBe(1_000);
    await completeLinking({ store: desktopStore, relayUrl: world.relay.url, inherited, deviceName: 'Desktop' });
    const desktop = world.track(createEngine({ store: desktopStore, relayUrl: world.relay.url }));
    const progress: Array<HistoryProgress> = [];
    const imported = await importHistory(desktopStore, relayOf(desktop), inherited.history ?? {}, { onProgress: (step) => progress.push(step) });
    expect(imported).toEqual({ conversations: 1, messages: 1_000 });
    expect(progress.at(-1)).toMatchObject({ phase: 'done', importedConversations: 1 });
    expect(progress.some((step) => step.phase === 'downloading')).toBe(true);
    expect(bodies(desktop, bobId)).toEqual(bodies(alice, bobId));
    // Imported and verified: the blob is gone from the relay.
    await expect(relayOf(desktop).downloadAttachment(inherited.history?.blobId ?? '')).rejects.toMatchObject({ status: 404 });

    desktop.start();
    desktop.messaging.sendText(bobId, 'from the desktop');
    bob.messaging.sendText(aliceId, 'to all of alice');
    await eventually(() => bodies(bob, aliceId).length === 1_002, 60_000, 'bob to see the desktop message');
    await eventually(() => bodies(desktop, bobId).length === 1_002 && bodies(alice, bobId).length === 1_002, 60_000, 'all devices to agree');
    expect(bodies(desktop, bobId)).toEqual(bodies(alice, bobId));
    expect(bodies(alice, bobId).slice(-2).sort()).toEqual(['incoming:to all of alice', 'outgoing:from the desktop']);
  }, 180_000);

  it('refuses a history blob that does not match its digest and imports nothing', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    await registerPhone(world, 'bob', 'bob');
    const bobId = await alice.contacts.resolveHandle('bob');
    alice.start();
    alice.messaging.sendText(bobId, 'some history');
    await alice.flushOutbox();

    const desktopStore = await world.openStore('alice-desktop');
    const pending = await beginLinking(world.relay.url);
    await alice.devices.provision(pending.url);
    const inherited = await pending.inherited;
    await completeLinking({ store: desktopStore, relayUrl: world.relay.url, inherited, deviceName: 'Desktop' });
    const desktop = world.track(createEngine({ store: desktopStore, relayUrl: world.relay.url }));
    const tampered = { ...inherited.history, digest: new Uint8Array(32).fill(1) };
    await expect(importHistory(desktopStore, relayOf(desktop), tampered)).rejects.toThrow(AttachmentIntegrityError);
    expect(desktopStore.listConversations()).toEqual([]);
  });
});
