import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../engine/kernel/logger';
import { decodeContent, encodeContent } from '../../../../engine/messaging/content-codec';
import { OutboxRunner } from '../../../../engine/messaging/outbox';
import type { SendResult } from '../../../../engine/messaging/sender';
import { messagingJobs } from '../../../../engine/modules/messaging/jobs';
import { createDelivery, OutboxJobs } from '../../../../engine/pipeline/delivery';
import { RelayHttpError, RelayUnreachableError } from '../../../../engine/relay-client/errors';
import type { AccountId, LocalAccount, MessageId, Store } from '../../../../engine/store';
import { toAccountId, toDeviceId, toRegistrationId } from '../../../../engine/store';
import { fakeClock, memoryStore } from '../fixtures';

const me = toAccountId(randomUUID());
const bob = toAccountId(randomUUID());
const carol = toAccountId(randomUUID());
const dave = toAccountId(randomUUID());

const account: LocalAccount = {
  accountId: me,
  deviceId: toDeviceId(1),
  registrationId: toRegistrationId(1),
  identityKeyPair: new Uint8Array(1),
  profileKey: null,
  relayPassword: 'p',
  handle: 'me',
  createdAt: 0,
};

type Outcome = Error | undefined;

/**
 * The delivery pipeline and the messaging module's job handlers over a real store and
 * runner; what the relay answers each account is scripted (the transport's own behaviour
 * is tested against a real relay elsewhere).
 */
function harness(answer: (recipient: AccountId, attempt: number) => Outcome) {
  const clock = fakeClock();
  const store: Store = memoryStore(clock.now);
  const sends: Array<AccountId> = [];
  /** What went to this account's other devices. */
  const transcripts: Array<Uint8Array> = [];
  const attempts = new Map<AccountId, number>();
  const build = (): OutboxRunner => {
    const delivery = createDelivery({
      store,
      jobs: new OutboxJobs().register(...messagingJobs(store)),
      account: () => account,
      now: clock.now,
      log: silentLogger,
      send: (recipient, payload): Promise<SendResult> => {
        if (recipient === me) {
          transcripts.push(payload);
          return Promise.resolve({ deviceIds: [2], sealed: false, needsSync: true });
        }
        const attempt = (attempts.get(recipient) ?? 0) + 1;
        attempts.set(recipient, attempt);
        const outcome = answer(recipient, attempt);
        if (outcome !== undefined) return Promise.reject(outcome);
        sends.push(recipient);
        return Promise.resolve({ deviceIds: [1, 2], sealed: recipient !== dave, needsSync: true });
      },
      awaitsAcceptance: () => false,
      noteIdentityChange: () => undefined,
      identityChanged: () => undefined,
      messageChanged: () => undefined,
    });
    return new OutboxRunner({ store, now: clock.now, delegate: { ...delivery, storageFailed: () => undefined } });
  };
  const queue = (recipients: ReadonlyArray<AccountId>): MessageId => {
    const conversation = store.getOrCreateDirectConversation(bob);
    const inserted = store.insertMessage({
      conversationId: conversation.id,
      kind: 'text',
      direction: 'outgoing',
      senderAccountId: me,
      senderDeviceId: toDeviceId(1),
      serverGuid: null,
      sentAt: 1_000,
      receivedAt: 1_000,
      body: 'to everyone',
      status: 'pending',
      errorText: null,
    });
    if (!inserted.inserted) throw new Error('not inserted');
    store.enqueueOutbox({ kind: 'message', recipients, messageId: inserted.id, payload: encodeContent({ dataMessage: { body: 'to everyone', timestamp: 1_000 } }) });
    return inserted.id;
  };
  return { store, sends, transcripts, clock, build, queue };
}

describe('delivery to a recipient set', () => {
  it('sends to each recipient once: a retry after one failed skips those the relay already took', async () => {
    const h = harness((recipient, attempt) => (recipient === carol && attempt === 1 ? new RelayUnreachableError('http://relay') : undefined));
    const messageId = h.queue([bob, carol, dave]);
    const runner = h.build();
    await runner.whenIdle();
    expect(h.sends).toEqual([bob]);
    const [waiting] = h.store.listOutbox();
    expect(waiting?.recipients.map((recipient) => [recipient.accountId, recipient.sentAt !== null])).toEqual([
      [bob, true],
      [carol, false],
      [dave, false],
    ]);
    expect(h.store.getMessage(messageId)?.status).toBe('pending');

    h.clock.advance(1_000);
    await runner.whenIdle();
    expect(h.sends).toEqual([bob, carol, dave]);
    expect(h.store.getMessage(messageId)?.status).toBe('sent');
    // Every device of every recipient is recorded, with how it went.
    const sends = h.store
      .listMessageSends(messageId)
      .filter((send) => send.accountId !== me)
      .map((send) => [send.accountId, send.deviceId, send.sealed]);
    expect(sends).toHaveLength(6);
    expect(sends).toEqual(expect.arrayContaining([[bob, 1, true], [carol, 2, true], [dave, 1, false]]));

    // One transcript for this account's other devices, naming how each recipient got it.
    expect(h.store.countOutbox()).toBe(0);
    expect(h.transcripts).toHaveLength(1);
    const sent = decodeContent(h.transcripts[0] ?? new Uint8Array()).syncMessage?.sent;
    expect(sent?.destinationAccountId).toBe('');
    expect(sent?.unidentifiedStatus.map((status) => [status.destinationAccountId, status.unidentified])).toEqual([
      [bob, true],
      [carol, true],
      [dave, false],
    ]);
  });

  it('after a restart between two recipients, sends only to those still missing', async () => {
    let crashAfterBob = true;
    const h = harness((recipient) => (recipient === carol && crashAfterBob ? new RelayHttpError(503, 'down', 'down') : undefined));
    h.queue([bob, carol]);
    const first = h.build();
    await first.whenIdle();
    await first.stop();
    crashAfterBob = false;
    // A new runner over the same store: what the last one knew is only what it committed.
    h.clock.advance(60_000);
    const second = h.build();
    await second.whenIdle();
    expect(h.sends).toEqual([bob, carol]);
  });

  it('names the one contact of a direct item in its transcript', async () => {
    const h = harness(() => undefined);
    h.queue([bob]);
    await h.build().whenIdle();
    const sent = decodeContent(h.transcripts[0] ?? new Uint8Array()).syncMessage?.sent;
    expect(sent?.destinationAccountId).toBe(bob);
  });

  it('refuses an item to nobody, or to one account twice', () => {
    const h = harness(() => undefined);
    expect(() => h.store.enqueueOutbox({ kind: 'other', recipients: [], messageId: null, payload: new Uint8Array(1) })).toThrow(/outbox recipients/);
    expect(() => h.store.enqueueOutbox({ kind: 'other', recipients: [bob, bob], messageId: null, payload: new Uint8Array(1) })).toThrow(/outbox recipients/);
    expect(h.store.countOutbox()).toBe(0);
  });
});
