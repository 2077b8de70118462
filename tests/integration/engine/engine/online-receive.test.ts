/**
 * Receiving online-only envelopes: the relay marks them (`x-parley-online`), and the
 * receive pipeline handles them as any envelope but leaves no `processed_envelopes` row,
 * since they are never redelivered. Queued envelopes are still recorded.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { encodeContent } from '../../../../engine/messaging/content-codec';
import { MessageSender } from '../../../../engine/messaging/sender';
import { Transport } from '../../../../engine/messaging/transport';
import { Mutex } from '../../../../engine/mutex';
import { createSignalStores } from '../../../../engine/signal';
import type { AccountId, Message, ServerGuid } from '../../../../engine/store';
import { relayOf, storeOf } from '../../../../engine/testing';
import { eventually, eventuallyAsync, linkDevice, messagesWith, registerPhone, relayQueue, worldPerTest } from './support';

const currentWorld = worldPerTest();

/** A transport over the phone's own store and sessions; the phone's engine stays idle meanwhile. */
function transportOf(engine: Engine): Transport {
  const store = storeOf(engine);
  const relay = relayOf(engine);
  const signal = createSignalStores(store);
  const sessionLock = new Mutex();
  const account = (): Engine['account'] => engine.account;
  const sender = new MessageSender(store, relay, signal, account, sessionLock);
  return new Transport({ store, relay, sender, signal, sessionLock, account, now: Date.now });
}

/** What this account said to `peer`, as its other devices learn it (a sent transcript). */
function transcript(peer: AccountId, body: string, timestamp: number): Uint8Array<ArrayBuffer> {
  return encodeContent({ syncMessage: { sent: { destinationAccountId: peer, timestamp, message: { body, timestamp } } } });
}

function messageWithBody(engine: Engine, peer: AccountId, body: string): Message | undefined {
  return messagesWith(engine, peer).find((message) => message.body === body);
}

/** The relay's guid for the envelope that carried a message, as the receiving device stored it. */
function guidOf(message: Message | undefined): ServerGuid {
  const guid = message?.serverGuid;
  if (guid === undefined || guid === null) throw new Error('The message has no server guid.');
  return guid;
}

describe('receiving online-only envelopes', () => {
  it('shows an online transcript on the connected desktop without recording its envelope, and records a queued one', async () => {
    const world = currentWorld();
    const phone = await registerPhone(world, 'alice', 'alice');
    const desktop = await linkDevice(world, phone, 'alice-desktop');
    const peer = (await registerPhone(world, 'bob', 'bob')).account.accountId;
    const transport = transportOf(phone);
    const me = phone.account.accountId;
    desktop.start();
    await eventually(() => desktop.connectionState.kind === 'open', 20_000, 'the desktop’s socket');

    const online = Date.now();
    await transport.sendOnline(me, transcript(peer, 'said online', online), online);
    await eventually(() => messageWithBody(desktop, peer, 'said online') !== undefined, 20_000, 'the online transcript on the desktop');
    const queued = online + 1;
    await transport.send(me, transcript(peer, 'said queued', queued), queued, false);
    await eventually(() => messageWithBody(desktop, peer, 'said queued') !== undefined, 20_000, 'the queued transcript on the desktop');
    await eventuallyAsync(async () => (await relayQueue(world, me, desktop.account.deviceId)).length === 0, 20_000, 'the queue drained');

    const store = storeOf(desktop);
    expect(store.hasProcessedEnvelope(guidOf(messageWithBody(desktop, peer, 'said online')))).toBe(false);
    expect(store.hasProcessedEnvelope(guidOf(messageWithBody(desktop, peer, 'said queued')))).toBe(true);
  });

  it('delivers a typing indicator as an event and records nothing for its envelope', async () => {
    const world = currentWorld();
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    alice.start();
    bob.start();
    const aliceId = alice.account.accountId;
    const bobId = await alice.contacts.resolveHandle('bob');
    const messageId = alice.messaging.sendText(bobId, 'hello bob');
    await eventually(() => alice.messaging.get(messageId)?.status === 'delivered', 20_000, 'the delivery receipt');
    // Nothing else is on its way to bob: the typing envelope is the only one he gets next.
    await eventuallyAsync(async () => (await relayQueue(world, bobId)).length === 0, 20_000, 'bob’s queue drained');
    const store = storeOf(bob);
    expect(store.hasProcessedEnvelope(guidOf(messageWithBody(bob, aliceId, 'hello bob')))).toBe(true);

    // The pipeline still looks every envelope up; that is where the typing envelope's guid shows.
    const lookedUp = vi.spyOn(store, 'hasProcessedEnvelope');
    const recorded = vi.spyOn(store, 'markEnvelopeProcessed');
    const typing: Array<boolean> = [];
    bob.on('received', (event) => {
      if (event.kind === 'typing') typing.push(event.started);
    });
    await alice.messaging.typing(bobId, true);
    await eventually(() => typing.length === 1, 20_000, 'the typing event');
    expect(typing).toEqual([true]);
    expect(recorded).not.toHaveBeenCalled();
    const guids = lookedUp.mock.calls.map(([guid]) => guid);
    expect(guids).toHaveLength(1);
    for (const guid of guids) expect(store.hasProcessedEnvelope(guid)).toBe(false);
  });
});
