/**
 * Hostile values inside real ciphertext (timestamps ≥ 2^53 in a message, a reaction, an
 * edit, a delete, a quote, receipts) reach a desktop in its own process as part of its
 * backlog. Each is shown once as unreadable and acknowledged: the relay's queue drains,
 * the next message arrives, and after a SIGKILL and a restart nothing comes back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentFields } from '../../shared/proto/content';
import { ReceiptType } from '../../shared/proto/content';
import { encodeContent } from '../../engine/messaging/content-codec';
import { MessageSender } from '../../engine/messaging/sender';
import { Mutex } from '../../engine/mutex';
import { createSignalStores } from '../../engine/signal';
import type { DeviceReport } from './support/protocol';
import { FaultWorld, reportOf, settle } from './support/world';
import { relayOf } from '../../engine/testing';

let world: FaultWorld | undefined;
afterEach(async () => {
  await world?.cleanup();
  world = undefined;
});

/** Decodes as a float SQLite refuses in an INTEGER column: the old pipeline threw on it and never acknowledged. */
const huge = 2 ** 63;

function unreadable(report: DeviceReport, peer: string): number {
  return report.messages.filter((message) => message.peer === peer && message.kind === 'undecryptable').length;
}

describe('hostile values in a backlog', () => {
  it('are shown once, acknowledged, and never block or return, across a SIGKILL', async () => {
    world = await FaultWorld.create();
    const current = world;
    const alice = await current.registerPhone('alice');
    const bob = await current.registerPhone('bob');
    const config = await current.linkDesktop(alice, 'alice-desktop');
    const aliceId = await bob.engine.contacts.resolveHandle('alice');
    const bobId = bob.engine.account.accountId;

    let desktop = await current.startDevice(config);
    const { deviceId } = await desktop.report();
    bob.engine.messaging.sendText(aliceId, 'hello');
    await bob.engine.flushOutbox();
    const has = async (body: string): Promise<boolean> => (await desktop.report()).messages.some((message) => message.body === body);
    await settle(() => has('hello'), 30_000);
    await desktop.kill();

    const now = Date.now();
    const hostile: ReadonlyArray<ContentFields> = [
      { dataMessage: { body: 'from the future', timestamp: huge } },
      { dataMessage: { timestamp: now, reaction: { emoji: '👍', remove: false, targetAuthorAccountId: aliceId, targetSentTimestamp: huge } } },
      { editMessage: { targetSentTimestamp: huge, dataMessage: { body: 'edited', timestamp: now } } },
      { dataMessage: { timestamp: now, deleteTargetSentTimestamp: huge } },
      { dataMessage: { body: 'a reply', timestamp: now, quote: { targetAuthorAccountId: aliceId, targetSentTimestamp: huge, text: 'q' } } },
      { receiptMessage: { type: ReceiptType.READ, timestamps: [now, huge] } },
    ];
    // Through bob's real sessions, as a modified client would; bob's own engine is idle meanwhile.
    const sender = new MessageSender(bob.store, relayOf(bob.engine), createSignalStores(bob.store), () => bob.engine.account, new Mutex());
    for (const content of hostile) await sender.sendToAccount(aliceId, encodeContent(content), Date.now());
    bob.engine.messaging.sendText(aliceId, 'after the poison');
    await bob.engine.flushOutbox();
    expect(current.queuedFor(aliceId, deviceId)).toBeGreaterThanOrEqual(hostile.length + 1);

    desktop = await current.startDevice(config);
    await settle(async () => (await has('after the poison')) && current.queuedFor(aliceId, deviceId) === 0, 30_000);
    expect(await has('after the poison')).toBe(true);
    expect(current.queuedFor(aliceId, deviceId)).toBe(0);
    expect(unreadable(await desktop.report(), bobId)).toBe(hostile.length);

    // Acknowledged for good: a restart brings none of them back.
    await desktop.kill();
    desktop = await current.startDevice(config);
    bob.engine.messaging.sendText(aliceId, 'after the restart');
    await settle(() => has('after the restart'), 30_000);
    expect(unreadable(await desktop.report(), bobId)).toBe(hostile.length);
    expect(await has('after the restart')).toBe(true);
    // The phone took the same backlog live and is just as clean.
    await settle(() => reportOf(alice).messages.some((message) => message.body === 'after the restart'), 30_000);
    expect(unreadable(reportOf(alice), bobId)).toBe(hostile.length);
    expect(current.queuedFor(aliceId, 1)).toBe(0);
  });
});
