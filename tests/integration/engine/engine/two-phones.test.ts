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
    const bobId = await alice.resolveHandle('bob');
    const messageId = alice.sendText(bobId, 'hello bob');
    const aliceId = alice.account.accountId;
    await eventually(() => bob.store.getDirectConversation(aliceId) !== undefined, 20_000, 'bob to receive');
    const bobConversation = bob.store.getDirectConversation(aliceId);
    expect(bob.listMessages(bobConversation?.id ?? ('' as never)).map((m) => m.body)).toEqual(['hello bob']);
    // bob never looked alice up, yet knows her handle: it came inside the message.
    expect(bob.store.getRecipient(aliceId)?.handle).toBe('alice');
    await eventually(() => alice.store.getMessage(messageId)?.status === 'delivered', 20_000, 'delivery receipt');

    bob.sendText(aliceId, 'hi alice');
    const aliceConversation = alice.store.getDirectConversation(bobId);
    await eventually(() => alice.listMessages(aliceConversation?.id ?? ('' as never)).length === 2, 20_000, 'alice to receive');
    expect(alice.listMessages(aliceConversation?.id ?? ('' as never)).map((m) => [m.direction, m.body])).toEqual([
      ['outgoing', 'hello bob'],
      ['incoming', 'hi alice'],
    ]);

    // bob reads the conversation: alice sees her message as read.
    bob.markConversationRead(bobConversation?.id ?? ('' as never));
    await eventually(() => alice.store.getMessage(messageId)?.status === 'read', 20_000, 'read receipt');
    const receipts = alice.store.listReceipts(messageId);
    expect(receipts.map((receipt) => [receipt.accountId, receipt.deviceId])).toEqual([[bob.account.accountId, 1]]);
    expect(receipts[0]?.deliveredAt).toBeTypeOf('number');
    expect(receipts[0]?.readAt).toBeTypeOf('number');

    // Typing indicators arrive as events, and are not stored.
    const typing: Array<boolean> = [];
    bob.on('received', (event) => {
      if (event.kind === 'typing') typing.push(event.started);
    });
    await alice.sendTyping(bobId, true);
    await alice.sendTyping(bobId, false);
    await eventually(() => typing.length === 2, 20_000, 'typing events');
    expect(typing).toEqual([true, false]);
  });
});
