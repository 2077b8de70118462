/**
 * Replies from a business's desktops to a customer, real relay and real SQLCipher engines:
 * each reply from a seated desktop is an entry in its audit chain on every business
 * device, naming the message as every device names it (the business account, the seat's
 * device, the sent timestamp); with `signReplies` on, the text ends with the agent's seat
 * name for the customer and on every business device, edits keep it, and attachments
 * alone get none; a personal account and an unseated desktop write no entry.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../../../../engine/engine';
import type { AccountId, MessageId } from '../../../../engine/store';
import { storeOf } from '../../../../engine/testing';
import type { PrimaryDevice } from '../../../../phone/primary-device';
import { BusinessWorld, standingSeats } from './support';

let world: BusinessWorld;
let owner: PrimaryDevice;
let a: Engine;
let b: Engine;
let unseated: Engine;
let customer: PrimaryDevice;
let business: AccountId;
let carol: AccountId;

beforeAll(async () => {
  world = await BusinessWorld.create();
  owner = await world.owner('Acme Support', 'acme');
  a = (await world.desktop(owner, 'desk-a', { name: 'Agent A', role: 'admin' })).engine;
  b = (await world.desktop(owner, 'desk-b', { name: 'Agent B', role: 'agent' })).engine;
  unseated = (await world.desktop(owner, 'desk-c')).engine;
  const seats = ['1:Acme Support:owner', '2:Agent A:admin', '3:Agent B:agent'];
  // vi.waitFor: expect.poll runs inside tests only.
  for (const engine of [a, b, unseated]) {
    await vi.waitFor(
      () => {
        expect(standingSeats(engine)).toEqual(seats);
      },
      { timeout: 30_000, interval: 100 },
    );
  }
  customer = await world.customer('carol');
  business = owner.engine.account.accountId;
  carol = customer.engine.account.accountId;
  await customer.send('acme', 'Where is my refund?');
}, 180_000);

afterAll(async () => {
  await world.cleanup();
}, 60_000);

const businessDevices = (): Array<Engine> => [owner.engine, a, b, unseated];
const seatOf = (engine: Engine): string => engine.inbox.mySeat()?.seatId ?? '';

/** Sends from `engine` and waits until the relay took it; returns the message's id and sent timestamp. */
async function reply(engine: Engine, body: string): Promise<{ id: MessageId; sentAt: number }> {
  const id = engine.messaging.sendText(carol, body);
  await engine.flushOutbox();
  return { id, sentAt: engine.messaging.get(id)?.sentAt ?? -1 };
}

/** Every reply entry a device holds for carol, as `seat:detail`. */
const replyEntries = (engine: Engine): Array<string> =>
  engine.inbox
    .activity(carol)
    .filter(({ entry }) => entry.action === 'reply')
    .map(({ entry }) => `${entry.seat}:${entry.detail}`);

/** The text a device holds for the business's message sent at `sentAt` (null: attachments only; undefined: not there). */
const textOn = (engine: Engine, sentAt: number): string | null | undefined => engine.messaging.findBySentAt(business, sentAt)?.body;

describe('replies to a customer', () => {
  it('are in the sending seat’s audit chain on every business device, where the chains verify and activity names the seat', async () => {
    const sent = await reply(a, 'We are on it');
    const expected = [`${seatOf(a)}:${String(sent.sentAt)}`];
    for (const engine of businessDevices()) await expect.poll(() => replyEntries(engine), { timeout: 30_000 }).toEqual(expected);
    for (const engine of businessDevices()) expect(engine.inbox.verifyAudit().every((check) => check.ok)).toBe(true);

    // B's activity lists it by A's seat; the entry names the message as B stores it.
    const [activity] = b.inbox.activity(carol).filter(({ entry }) => entry.action === 'reply');
    expect(activity?.entry).toMatchObject({ seat: seatOf(a), conversation: carol, detail: String(sent.sentAt) });
    const seat = b.inbox.roster().find((entry) => entry.seatId === activity?.entry.seat);
    await expect.poll(() => b.messaging.findBySentAt(business, sent.sentAt)?.senderDeviceId, { timeout: 30_000 }).toBe(seat?.deviceId);
    // Signing is off by default: the text is what A wrote, everywhere.
    await expect.poll(() => textOn(customer.engine, sent.sentAt), { timeout: 30_000 }).toBe('We are on it');
    expect(textOn(b, sent.sentAt)).toBe('We are on it');
  }, 120_000);

  it('are not audited from a personal account or an unseated desktop', async () => {
    const before = storeOf(owner.engine).listAuditEntries().length;
    const repliesBefore = replyEntries(owner.engine).length;
    await customer.send('acme', 'Hello again');
    const fromUnseated = await reply(unseated, 'Sent from a desktop without a seat');
    await expect.poll(() => textOn(customer.engine, fromUnseated.sentAt), { timeout: 30_000 }).toBe('Sent from a desktop without a seat');
    // An audited reply sent after both: once it is here, anything they had sent would be too.
    const marker = await reply(a, 'Marker');
    await expect.poll(() => replyEntries(owner.engine).length, { timeout: 30_000 }).toBe(repliesBefore + 1);
    expect(storeOf(owner.engine).listAuditEntries()).toHaveLength(before + 1);
    expect(replyEntries(owner.engine).at(-1)).toBe(`${seatOf(a)}:${String(marker.sentAt)}`);
    expect(storeOf(customer.engine).listAuditEntries()).toEqual([]);
    expect(storeOf(unseated).listAuditEntries().filter((row) => row.seat === storeOf(unseated).getItem('consoleSeat')?.seatId)).toEqual([]);
  }, 120_000);

  describe('with signReplies on', () => {
    beforeAll(async () => {
      a.inbox.setSetting('signReplies', true);
      await a.flushOutbox();
      await vi.waitFor(
        () => {
          expect(b.inbox.settings().signReplies).toBe(true);
        },
        { timeout: 30_000, interval: 100 },
      );
    }, 60_000);

    it('end with the agent’s seat name for the customer and on every business device', async () => {
      const fromA = await reply(a, 'Your refund is on its way');
      const fromB = await reply(b, 'Anything else?\n\n');
      await expect.poll(() => textOn(customer.engine, fromA.sentAt), { timeout: 30_000 }).toBe('Your refund is on its way\n— Agent A');
      await expect.poll(() => textOn(customer.engine, fromB.sentAt), { timeout: 30_000 }).toBe('Anything else?\n— Agent B');
      for (const engine of businessDevices()) {
        await expect.poll(() => textOn(engine, fromA.sentAt), { timeout: 30_000 }).toBe('Your refund is on its way\n— Agent A');
        await expect.poll(() => textOn(engine, fromB.sentAt), { timeout: 30_000 }).toBe('Anything else?\n— Agent B');
      }
      // A signature the agent typed already is not doubled.
      const typed = await reply(a, 'Thanks!\n— Agent A');
      await expect.poll(() => textOn(customer.engine, typed.sentAt), { timeout: 30_000 }).toBe('Thanks!\n— Agent A');
    }, 120_000);

    it('keep the signature when edited, without doubling it', async () => {
      const sent = await reply(a, 'It ships Monday');
      await expect.poll(() => textOn(customer.engine, sent.sentAt), { timeout: 30_000 }).toBe('It ships Monday\n— Agent A');
      a.messaging.editMessage(sent.id, 'It ships Tuesday');
      await a.flushOutbox();
      await expect.poll(() => textOn(customer.engine, sent.sentAt), { timeout: 30_000 }).toBe('It ships Tuesday\n— Agent A');
      await expect.poll(() => textOn(b, sent.sentAt), { timeout: 30_000 }).toBe('It ships Tuesday\n— Agent A');
      // Edited with the line left in place (as the stored text shows it): still one line.
      a.messaging.editMessage(sent.id, 'It ships Wednesday\n— Agent A');
      await a.flushOutbox();
      await expect.poll(() => textOn(customer.engine, sent.sentAt), { timeout: 30_000 }).toBe('It ships Wednesday\n— Agent A');
    }, 120_000);

    it('sign no attachment without text, and audit it like any reply', async () => {
      const staging = await a.attachments.beginStaging({
        contentType: 'text/plain',
        fileName: 'receipt.txt',
        size: 7,
        width: null,
        height: null,
        durationMs: null,
        voiceNote: false,
      });
      await a.attachments.appendStaging(staging, Buffer.from('receipt'));
      const staged = await a.attachments.finishStaging(staging);
      const conversationId = storeOf(a).getOrCreateDirectConversation(carol).id;
      const id = a.messaging.send(conversationId, { body: '', attachmentIds: [staged.id] });
      const sentAt = a.messaging.get(id)?.sentAt ?? -1;
      await expect.poll(() => textOn(customer.engine, sentAt), { timeout: 60_000 }).toBeNull();
      await expect.poll(() => replyEntries(b).at(-1), { timeout: 30_000 }).toBe(`${seatOf(a)}:${String(sentAt)}`);
    }, 120_000);

    it('stop being signed once the setting is off again', async () => {
      a.inbox.setSetting('signReplies', false);
      const sent = await reply(a, 'Goodbye');
      await expect.poll(() => textOn(customer.engine, sent.sentAt), { timeout: 30_000 }).toBe('Goodbye');
      await expect.poll(() => textOn(b, sent.sentAt), { timeout: 30_000 }).toBe('Goodbye');
      for (const engine of businessDevices()) await expect.poll(() => engine.inbox.verifyAudit().every((check) => check.ok), { timeout: 30_000 }).toBe(true);
    }, 120_000);
  });
});
