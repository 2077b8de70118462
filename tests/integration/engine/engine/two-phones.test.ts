import { beforeEach, describe, expect, it } from 'vitest';
import type { TestWorld } from './support';
import { eventually, registerPhone, worldPerTest } from './support';

const currentWorld = worldPerTest();
let world: TestWorld;
beforeEach(() => {
  world = currentWorld();
});

describe('two phones', () => {
  it('exchange end-to-end-encrypted messages both ways, with delivery receipts', async () => {
    const alice = await registerPhone(world, 'alice', 'alice');
    const bob = await registerPhone(world, 'bob', 'bob');
    alice.start();
    bob.start();
    const bobId = await alice.contacts.resolveHandle('bob');
    const messageId = alice.messaging.sendText(bobId, 'hello bob');
    const aliceId = alice.account.accountId;
    await eventually(() => bob.conversations.direct(aliceId) !== undefined, 20_000, 'bob to receive');
    const bobConversation = bob.conversations.direct(aliceId);
    expect(bob.messaging.list(bobConversation?.id ?? ('' as never)).map((m) => m.body)).toEqual(['hello bob']);
    // bob never looked alice up, yet knows her handle: it came inside the message.
    expect(bob.contacts.get(aliceId)?.handle).toBe('alice');
    await eventually(() => alice.messaging.get(messageId)?.status === 'delivered', 20_000, 'delivery receipt');

    bob.messaging.sendText(aliceId, 'hi alice');
    const aliceConversation = alice.conversations.direct(bobId);
    await eventually(() => alice.messaging.list(aliceConversation?.id ?? ('' as never)).length === 2, 20_000, 'alice to receive');
    expect(alice.messaging.list(aliceConversation?.id ?? ('' as never)).map((m) => [m.direction, m.body])).toEqual([
      ['outgoing', 'hello bob'],
      ['incoming', 'hi alice'],
    ]);

    // bob reads the conversation: alice sees her message as read.
    bob.conversations.markRead(bobConversation?.id ?? ('' as never));
    await eventually(() => alice.messaging.get(messageId)?.status === 'read', 20_000, 'read receipt');
    const receipts = alice.messaging.deliveries(messageId).receipts;
    expect(receipts.map((receipt) => [receipt.accountId, receipt.deviceId])).toEqual([[bob.account.accountId, 1]]);
    expect(receipts[0]?.deliveredAt).toBeTypeOf('number');
    expect(receipts[0]?.readAt).toBeTypeOf('number');

    // Typing indicators arrive as events, and are not stored.
    const typing: Array<boolean> = [];
    bob.on('received', (event) => {
      if (event.kind === 'typing') typing.push(event.started);
    });
    await alice.messaging.typing(bobId, true);
    await alice.messaging.typing(bobId, false);
    await eventually(() => typing.length === 2, 20_000, 'typing events');
    expect(typing).toEqual([true, false]);
  });
});
