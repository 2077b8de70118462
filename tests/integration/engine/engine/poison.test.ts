/**
 * Hostile values never poison the receive pipeline (issue 10, item 3): whatever a
 * contact's client puts inside the ciphertext, or a relay puts in the envelope, the
 * envelope is acknowledged (the relay's queue drains), the problem shows where a
 * conversation is known (else it is logged), and the next normal message arrives.
 *
 * The hostile contents go through a real session: a `MessageSender` over the sender's
 * own store and relay client encrypts them exactly as the engine would. The hostile
 * envelopes are put into the relay's own queue, as a misbehaving relay would.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { asAccountId, asDeviceId } from '../../../../shared/relay-api';
import { Envelope, EnvelopeType } from '../../../../shared/proto';
import type { EnvelopeFields } from '../../../../shared/proto';
import type { ContentFields } from '../../../../shared/proto/content';
import { ReceiptType, SyncVerifiedState, TypingAction } from '../../../../shared/proto/content';
import type { Engine } from '../../../../engine/engine';
import type { EngineLogger } from '../../../../engine/compose';
import { encodeContent } from '../../../../engine/messaging/content-codec';
import { MessageSender } from '../../../../engine/messaging/sender';
import { Mutex } from '../../../../engine/mutex';
import { createSignalStores } from '../../../../engine/signal';
import type { AccountId } from '../../../../engine/store';
import type { TestWorld } from './support';
import { eventually, eventuallyAsync, linkDevice, messagesWith, registerPhone, relayQueue, worldPerTest } from './support';
import { relayOf, storeOf } from '../../../../engine/testing';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});

/** Decodes as 9.2e18, a float: SQLite refuses it in an INTEGER column, so the old pipeline threw. */
const huge = 2 ** 63;

interface Warning {
  readonly fields: Readonly<Record<string, unknown>>;
}

function capturingLogger(): Pick<EngineLogger, 'warn'> & { readonly warnings: Array<Warning> } {
  const warnings: Array<Warning> = [];
  return {
    warnings,
    warn: (fields) => {
      warnings.push({ fields });
    },
  };
}


/** Encrypts and sends what the engine itself never would, through `from`'s real sessions. */
function hostileSender(from: Engine): MessageSender {
  return new MessageSender(storeOf(from), relayOf(from), createSignalStores(storeOf(from)), () => from.account, new Mutex());
}

/** alice and bob have talked (bob has a conversation with her); both are stopped, bob's logger records. */
async function pairThatTalked(): Promise<{ alice: Engine; bob: Engine; aliceId: AccountId; bobId: AccountId; log: ReturnType<typeof capturingLogger> }> {
  const log = capturingLogger();
  const alice = await registerPhone(world, 'alice', 'alice');
  const bob = await registerPhone(world, 'bob', 'bob', { logger: log });
  const aliceId = alice.account.accountId;
  const bobId = await alice.contacts.resolveHandle('bob');
  alice.start();
  bob.start();
  alice.messaging.sendText(bobId, 'hello');
  await eventually(() => messagesWith(bob, aliceId).length === 1, 20_000, 'the first message');
  await alice.flushOutbox();
  await bob.flushOutbox();
  await Promise.all([alice.stop(), bob.stop()]);
  return { alice, bob, aliceId, bobId, log };
}

describe('hostile values in what arrives', () => {
  it('shows content with out-of-range values as unreadable, acknowledges it, and takes the next message', async () => {
    const { alice, bob, aliceId, bobId } = await pairThatTalked();
    const now = Date.now();
    const hostile: Array<[string, ContentFields]> = [
      ['message timestamp', { dataMessage: { body: 'from the future', timestamp: huge } }],
      ['reaction target', { dataMessage: { timestamp: now, reaction: { emoji: '👍', remove: false, targetAuthorAccountId: bobId, targetSentTimestamp: huge } } }],
      ['edit target', { editMessage: { targetSentTimestamp: huge, dataMessage: { body: 'edited', timestamp: now } } }],
      ['delete target', { dataMessage: { timestamp: now, deleteTargetSentTimestamp: huge } }],
      ['quote target', { dataMessage: { body: 'a reply', timestamp: now, quote: { targetAuthorAccountId: bobId, targetSentTimestamp: huge, text: 'q' } } }],
      ['quote author', { dataMessage: { body: 'a reply', timestamp: now, quote: { targetAuthorAccountId: 'nobody', targetSentTimestamp: now, text: 'q' } } }],
      ['receipt timestamps', { receiptMessage: { type: ReceiptType.READ, timestamps: [now, huge] } }],
      ['typing', { typingMessage: { timestamp: huge, action: TypingAction.STARTED } }],
      ['profile', { profile: { name: 'Mallory', timestamp: huge } }],
    ];
    const sender = hostileSender(alice);
    for (const [, content] of hostile) await sender.sendToAccount(bobId, encodeContent(content), Date.now());
    alice.messaging.sendText(bobId, 'after the poison');
    await alice.flushOutbox();
    expect(await relayQueue(world, bobId)).toHaveLength(hostile.length + 1);

    bob.start();
    await eventually(() => messagesWith(bob, aliceId).some((message) => message.body === 'after the poison'), 20_000, 'the normal message');
    await eventuallyAsync(async () => (await relayQueue(world, bobId)).length === 0, 20_000, 'the queue to drain');
    const shown = messagesWith(bob, aliceId);
    expect(shown.filter((message) => message.kind === 'undecryptable').map((message) => message.errorCode)).toEqual(
      hostile.map(() => 'invalid-content'),
    );
    // Nothing of the hostile contents was applied.
    expect(shown.filter((message) => message.kind === 'text').map((message) => message.body)).toEqual(['hello', 'after the poison']);
    expect(bob.contacts.get(aliceId)?.displayName ?? null).toBeNull();
  });

  it('acknowledges envelopes a relay spoiled: shown where the sender’s conversation exists, logged where none can be named', async () => {
    const { alice, bob, aliceId, bobId, log } = await pairThatTalked();
    const now = Date.now();
    const base: EnvelopeFields = {
      type: EnvelopeType.CIPHERTEXT,
      sourceAccountId: aliceId,
      sourceDeviceId: 1,
      destinationAccountId: bobId,
      destinationDeviceId: 1,
      clientTimestamp: now,
      serverTimestamp: now,
      content: Buffer.from('ciphertext a relay cannot make'),
    };
    const shownCases: Array<Partial<EnvelopeFields>> = [
      { clientTimestamp: huge },
      { serverTimestamp: huge },
      { type: EnvelopeType.UNKNOWN },
      { serverGuid: 'not a uuid' },
    ];
    const loggedCases: Array<Partial<EnvelopeFields>> = [
      { sourceDeviceId: 0 },
      { sourceDeviceId: 999 },
      { sourceAccountId: 'alice' },
      // An account bob has no conversation with: an envelope never creates one on the relay's word.
      { sourceAccountId: randomUUID(), clientTimestamp: huge },
      { type: EnvelopeType.UNIDENTIFIED_SENDER, sourceAccountId: null, sourceDeviceId: null },
    ];
    await world.relay.stores.queues.enqueue(
      [...shownCases, ...loggedCases].map((fields) => ({
        accountId: asAccountId(bobId),
        deviceId: asDeviceId(1),
        guid: randomUUID(),
        serverTimestamp: now,
        expiresAt: now + 86_400_000,
        envelope: Envelope.encode({ ...base, serverGuid: randomUUID(), ...fields }).finish(),
      })),
    );
    alice.messaging.sendText(bobId, 'after the spoiled envelopes');
    await alice.flushOutbox();

    bob.start();
    await eventually(() => messagesWith(bob, aliceId).some((message) => message.body === 'after the spoiled envelopes'), 20_000, 'the normal message');
    await eventuallyAsync(async () => (await relayQueue(world, bobId)).length === 0, 20_000, 'the queue to drain');
    const unreadable = messagesWith(bob, aliceId).filter((message) => message.kind === 'undecryptable');
    expect(unreadable.map((message) => message.errorCode)).toEqual(shownCases.map(() => 'invalid-envelope'));
    expect(storeOf(bob).listConversations()).toHaveLength(1);
    const dropped = log.warnings.filter((warning) => warning.fields['event'] === 'envelope-dropped').map((warning) => warning.fields['reason']);
    expect(dropped).toEqual(['source', 'source', 'source', 'client-timestamp', 'sealed-sender']);
  });

  it('shows a sync message with out-of-range fields from the account’s own device as unreadable and keeps syncing', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    const desktop = await linkDevice(world, bob, 'bob-desktop');
    const aliceId = alice.account.accountId;
    const bobId = bob.account.accountId;
    const now = Date.now();
    const hostile: Array<ContentFields> = [
      { syncMessage: { sent: { destinationAccountId: '', timestamp: now, message: { body: 'to nobody', timestamp: now } } } },
      { syncMessage: { sent: { destinationAccountId: aliceId, timestamp: huge, message: { body: 'to alice', timestamp: huge } } } },
      { syncMessage: { read: [{ senderAccountId: aliceId, timestamp: huge }] } },
      { syncMessage: { deleteForMe: [{ targetAuthorAccountId: aliceId, targetSentTimestamp: huge }] } },
      { syncMessage: { verified: { accountId: aliceId, identityKey: new Uint8Array(7), state: SyncVerifiedState.VERIFIED } } },
    ];
    const sender = hostileSender(desktop);
    for (const content of hostile) await sender.sendToAccount(bobId, encodeContent(content), Date.now());
    // A real sent transcript from the same device, after the hostile ones.
    await desktop.contacts.resolveHandle('alice');
    desktop.messaging.sendText(aliceId, 'sent from the desktop');
    await desktop.flushOutbox();

    bob.start();
    await eventually(() => messagesWith(bob, aliceId).some((message) => message.body === 'sent from the desktop'), 20_000, 'the transcript');
    await eventuallyAsync(async () => (await relayQueue(world, bobId)).length === 0, 20_000, 'the queue to drain');
    const own = messagesWith(bob, bobId);
    expect(own.map((message) => [message.kind, message.errorCode])).toEqual(hostile.map(() => ['undecryptable', 'invalid-content']));
    expect(messagesWith(bob, aliceId).map((message) => [message.direction, message.body])).toEqual([['outgoing', 'sent from the desktop']]);
  });
});
