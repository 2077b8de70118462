/**
 * The `chats` IPC service: what a linked desktop shows (conversation list, pages of
 * messages) and everything the user does to messages. Views carry text, states and
 * small display data only, never key material.
 *
 * The list is computed in SQL (one indexed query, not a scan per conversation) and
 * changes reach the renderer as incremental upserts; bursts (a backlog arriving)
 * are coalesced into one change per conversation.
 */
import type {
  ConversationListChange,
  ConversationSummary,
  DeliveryDetail,
  MessagePreview,
  MessageView,
  NotificationView,
  QuoteView,
  ReactionView,
  chatsService,
} from '../../../shared/ipc/chats';
import type { AttachmentView } from '../../../shared/ipc/attachments';
import type { z } from 'zod';
import type { messageAnchorSchema } from '../../../shared/ipc/chats';
import { refused } from '../../../shared/ipc/errors';
import type { ServiceEmitter, ServiceHandler } from '../../../shared/ipc/service';
import type { Settings } from '../../../shared/ipc/settings';
import { defaultSettings } from '../../../shared/ipc/settings';
import type { Engine } from '../../../engine/engine';
import type { Disposer } from '../../../engine/kernel/emitter';
import { EngineError } from '../../../engine/kernel/errors';
import { directPeer, InvalidIdError } from '../../../engine/store';
import type { AccountId, Conversation, ConversationId, ConversationOverview, Message, MessageId, MessagePageAnchor } from '../../../engine/store';
import { MessageNotInConversationError } from '../../../engine/store/sql/messages';
import { toAttachmentView } from './attachments-handler';
import type { DesktopSession } from './desktop-session';
import { NotificationTracker } from './notification-tracker';

/** Bursts (a backlog arriving) become one change per conversation. */
const coalesceMs = 50;
/** A full list refresh (history import, unlink) at most this often. */
const fullRefreshMs = 500;
/** Messages arriving this close together notify once per conversation. */
const notificationCoalesceMs = 250;
/** A typing indicator without a fresh "started" goes out after this long. */
const typingTimeoutMs = 6_000;

export interface ChatsHandlerOptions {
  /** Notification preferences (settings service). */
  readonly settings: () => Promise<Settings>;
  readonly now?: () => number;
  /** The preferences could not be read, so a batch of notifications was not shown. */
  readonly onNotificationError?: (error: unknown) => void;
}

// --- views -------------------------------------------------------------------------

/** How a contact (or this account) is named: profile name, else handle, else account id. */
export function titleOf(engine: Engine, accountId: AccountId): string {
  const own = engine.account;
  if (own.accountId === accountId) {
    const name = engine.profile.get().name;
    return name !== '' ? name : (own.handle ?? accountId);
  }
  const recipient = engine.contacts.get(accountId);
  return recipient?.displayName ?? recipient?.handle ?? accountId;
}

/**
 * The list's one-line preview of a message, as data the renderer words; a message
 * without text is named by its first attachment. Events have none: the renderer names
 * them by their kind.
 */
export function previewOf(message: Message, engine: Engine): MessagePreview | null {
  if (message.kind !== 'text') return null;
  if (message.deletedForEveryone) return { kind: 'deleted' };
  if (message.body !== null && message.body.trim() !== '') return { kind: 'text', text: message.body.replace(/\s+/g, ' ').trim().slice(0, 120) };
  const first = engine.attachments.listForMessage(message.id)[0];
  const attachment = (kind: 'voice' | 'photo' | 'video' | 'audio' | 'file'): MessagePreview => ({ kind: 'attachment', attachment: kind, fileName: first?.fileName ?? null });
  if (first === undefined) return attachment('file');
  if (first.voiceNote) return attachment('voice');
  if (first.contentType.startsWith('image/')) return attachment('photo');
  if (first.contentType.startsWith('video/')) return attachment('video');
  if (first.contentType.startsWith('audio/')) return attachment('audio');
  return attachment('file');
}

/** What every list row needs about this account, read once per list rather than once per row. */
interface OwnIdentity {
  readonly accountId: AccountId | undefined;
  readonly title: string;
  readonly handle: string | null;
  readonly avatar: string | null;
}

function ownIdentity(engine: Engine): OwnIdentity {
  const own = engine.account;
  return {
    accountId: own.accountId,
    title: titleOf(engine, own.accountId),
    handle: own.handle,
    avatar: engine.profile.get().avatarDataUrl,
  };
}

export function summarizeOverviews(engine: Engine, overviews: ReadonlyArray<ConversationOverview>): Array<ConversationSummary> {
  const own = ownIdentity(engine);
  return overviews.map((overview) => summarizeOverview(engine, overview, own));
}

export function summarizeOverview(engine: Engine, overview: ConversationOverview, own: OwnIdentity = ownIdentity(engine)): ConversationSummary {
  const { conversation, recipient } = overview;
  const peer = directPeer(conversation);
  const isSelf = peer !== null && peer === own.accountId;
  const last = overview.lastMessage;
  return {
    id: conversation.id,
    title: conversation.title ?? (isSelf ? own.title : (recipient?.displayName ?? recipient?.handle ?? peer ?? conversation.id)),
    handle: isSelf ? own.handle : (recipient?.handle ?? null),
    avatarDataUrl: isSelf ? own.avatar : (recipient?.avatar ?? null),
    lastMessagePreview: last === null ? null : previewOf(last, engine),
    lastMessageAt: last?.sentAt ?? conversation.lastMessageAt,
    lastMessageDirection: last?.direction ?? null,
    lastMessageKind: last?.kind ?? null,
    unread: overview.unread,
    pinned: overview.pinnedAt !== null,
    archived: overview.archived,
    mutedUntil: overview.mutedUntil,
    draft: overview.draft,
    verified: overview.verified,
    identityChangePending: overview.identityChangePending,
    business:
      peer === null || isSelf || recipient?.kind !== 'business'
        ? null
        : { devices: engine.contacts.deviceCount(peer), previousDevices: recipient.previousDeviceCount, changedAt: recipient.devicesChangedAt },
  };
}

export function summarizeConversation(engine: Engine, conversation: Conversation): ConversationSummary {
  const [overview] = engine.conversations.overviews([conversation.id]);
  if (overview === undefined) throw refused('conversation-not-found');
  return summarizeOverview(engine, overview);
}

/** Attachment views of one message, in order. */
export type AttachmentViews = (messageId: MessageId) => Array<AttachmentView>;

export function storedAttachmentViews(engine: Engine): AttachmentViews {
  return (messageId) => engine.attachments.listForMessage(messageId).map(toAttachmentView);
}

/** Message views for a batch: reactions in one query, quotes resolved to the local message when present. */
export function toMessageViews(engine: Engine, messages: ReadonlyArray<Message>, attachments: AttachmentViews = storedAttachmentViews(engine)): Array<MessageView> {
  const me = engine.account.accountId;
  const reactions = new Map<MessageId, Array<{ emoji: string; accountId: AccountId }>>();
  for (const reaction of engine.messaging.reactions(messages.map((message) => message.id))) {
    const list = reactions.get(reaction.messageId) ?? [];
    list.push({ emoji: reaction.emoji, accountId: reaction.reactorAccountId });
    reactions.set(reaction.messageId, list);
  }
  const titles = new Map<AccountId, string>();
  const title = (accountId: AccountId): string => {
    let value = titles.get(accountId);
    if (value === undefined) {
      value = titleOf(engine, accountId);
      titles.set(accountId, value);
    }
    return value;
  };
  return messages.map((message) => {
    let quote: QuoteView | null = null;
    if (message.quote !== null) {
      const target = engine.messaging.findBySentAt(message.quote.authorAccountId, message.quote.sentAt);
      quote = {
        messageId: target?.conversationId === message.conversationId ? target.id : null,
        // This account's own name; the renderer says "You" from `fromMe`.
        authorTitle: title(message.quote.authorAccountId),
        fromMe: message.quote.authorAccountId === me,
        text: message.quote.text,
      };
    }
    const byEmoji = new Map<string, ReactionView>();
    for (const reaction of reactions.get(message.id) ?? []) {
      const view = byEmoji.get(reaction.emoji) ?? { emoji: reaction.emoji, reactors: [] };
      const reactor = { accountId: reaction.accountId, title: title(reaction.accountId), fromMe: reaction.accountId === me };
      if (reactor.fromMe) view.reactors.unshift(reactor);
      else view.reactors.push(reactor);
      byEmoji.set(reaction.emoji, view);
    }
    return {
      id: message.id,
      conversationId: message.conversationId,
      kind: message.kind,
      direction: message.direction,
      body: message.deletedForEveryone ? null : message.body,
      sentAt: message.sentAt,
      receivedAt: message.receivedAt,
      status: message.status,
      errorText: message.errorText,
      errorCode: message.errorCode,
      editedAt: message.editedAt,
      deletedForEveryone: message.deletedForEveryone,
      quote,
      reactions: [...byEmoji.values()],
      attachments: message.kind === 'text' && !message.deletedForEveryone ? attachments(message.id) : [],
    };
  });
}

export function toMessageView(engine: Engine, message: Message, attachments: AttachmentViews = storedAttachmentViews(engine)): MessageView {
  const [view] = toMessageViews(engine, [message], attachments);
  if (view === undefined) throw new Error('a message view went missing');
  return view;
}

/** Engine errors the user can act on become INVALID_ARGUMENT with their code and parameters; the rest stay internal. */
export async function userErrors<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof EngineError) throw refused(error.code, error.params);
    if (error instanceof MessageNotInConversationError) throw refused('message-not-in-conversation');
    if (error instanceof InvalidIdError) throw refused('invalid-id');
    throw error;
  }
}

export function linkedEngine(session: DesktopSession): Engine {
  const engine = session.engine;
  if (engine === undefined) throw refused('not-linked');
  return engine;
}

export function conversationOf(engine: Engine, id: ConversationId): Conversation {
  const conversation = engine.conversations.get(id);
  if (conversation === undefined) throw refused('conversation-not-found');
  return conversation;
}

export function messageOf(engine: Engine, id: MessageId): Message {
  const message = engine.messaging.get(id);
  if (message === undefined) throw refused('message-not-found');
  return message;
}

/** An anchor as the router parsed it (branded ids). */
type ParsedAnchor = z.output<typeof messageAnchorSchema>;

function toAnchor(anchor: ParsedAnchor): MessagePageAnchor {
  switch (anchor.kind) {
    case 'latest':
    case 'first-unread':
      return { kind: anchor.kind };
    case 'before':
    case 'after':
    case 'around':
      return { kind: anchor.kind, messageId: anchor.messageId };
  }
}

// --- the service -------------------------------------------------------------------

export function createChatsHandler(
  session: DesktopSession,
  emit: ServiceEmitter<typeof chatsService>,
  options: ChatsHandlerOptions = { settings: () => Promise.resolve(defaultSettings) },
): ServiceHandler<typeof chatsService> {
  const now = options.now ?? Date.now;

  // Incremental list changes: which conversations changed since the last flush.
  const known = new Set<string>();
  const pendingConversations = new Set<ConversationId>();
  const pendingMessages = new Map<ConversationId, Set<MessageId>>();
  let fullRefresh = false;
  let lastFullRefreshAt = 0;
  let timer: NodeJS.Timeout | undefined;

  const flush = (): void => {
    timer = undefined;
    const engine = session.engine;
    let change: ConversationListChange;
    if (fullRefresh || engine === undefined) {
      fullRefresh = false;
      lastFullRefreshAt = now();
      const all = engine === undefined ? [] : summarizeOverviews(engine, engine.conversations.overviews());
      const current = new Set(all.map((summary) => summary.id));
      change = { upserted: all, removedIds: [...known].filter((id) => !current.has(id)) };
      known.clear();
      for (const id of current) known.add(id);
    } else {
      const ids = [...pendingConversations];
      const upserted = summarizeOverviews(engine, engine.conversations.overviews(ids));
      const found = new Set(upserted.map((summary) => summary.id));
      const removedIds = ids.filter((id) => !found.has(id) && known.has(id));
      for (const id of found) known.add(id);
      for (const id of removedIds) known.delete(id);
      change = { upserted, removedIds };
    }
    pendingConversations.clear();
    const messages = [...pendingMessages];
    pendingMessages.clear();
    if (change.upserted.length > 0 || change.removedIds.length > 0) emit.onDidChangeConversations(change);
    for (const [conversationId, ids] of messages) emit.onDidChangeMessages({ conversationId, messageIds: [...ids] });
  };
  const schedule = (delay = coalesceMs): void => {
    if (timer !== undefined) return;
    timer = setTimeout(flush, delay);
    timer.unref();
  };
  const conversationChanged = (conversationId: ConversationId): void => {
    pendingConversations.add(conversationId);
    schedule();
  };
  const messagesChanged = (conversationId: ConversationId, messageIds: ReadonlyArray<MessageId>): void => {
    pendingConversations.add(conversationId);
    const set = pendingMessages.get(conversationId) ?? new Set<MessageId>();
    for (const id of messageIds) set.add(id);
    pendingMessages.set(conversationId, set);
    schedule();
  };
  const everythingChanged = (): void => {
    fullRefresh = true;
    schedule(Math.max(coalesceMs, lastFullRefreshAt + fullRefreshMs - now()));
  };

  // Typing: the contact's "started" holds for a few seconds unless renewed.
  const typingTimers = new Map<ConversationId, NodeJS.Timeout>();
  const setTyping = (conversationId: ConversationId, typing: boolean): void => {
    const previous = typingTimers.get(conversationId);
    clearTimeout(previous);
    typingTimers.delete(conversationId);
    if (typing) {
      const expire = setTimeout(() => {
        typingTimers.delete(conversationId);
        emit.onDidChangeTyping({ conversationId, typing: false });
      }, typingTimeoutMs);
      expire.unref();
      typingTimers.set(conversationId, expire);
    }
    if (typing || previous !== undefined) emit.onDidChangeTyping({ conversationId, typing });
  };

  const notifications = new NotificationTracker();
  const notify = (engine: Engine, messageId: MessageId, settings: Settings, update = false): void => {
    const message = engine.messaging.get(messageId);
    if (message?.direction !== 'incoming' || message.kind !== 'text') return;
    // Read or deleted while the batch waited: nothing left to announce.
    if (message.status !== 'received' || message.deletedForEveryone) return;
    // With previews hidden an edit changes nothing the notification shows.
    if (update && settings.notificationPreview !== 'name-and-message') return;
    const [overview] = engine.conversations.overviews([message.conversationId]);
    if (overview === undefined) return;
    if (overview.mutedUntil !== null && overview.mutedUntil > now()) return;
    const summary = summarizeOverview(engine, overview);
    const notification: NotificationView = {
      conversationId: message.conversationId,
      messageId: message.id,
      title: settings.notificationPreview === 'nothing' ? null : summary.title,
      preview: settings.notificationPreview === 'name-and-message' ? previewOf(message, engine) : null,
      update,
    };
    notifications.record(message);
    emit.onDidRequestNotification(notification);
  };

  // A notified message that is deleted or read (here or on another device) takes its
  // notification down; an edit replaces it.
  const followUpNotifications = (engine: Engine, conversationId: ConversationId, messageIds: ReadonlyArray<MessageId>): void => {
    const change = notifications.changed(conversationId, messageIds, (id) => engine.messaging.get(id));
    if (change === undefined) return;
    switch (change.followUp) {
      case 'retract':
        emit.onDidRetractNotification({ conversationId, messageIds: [change.messageId] });
        return;
      case 'replace':
        options.settings().then(
          (settings) => {
            if (settings.notificationsEnabled && session.engine === engine) notify(engine, change.messageId, settings, true);
          },
          (error: unknown) => {
            options.onNotificationError?.(error);
          },
        );
        return;
    }
  };

  // A backlog arriving at once (the desktop was offline) notifies once per conversation,
  // for its newest message, instead of once per message.
  const pendingNotifications = new Map<ConversationId, MessageId>();
  let notificationTimer: NodeJS.Timeout | undefined;
  const queueNotification = (engine: Engine, conversationId: ConversationId, messageId: MessageId): void => {
    pendingNotifications.set(conversationId, messageId);
    if (notificationTimer !== undefined) return;
    notificationTimer = setTimeout(() => {
      notificationTimer = undefined;
      const batch = [...pendingNotifications.values()];
      pendingNotifications.clear();
      if (session.engine !== engine) return;
      // The preferences are read once per batch, not once per conversation.
      options.settings().then(
        (settings) => {
          if (!settings.notificationsEnabled || session.engine !== engine) return;
          for (const id of batch) notify(engine, id, settings);
        },
        (error: unknown) => {
          options.onNotificationError?.(error);
        },
      );
    }, notificationCoalesceMs);
    notificationTimer.unref();
  };

  let engineDisposers: Array<Disposer> = [];
  const attach = (engine: Engine | undefined): void => {
    for (const dispose of engineDisposers) dispose();
    engineDisposers = [];
    for (const expire of typingTimers.values()) clearTimeout(expire);
    typingTimers.clear();
    notifications.clear();
    everythingChanged();
    if (engine === undefined) return;
    engineDisposers = [
      engine.on('messagesChanged', ({ conversationId, messageIds }) => {
        messagesChanged(conversationId, messageIds);
        followUpNotifications(engine, conversationId, messageIds);
      }),
      engine.on('conversationsChanged', ({ conversationIds }) => {
        for (const id of conversationIds) conversationChanged(id);
      }),
      engine.on('profileChanged', () => {
        // The note-to-self conversation shows the user's own name and picture.
        const self = engine.conversations.direct(engine.account.accountId);
        if (self !== undefined) conversationChanged(self.id);
      }),
      engine.on('received', (event) => {
        if (event.kind === 'typing') {
          const conversation = engine.conversations.direct(event.accountId);
          if (conversation !== undefined) setTyping(conversation.id, event.started);
        } else if (event.kind === 'message') {
          const message = engine.messaging.get(event.messageId);
          // A message from someone who was typing ends their indicator.
          if (message?.direction === 'incoming' && typingTimers.has(message.conversationId)) setTyping(message.conversationId, false);
          if (message?.direction === 'incoming' && message.kind === 'text') queueNotification(engine, message.conversationId, message.id);
        }
      }),
    ];
  };
  session.on('engine', attach);
  if (session.engine !== undefined) attach(session.engine);

  return {
    listConversations: () => {
      const engine = session.engine;
      if (engine === undefined) return [];
      const all = summarizeOverviews(engine, engine.conversations.overviews());
      for (const summary of all) known.add(summary.id);
      return all;
    },
    listMessages: (id, anchor, limit) =>
      userErrors(() => {
        const engine = session.engine;
        if (engine === undefined) return { messages: [], hasOlder: false, hasNewer: false, firstUnreadMessageId: null, unread: 0 };
        const conversation = conversationOf(engine, id);
        const page = engine.messaging.page(conversation.id, toAnchor(anchor), limit);
        const unread = engine.conversations.unread(conversation.id);
        return {
          messages: toMessageViews(engine, page.messages),
          hasOlder: page.hasOlder,
          hasNewer: page.hasNewer,
          firstUnreadMessageId: unread.firstId,
          unread: unread.count,
        };
      }),
    sendMessage: (id, message) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        const conversation = conversationOf(engine, id);
        const messageId = engine.messaging.send(conversation.id, {
          body: message.body,
          attachmentIds: message.attachmentIds,
          quoteMessageId: message.quoteMessageId,
        });
        // Sending clears the draft the composer kept.
        engine.conversations.update(conversation.id, { draft: null });
        return toMessageView(engine, messageOf(engine, messageId));
      }),
    retrySend: (id) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        const message = messageOf(engine, id);
        engine.messaging.retry(message.id);
        return toMessageView(engine, messageOf(engine, id));
      }),
    editMessage: (id, body) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        const message = messageOf(engine, id);
        engine.messaging.editMessage(message.id, body);
        return toMessageView(engine, messageOf(engine, id));
      }),
    deleteMessage: (id, scope) =>
      userErrors(async () => {
        const engine = linkedEngine(session);
        const message = messageOf(engine, id);
        if (scope === 'everyone') engine.messaging.deleteForEveryone(message.id);
        else await engine.messaging.deleteForMe(message.id);
        return null;
      }),
    react: (id, emoji) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        const message = messageOf(engine, id);
        engine.messaging.react(message.id, emoji);
        return toMessageView(engine, messageOf(engine, id));
      }),
    getDeliveryDetail: (id) =>
      userErrors((): DeliveryDetail => {
        const engine = linkedEngine(session);
        const message = messageOf(engine, id);
        const me = engine.account.accountId;
        const rows = new Map<string, DeliveryDetail['devices'][number]>();
        const row = (accountId: AccountId, deviceId: number): DeliveryDetail['devices'][number] => {
          const key = `${accountId}.${String(deviceId)}`;
          let value = rows.get(key);
          if (value === undefined) {
            value = {
              accountId,
              // The renderer words this account's own devices from `ownDevice`.
              title: titleOf(engine, accountId),
              deviceId,
              ownDevice: accountId === me,
              sentAt: null,
              deliveredAt: null,
              readAt: null,
              sealedSender: null,
            };
            rows.set(key, value);
          }
          return value;
        };
        const deliveries = engine.messaging.deliveries(message.id);
        for (const send of deliveries.sends) {
          Object.assign(row(send.accountId, send.deviceId), { sentAt: send.sentAt, sealedSender: send.sealed });
        }
        for (const receipt of deliveries.receipts) {
          Object.assign(row(receipt.accountId, receipt.deviceId), { deliveredAt: receipt.deliveredAt, readAt: receipt.readAt });
        }
        const devices = [...rows.values()].sort(
          (a, b) => Number(a.ownDevice) - Number(b.ownDevice) || a.accountId.localeCompare(b.accountId) || a.deviceId - b.deviceId,
        );
        return { message: toMessageView(engine, message), devices };
      }),
    markRead: (id) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        engine.conversations.markRead(conversationOf(engine, id).id);
        return null;
      }),
    setDraft: (id, text) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        engine.conversations.update(conversationOf(engine, id).id, { draft: text.trim() === '' ? null : text });
        return null;
      }),
    setPinned: (id, pinned) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        engine.conversations.update(conversationOf(engine, id).id, { pinned });
        return null;
      }),
    setArchived: (id, archived) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        engine.conversations.update(conversationOf(engine, id).id, { archived });
        return null;
      }),
    setMutedUntil: (id, mutedUntil) =>
      userErrors(() => {
        const engine = linkedEngine(session);
        engine.conversations.update(conversationOf(engine, id).id, { mutedUntil });
        return null;
      }),
    sendTyping: (id, typing) =>
      userErrors(async () => {
        const engine = linkedEngine(session);
        const conversation = conversationOf(engine, id);
        const peer = directPeer(conversation);
        if (peer === null || peer === engine.account.accountId) return null;
        // Ephemeral: offline or refused, the indicator is simply not shown; never an error for the user.
        await engine.messaging.typing(peer, typing).catch(() => undefined);
        return null;
      }),
    startChat: (handle) =>
      userErrors(async () => {
        const engine = linkedEngine(session);
        const accountId = await engine.contacts.resolveHandle(handle.replace(/^@/, ''));
        const conversation = engine.conversations.openDirect(accountId);
        known.add(conversation.id);
        conversationChanged(conversation.id);
        return summarizeConversation(engine, conversation);
      }),
  };
}
