/**
 * The `contacts` IPC service: who a conversation is with, the safety number both people
 * compare, and the verification that follows. The safety number and its QR payload are
 * public by design; no key material leaves the engine.
 */
import type { ContactView, contactsService } from '../../../shared/ipc/contacts';
import { refused } from '../../../shared/ipc/errors';
import type { ServiceEmitter, ServiceHandler } from '../../../shared/ipc/service';
import { groupSafetyNumber } from '../../../shared/safety-number';
import type { Engine } from '../../../engine/engine';
import type { Disposer } from '../../../engine/kernel/emitter';
import type { AccountId, Conversation, ConversationId } from '../../../engine/store';
import { directPeer } from '../../../engine/store';
import { toAttachmentView } from './attachments-handler';
import { conversationOf, linkedEngine, titleOf, userErrors } from './chats-handler';
import type { DesktopSession } from './desktop-session';

const sharedMediaLimit = 500;

function contactOf(engine: Engine, conversation: Conversation): ContactView {
  const accountId = recipientOf(conversation);
  const recipient = engine.contacts.get(accountId);
  const identity = engine.safety.state(accountId);
  const isSelf = accountId === engine.account.accountId;
  const profile = engine.profile.get();
  return {
    conversationId: conversation.id,
    accountId,
    title: titleOf(engine, accountId),
    profileName: isSelf ? profile.name || null : (recipient?.displayName ?? null),
    handle: isSelf ? engine.account.handle : (recipient?.handle ?? null),
    avatarDataUrl: isSelf ? profile.avatarDataUrl : (recipient?.avatar ?? null),
    verified: identity.verified,
    identityChangePending: identity.changePending,
    deviceCount: engine.contacts.deviceCount(accountId),
  };
}

function recipientOf(conversation: Conversation): AccountId {
  const peer = directPeer(conversation);
  if (peer === null) throw refused('group-not-supported');
  return peer;
}

export function createContactsHandler(
  session: DesktopSession,
  emit: ServiceEmitter<typeof contactsService>,
): ServiceHandler<typeof contactsService> {
  let disposers: Array<Disposer> = [];
  const attach = (engine: Engine | undefined): void => {
    for (const dispose of disposers) dispose();
    disposers = [];
    if (engine === undefined) return;
    disposers = [
      engine.on('contactChanged', ({ accountId }) => {
        const conversation = engine.conversations.direct(accountId);
        if (conversation !== undefined) emit.onDidChangeContact({ conversationId: conversation.id });
      }),
    ];
  };
  session.on('engine', attach);
  if (session.engine !== undefined) attach(session.engine);

  const withContact = <T>(id: ConversationId, work: (engine: Engine, conversation: Conversation, accountId: AccountId) => T): Promise<T> =>
    userErrors(() => {
      const engine = linkedEngine(session);
      const conversation = conversationOf(engine, id);
      return work(engine, conversation, recipientOf(conversation));
    });

  return {
    get: (id) => withContact(id, (engine, conversation) => contactOf(engine, conversation)),
    getSafetyNumber: (id) =>
      withContact(id, (engine, _conversation, accountId) => {
        const number = engine.safety.safetyNumber(accountId);
        return { digits: number.digits, groups: groupSafetyNumber(number.digits), qrPayload: number.qrPayload, verified: number.verified };
      }),
    compareSafetyNumber: (id, other) =>
      withContact(id, (engine, _conversation, accountId) => ({ matches: engine.safety.compare(accountId, other) })),
    setVerified: (id, verified) =>
      withContact(id, (engine, conversation, accountId) => {
        engine.safety.setVerified(accountId, verified);
        return contactOf(engine, conversation);
      }),
    acceptIdentityChange: (id) =>
      withContact(id, (engine, conversation, accountId) => {
        engine.safety.acceptChange(accountId);
        return contactOf(engine, conversation);
      }),
    listSharedMedia: (id) =>
      withContact(id, (engine, conversation) =>
        engine.attachments.listForConversation(conversation.id, sharedMediaLimit).map(toAttachmentView),
      ),
  };
}
