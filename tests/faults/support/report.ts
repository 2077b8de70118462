/** What a device holds, in the one shape every fault test compares (device processes and in-process phones alike). */
import type { Engine } from '../../../engine/engine';
import { directPeer } from '../../../engine/store';
import type { DeviceReport } from './protocol';
import { storeOf } from '../../../engine/testing';

export function reportEngine(engine: Engine): DeviceReport {
  const store = storeOf(engine);
  return {
    accountId: engine.account.accountId,
    deviceId: engine.account.deviceId,
    messages: store.listConversations().flatMap((conversation) =>
      store.listMessages(conversation.id, { limit: 1_000_000 }).map((message) => ({
        peer: directPeer(conversation) ?? '',
        sender: message.senderAccountId,
        kind: message.kind,
        sentAt: message.sentAt,
        body: message.body,
        status: message.status,
      })),
    ),
  };
}
