/**
 * Online-only sends from the client: `Transport.sendOnline` reaches this account's other
 * device while it is connected, through the same receive pipeline as any envelope, and
 * leaves nothing queued at the relay; a device that was offline never gets it.
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import { encodeContent } from '../../../../engine/messaging/content-codec';
import { MessageSender } from '../../../../engine/messaging/sender';
import { Transport } from '../../../../engine/messaging/transport';
import { Mutex } from '../../../../engine/mutex';
import { createSignalStores } from '../../../../engine/signal';
import type { AccountId } from '../../../../engine/store';
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

const bodiesWith = (engine: Engine, peer: AccountId): Array<string | null> => messagesWith(engine, peer).map((message) => message.body);

async function phoneWithDesktop(): Promise<{ readonly phone: Engine; readonly desktop: Engine; readonly peer: AccountId }> {
  const world = currentWorld();
  const phone = await registerPhone(world, 'alice', 'alice');
  const desktop = await linkDevice(world, phone, 'alice-desktop');
  const bob = await registerPhone(world, 'bob', 'bob');
  return { phone, desktop, peer: bob.account.accountId };
}

describe('Transport.sendOnline', () => {
  it('reaches this account’s connected desktop, which shows it like any transcript, and the relay keeps nothing', async () => {
    const world = currentWorld();
    const { phone, desktop, peer } = await phoneWithDesktop();
    desktop.start();
    await eventually(() => desktop.connectionState.kind === 'open', 20_000, 'the desktop’s socket');

    const timestamp = Date.now();
    const result = await transportOf(phone).sendOnline(phone.account.accountId, transcript(peer, 'said online', timestamp), timestamp);
    expect(result.deviceIds).toEqual([desktop.account.deviceId]);
    expect(await relayQueue(world, phone.account.accountId, desktop.account.deviceId)).toEqual([]);
    await eventually(() => bodiesWith(desktop, peer).includes('said online'), 20_000, 'the online transcript on the desktop');
    expect(bodiesWith(desktop, peer)).toEqual(['said online']);
  });

  it('never reaches a desktop that was offline when it was sent, while a queued send does', async () => {
    const world = currentWorld();
    const { phone, desktop, peer } = await phoneWithDesktop();
    const transport = transportOf(phone);
    const me = phone.account.accountId;

    const missed = Date.now();
    // The device list is checked as for any send: the offline desktop is named, and not an error.
    expect((await transport.sendOnline(me, transcript(peer, 'missed', missed), missed)).deviceIds).toEqual([desktop.account.deviceId]);
    expect(await relayQueue(world, me, desktop.account.deviceId)).toEqual([]);
    const queued = missed + 1;
    await transport.send(me, transcript(peer, 'queued', queued), queued, false);
    expect(await relayQueue(world, me, desktop.account.deviceId)).toHaveLength(1);

    desktop.start();
    await eventually(() => bodiesWith(desktop, peer).includes('queued'), 20_000, 'the queued transcript on the desktop');
    await eventuallyAsync(async () => (await relayQueue(world, me, desktop.account.deviceId)).length === 0, 20_000, 'the queue drained');
    expect(bodiesWith(desktop, peer)).toEqual(['queued']);
  });
});
