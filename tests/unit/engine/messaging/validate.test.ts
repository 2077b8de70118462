import { describe, expect, it } from 'vitest';
import { Envelope, EnvelopeType } from '../../../../shared/proto';
import type { EnvelopeFields } from '../../../../shared/proto';
import type { ContentFields } from '../../../../shared/proto/content';
import { Content, ReceiptType, SyncVerifiedState, TypingAction } from '../../../../shared/proto/content';
import {
  checkEnvelope,
  checkSealedSender,
  findContentProblem,
  isWireTimestamp,
  maxTimestampsPerList,
  maxWireTimestamp,
} from '../../../../engine/messaging/validate';

const alice = '11111111-1111-4111-8111-111111111111';
const bob = '22222222-2222-4222-8222-222222222222';
const guid = '8d5e1f0c-3b7a-4c62-9d1e-2f4a6b8c0d1e';
const now = 1_765_000_000_000;
/** A value no enum member has, as a hostile sender would put on the wire. */
function offTheList(value: number): never {
  return value as never;
}
/** Far beyond 2^53: decoded as a float that SQLite would refuse in an INTEGER column. */
const huge = 2 ** 63;

/** Through the wire and back, as the pipeline sees it. */
function envelope(fields: Partial<EnvelopeFields> = {}): Envelope {
  return Envelope.decode(
    Envelope.encode({
      type: EnvelopeType.CIPHERTEXT,
      sourceAccountId: alice,
      sourceDeviceId: 1,
      destinationAccountId: bob,
      destinationDeviceId: 1,
      clientTimestamp: now,
      serverTimestamp: now + 5,
      serverGuid: guid,
      content: Buffer.from('ciphertext'),
      ...fields,
    }).finish(),
  );
}

function content(fields: ContentFields): Content {
  return Content.decode(Content.encode(fields).finish());
}

describe('timestamps from the wire', () => {
  it('accepts 1 … 9999-12-31 and nothing else', () => {
    expect(isWireTimestamp(1)).toBe(true);
    expect(isWireTimestamp(now)).toBe(true);
    expect(isWireTimestamp(maxWireTimestamp)).toBe(true);
    expect(new Date(maxWireTimestamp).toISOString()).toBe('9999-12-31T23:59:59.999Z');
    for (const bad of [0, -1, maxWireTimestamp + 1, 2 ** 53, huge, 1.5, Number.NaN]) expect(isWireTimestamp(bad)).toBe(false);
  });
});

describe('checkEnvelope', () => {
  it('passes a well-formed envelope with its sender', () => {
    const result = checkEnvelope(envelope());
    expect(result).toMatchObject({ ok: true, envelope: { type: EnvelopeType.CIPHERTEXT, guid, source: { accountId: alice, deviceId: 1 } } });
  });

  it('refuses device 0 or 999 and a non-UUID account as an unattributable source', () => {
    for (const fields of [{ sourceDeviceId: 0 }, { sourceDeviceId: 999 }, { sourceAccountId: 'not-a-uuid' }, { sourceAccountId: null }]) {
      expect(checkEnvelope(envelope(fields))).toEqual({ ok: false, problem: 'source', guid, source: undefined });
    }
  });

  it('refuses huge or missing timestamps but still names the sender, so the problem can be shown', () => {
    expect(checkEnvelope(envelope({ clientTimestamp: huge }))).toMatchObject({
      ok: false,
      problem: 'client-timestamp',
      source: { accountId: alice, deviceId: 1 },
    });
    expect(checkEnvelope(envelope({ clientTimestamp: 0 }))).toMatchObject({ ok: false, problem: 'client-timestamp' });
    expect(checkEnvelope(envelope({ serverTimestamp: maxWireTimestamp + 1 }))).toMatchObject({ ok: false, problem: 'server-timestamp' });
  });

  it('refuses a guid that is not a UUID and a type it does not handle', () => {
    expect(checkEnvelope(envelope({ serverGuid: 'x'.repeat(40) }))).toMatchObject({ ok: false, problem: 'server-guid', guid: undefined });
    expect(checkEnvelope(envelope({ serverGuid: '' }))).toMatchObject({ ok: false, problem: 'server-guid' });
    expect(checkEnvelope(envelope({ type: EnvelopeType.UNKNOWN }))).toMatchObject({ ok: false, problem: 'type', guid });
    expect(checkEnvelope(envelope({ type: offTheList(42) }))).toMatchObject({ ok: false, problem: 'type' });
  });

  it('needs no source for sealed sender, and ignores one the relay added', () => {
    const sealed = checkEnvelope(envelope({ type: EnvelopeType.UNIDENTIFIED_SENDER, sourceAccountId: null, sourceDeviceId: null }));
    expect(sealed).toMatchObject({ ok: true, envelope: { source: undefined } });
    expect(checkEnvelope(envelope({ type: EnvelopeType.UNIDENTIFIED_SENDER, sourceDeviceId: 999 }))).toMatchObject({ ok: true });
  });
});

describe('checkSealedSender', () => {
  it('names a sender only for a UUID and a device 1…127', () => {
    expect(checkSealedSender(alice.toUpperCase(), 127)).toEqual({ accountId: alice, deviceId: 127 });
    expect(checkSealedSender(alice, 0)).toBeUndefined();
    expect(checkSealedSender(alice, 128)).toBeUndefined();
    expect(checkSealedSender('alice', 1)).toBeUndefined();
  });
});

describe('findContentProblem', () => {
  const data = { body: 'hi', timestamp: now };

  it('finds nothing wrong with ordinary content of every kind', () => {
    const fine: Array<ContentFields> = [
      { dataMessage: { ...data, profileKey: new Uint8Array(32), quote: { targetSentTimestamp: now - 1, targetAuthorAccountId: bob, text: 'q' } } },
      { dataMessage: { timestamp: now, reaction: { emoji: '👍', remove: false, targetAuthorAccountId: bob, targetSentTimestamp: now - 1 } } },
      { dataMessage: { timestamp: now, reaction: { emoji: '', remove: true, targetAuthorAccountId: bob, targetSentTimestamp: now - 1 } } },
      { dataMessage: { timestamp: now, deleteTargetSentTimestamp: now - 1 } },
      { editMessage: { targetSentTimestamp: now - 1, dataMessage: data } },
      { receiptMessage: { type: ReceiptType.READ, timestamps: [now, now - 1] } },
      { typingMessage: { timestamp: now, action: TypingAction.STOPPED } },
      { profile: { name: 'Alice', timestamp: now } },
      {
        syncMessage: {
          sent: { destinationAccountId: bob, timestamp: now, message: data, unidentifiedStatus: [{ destinationAccountId: bob, unidentified: true }] },
          read: [{ senderAccountId: bob, timestamp: now }],
          deleteForMe: [{ targetAuthorAccountId: bob, targetSentTimestamp: now }],
          verified: { accountId: bob, identityKey: new Uint8Array(33), state: SyncVerifiedState.VERIFIED },
        },
      },
    ];
    for (const fields of fine) expect(findContentProblem(content(fields))).toBeUndefined();
  });

  it('names the message, reaction, quote, delete and edit timestamps at or beyond 2^53', () => {
    const cases: Array<[ContentFields, string]> = [
      [{ dataMessage: { ...data, timestamp: huge } }, 'dataMessage.timestamp'],
      [{ dataMessage: { ...data, timestamp: 0 } }, 'dataMessage.timestamp'],
      [{ dataMessage: { ...data, quote: { targetSentTimestamp: huge, targetAuthorAccountId: bob, text: 'q' } } }, 'dataMessage.quote.targetSentTimestamp'],
      [
        { dataMessage: { timestamp: now, reaction: { emoji: '👍', remove: false, targetAuthorAccountId: bob, targetSentTimestamp: 2 ** 53 } } },
        'dataMessage.reaction.targetSentTimestamp',
      ],
      [{ dataMessage: { timestamp: now, deleteTargetSentTimestamp: huge } }, 'dataMessage.deleteTargetSentTimestamp'],
      [{ editMessage: { targetSentTimestamp: huge, dataMessage: data } }, 'editMessage.targetSentTimestamp'],
      [{ editMessage: { targetSentTimestamp: now, dataMessage: { ...data, timestamp: huge } } }, 'editMessage.dataMessage.timestamp'],
      [{ editMessage: { targetSentTimestamp: now } }, 'editMessage.dataMessage'],
      [{ receiptMessage: { type: ReceiptType.DELIVERY, timestamps: [now, huge] } }, 'receiptMessage.timestamps'],
      [{ typingMessage: { timestamp: huge, action: TypingAction.STARTED } }, 'typingMessage.timestamp'],
      [{ profile: { name: 'x', timestamp: huge } }, 'profile.timestamp'],
    ];
    for (const [fields, path] of cases) expect(findContentProblem(content(fields))).toBe(path);
  });

  it('names account ids that are not UUIDs, odd key lengths, long lists and unknown enum values', () => {
    const cases: Array<[ContentFields, string]> = [
      [{ dataMessage: { ...data, quote: { targetSentTimestamp: now, targetAuthorAccountId: 'bob', text: 'q' } } }, 'dataMessage.quote.targetAuthorAccountId'],
      [
        { dataMessage: { timestamp: now, reaction: { emoji: 'x'.repeat(33), remove: false, targetAuthorAccountId: bob, targetSentTimestamp: now } } },
        'dataMessage.reaction.emoji',
      ],
      [{ dataMessage: { ...data, profileKey: new Uint8Array(31) } }, 'dataMessage.profileKey'],
      [{ dataMessage: { ...data, body: 'x'.repeat(64_001) } }, 'dataMessage.body'],
      [{ receiptMessage: { type: offTheList(7), timestamps: [now] } }, 'receiptMessage.type'],
      [{ receiptMessage: { type: ReceiptType.DELIVERY, timestamps: Array.from({ length: maxTimestampsPerList + 1 }, (_, i) => now + i) } }, 'receiptMessage.timestamps'],
      [{ typingMessage: { timestamp: now, action: offTheList(9) } }, 'typingMessage.action'],
      [{ syncMessage: { sent: { destinationAccountId: '', timestamp: now, message: data } } }, 'syncMessage.sent.destinationAccountId'],
      [{ syncMessage: { sent: { destinationAccountId: bob, timestamp: huge, message: data } } }, 'syncMessage.sent.timestamp'],
      [{ syncMessage: { sent: { destinationAccountId: bob, timestamp: now, message: { ...data, timestamp: huge } } } }, 'syncMessage.sent.message.timestamp'],
      [{ syncMessage: { read: [{ senderAccountId: bob, timestamp: huge }] } }, 'syncMessage.read'],
      [{ syncMessage: { read: [{ senderAccountId: 'x', timestamp: now }] } }, 'syncMessage.read'],
      [{ syncMessage: { deleteForMe: [{ targetAuthorAccountId: bob, targetSentTimestamp: huge }] } }, 'syncMessage.deleteForMe'],
      [{ syncMessage: { verified: { accountId: 'x', identityKey: new Uint8Array(33), state: SyncVerifiedState.VERIFIED } } }, 'syncMessage.verified.accountId'],
      [{ syncMessage: { verified: { accountId: bob, identityKey: new Uint8Array(5), state: SyncVerifiedState.VERIFIED } } }, 'syncMessage.verified.identityKey'],
      [{ syncMessage: { verified: { accountId: bob, identityKey: new Uint8Array(33), state: offTheList(5) } } }, 'syncMessage.verified.state'],
    ];
    for (const [fields, path] of cases) expect(findContentProblem(content(fields))).toBe(path);
  });
});
