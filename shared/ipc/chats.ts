/**
 * The `chats` service: the conversation list, one conversation's messages (paged), and
 * everything a user does to messages. Views carry text, states and small display data
 * only; keys, attachment keys and digests never cross into the renderer.
 */
import { z } from 'zod';
// View types are what the host sends (`z.input`: ids as plain strings); the renderer
// receives them parsed, and the host receives its arguments parsed into branded ids.
import { AttachmentIdSchema, ConversationIdSchema, MessageIdSchema } from '../domain/ids';
import { messageErrorCodes } from '../domain/codes';
import { attachmentViewSchema } from './attachments';
import { defineService } from './service';

const timestampSchema = z.number().int().nonnegative();

/** A small square avatar (the renderer resizes before upload), as a data: URL. */
export const avatarDataUrlSchema = z
  .string()
  .max(200_000)
  .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/);

export const verifiedStateSchema = z.enum(['default', 'verified', 'unverified']);
export type VerifiedStateView = z.input<typeof verifiedStateSchema>;

/**
 * `text` covers every user message (with or without attachments); the rest are
 * conversation events shown centred.
 */
export const messageKindSchema = z.enum(['text', 'identity-change', 'undecryptable', 'verified-change']);
export type MessageKindView = z.input<typeof messageKindSchema>;

/**
 * What the list (and a notification) says of a message, as data the renderer words:
 * its text, that it was deleted, or the kind of its first attachment.
 */
export const messagePreviewSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('deleted') }),
  z.object({
    kind: z.literal('attachment'),
    attachment: z.enum(['voice', 'photo', 'video', 'audio', 'file']),
    /** A file's name, shown for `file`. */
    fileName: z.string().nullable(),
  }),
]);
export type MessagePreview = z.input<typeof messagePreviewSchema>;

export const conversationSummarySchema = z.object({
  id: ConversationIdSchema,
  /** The contact's profile name, else handle, else account id. */
  title: z.string(),
  /** `@handle` when known (shown under the name and used to start chats). */
  handle: z.string().nullable(),
  avatarDataUrl: avatarDataUrlSchema.nullable(),
  /** The newest visible message, as the list words it; null for none or for an event (see `lastMessageKind`). */
  lastMessagePreview: messagePreviewSchema.nullable(),
  lastMessageAt: timestampSchema.nullable(),
  lastMessageDirection: z.enum(['incoming', 'outgoing']).nullable(),
  /** What the newest message is: the list phrases an event's preview from its kind. */
  lastMessageKind: messageKindSchema.nullable(),
  unread: z.number().int().nonnegative(),
  pinned: z.boolean(),
  archived: z.boolean(),
  /** Muted until this time (ms since the epoch); `Number.MAX_SAFE_INTEGER` is "always". */
  mutedUntil: timestampSchema.nullable(),
  /** The unsent composer text kept for this chat, if any. */
  draft: z.string().nullable(),
  verified: verifiedStateSchema,
  /** The contact's safety number changed and sending waits until the user accepts it. */
  identityChangePending: z.boolean(),
  /**
   * A business account (as the relay reports it): its messages are end-to-end encrypted
   * to the business's own devices, `devices` of them now; `previousDevices` and
   * `changedAt` say when that number last changed. Null for a person.
   */
  business: z
    .object({
      devices: z.number().int().nonnegative(),
      previousDevices: z.number().int().nonnegative().nullable(),
      changedAt: timestampSchema.nullable(),
    })
    .nullable(),
});
export type ConversationSummary = z.input<typeof conversationSummarySchema>;

export const messageStatusSchema = z.enum(['pending', 'sent', 'delivered', 'read', 'failed', 'received']);
export type MessageStatusView = z.input<typeof messageStatusSchema>;

/**
 * Why a message failed to send or could not be read, for the renderer to phrase (the
 * host never sends words for these). Sending: `send-refused` (the relay refused it for
 * good), `send-invalid`, `send-failed`, `identity-changed` (the safety number changed
 * first), `upload-failed`. Receiving (`undecryptable` rows): `decryption-failed`,
 * `untrusted-identity`, `malformed-content`, `invalid-content` (values out of range),
 * `invalid-envelope`.
 */
export const messageErrorCodeSchema = z.enum(messageErrorCodes);
export type MessageErrorCodeView = z.input<typeof messageErrorCodeSchema>;

export const quoteViewSchema = z.object({
  /** The quoted message when this device has it (to jump to), else null. */
  messageId: MessageIdSchema.nullable(),
  authorTitle: z.string(),
  fromMe: z.boolean(),
  text: z.string(),
});
export type QuoteView = z.input<typeof quoteViewSchema>;

export const reactionViewSchema = z.object({
  emoji: z.string().min(1).max(32),
  /** Who reacted with it: the user first when they did. */
  reactors: z.array(z.object({ accountId: z.string(), title: z.string(), fromMe: z.boolean() })),
});
export type ReactionView = z.input<typeof reactionViewSchema>;

export const messageViewSchema = z.object({
  id: MessageIdSchema,
  conversationId: ConversationIdSchema,
  kind: messageKindSchema,
  direction: z.enum(['incoming', 'outgoing']),
  /** null for a message deleted for everyone, or one with attachments only. */
  body: z.string().nullable(),
  sentAt: timestampSchema,
  receivedAt: timestampSchema,
  status: messageStatusSchema,
  /** Words older builds stored for an event row; new rows carry `errorCode` instead. */
  errorText: z.string().nullable(),
  /** Why it failed to send (status `failed`) or could not be read; absent or null when neither. */
  errorCode: messageErrorCodeSchema.nullable().optional(),
  /** When the author last edited it; null if never. */
  editedAt: timestampSchema.nullable(),
  deletedForEveryone: z.boolean(),
  quote: quoteViewSchema.nullable(),
  reactions: z.array(reactionViewSchema),
  attachments: z.array(attachmentViewSchema),
});
export type MessageView = z.input<typeof messageViewSchema>;

/** Where a page of messages starts; ids name messages already on screen. */
export const messageAnchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latest') }),
  /** Around the oldest unread message (or latest when all are read). */
  z.object({ kind: z.literal('first-unread') }),
  z.object({ kind: z.literal('before'), messageId: MessageIdSchema }),
  z.object({ kind: z.literal('after'), messageId: MessageIdSchema }),
  /** Centred on one message: a search hit or a quote being opened. */
  z.object({ kind: z.literal('around'), messageId: MessageIdSchema }),
]);
/** What the renderer passes (plain strings); the host receives it parsed. */
export type MessageAnchor = z.input<typeof messageAnchorSchema>;

export const messagePageSchema = z.object({
  /** Oldest first. */
  messages: z.array(messageViewSchema),
  hasOlder: z.boolean(),
  hasNewer: z.boolean(),
  /** The oldest unread incoming message when the page was read, for the "new messages" marker. */
  firstUnreadMessageId: MessageIdSchema.nullable(),
  unread: z.number().int().nonnegative(),
});
export type MessagePage = z.input<typeof messagePageSchema>;

/** One message body: generous for pasted text, bounded so one call cannot flood the host. */
export const messageBodySchema = z.string().max(64_000);

export const outgoingMessageSchema = z
  .object({
    body: messageBodySchema,
    /** Ids from `attachments.finishUpload`, in the order shown. */
    attachmentIds: z.array(AttachmentIdSchema).max(32),
    quoteMessageId: MessageIdSchema.nullable(),
  })
  .refine((message) => message.body.trim().length > 0 || message.attachmentIds.length > 0, {
    message: 'A message needs text or an attachment.',
  });
export type OutgoingMessage = z.input<typeof outgoingMessageSchema>;

export const deliveryDetailSchema = z.object({
  message: messageViewSchema,
  /** One row per device the message was encrypted for (recipients and the user's other devices). */
  devices: z.array(
    z.object({
      accountId: z.string(),
      title: z.string(),
      deviceId: z.number().int().min(1).max(127),
      /** This account's own other device (a sync transcript), not the recipient. */
      ownDevice: z.boolean(),
      sentAt: timestampSchema.nullable(),
      deliveredAt: timestampSchema.nullable(),
      readAt: timestampSchema.nullable(),
      /** Whether it went sealed-sender (the relay did not learn the sender); null when not known. */
      sealedSender: z.boolean().nullable(),
    }),
  ),
});
export type DeliveryDetail = z.input<typeof deliveryDetailSchema>;

export const conversationListChangeSchema = z.object({
  /** Added or changed conversations (whole summaries). */
  upserted: z.array(conversationSummarySchema),
  removedIds: z.array(ConversationIdSchema),
});
export type ConversationListChange = z.input<typeof conversationListChangeSchema>;

/** What a new message notification shows, as data; the renderer words it and shows it (in both hosts). */
export const notificationSchema = z.object({
  conversationId: ConversationIdSchema,
  messageId: MessageIdSchema,
  /** The sender's name; null when the settings hide it (the renderer says the app's name). */
  title: z.string().nullable(),
  /** The message; null when the settings hide it (the renderer says "New message"). */
  preview: messagePreviewSchema.nullable(),
  /**
   * True when it replaces the shown notification of the same message (the sender
   * edited it): shown silently, and only where that notification is still up.
   */
  update: z.boolean(),
});
export type NotificationView = z.input<typeof notificationSchema>;

/** Notifications to take down: their message was deleted, or read here or on another device. */
export const notificationRetractionSchema = z.object({
  conversationId: ConversationIdSchema,
  messageIds: z.array(MessageIdSchema),
});
export type NotificationRetraction = z.input<typeof notificationRetractionSchema>;

export const handleInputSchema = z.string().trim().min(1).max(64);

export const chatsService = defineService({
  name: 'chats',
  methods: {
    /** Every conversation, pinned first, then most recent activity; empty until linked. */
    listConversations: { args: z.tuple([]), result: z.array(conversationSummarySchema) },
    listMessages: {
      args: z.tuple([ConversationIdSchema, messageAnchorSchema, z.number().int().min(1).max(500)]),
      result: messagePageSchema,
    },
    /** Stores and queues the message (sent when the relay is reachable) and returns it. */
    sendMessage: { args: z.tuple([ConversationIdSchema, outgoingMessageSchema]), result: messageViewSchema },
    /**
     * Sends a failed message of the user's again (same sent time, so a recipient who did
     * get it keeps one copy); it is pending again at once and changes as it goes.
     */
    retrySend: { args: z.tuple([MessageIdSchema]), result: messageViewSchema },
    /** Replaces the text of one of the user's own messages, for everyone. */
    editMessage: { args: z.tuple([MessageIdSchema, messageBodySchema.min(1)]), result: messageViewSchema },
    /** `me` removes it on this account's devices; `everyone` (own messages only) for all. */
    deleteMessage: { args: z.tuple([MessageIdSchema, z.enum(['me', 'everyone'])]), result: z.null() },
    /** Sets the user's reaction (one per message); null removes it. */
    react: { args: z.tuple([MessageIdSchema, z.string().min(1).max(32).nullable()]), result: messageViewSchema },
    /** Per-device delivery state of one outgoing message. */
    getDeliveryDetail: { args: z.tuple([MessageIdSchema]), result: deliveryDetailSchema },
    /** The user looked at the conversation: incoming messages become read (and senders are told). */
    markRead: { args: z.tuple([ConversationIdSchema]), result: z.null() },
    /** Kept in the encrypted store so it survives a restart; empty text clears it. */
    setDraft: { args: z.tuple([ConversationIdSchema, messageBodySchema]), result: z.null() },
    setPinned: { args: z.tuple([ConversationIdSchema, z.boolean()]), result: z.null() },
    setArchived: { args: z.tuple([ConversationIdSchema, z.boolean()]), result: z.null() },
    /** null unmutes. */
    setMutedUntil: { args: z.tuple([ConversationIdSchema, timestampSchema.nullable()]), result: z.null() },
    /** Typing indicator to the contact (ephemeral). */
    sendTyping: { args: z.tuple([ConversationIdSchema, z.boolean()]), result: z.null() },
    /** Looks the handle up on the relay and opens (or creates) the chat with it. */
    startChat: { args: z.tuple([handleInputSchema]), result: conversationSummarySchema },
  },
  events: {
    onDidChangeConversations: conversationListChangeSchema,
    /** Messages of this conversation changed (arrived, sent, delivered, edited, reacted…). */
    onDidChangeMessages: z.object({ conversationId: ConversationIdSchema, messageIds: z.array(MessageIdSchema) }),
    onDidChangeTyping: z.object({ conversationId: ConversationIdSchema, typing: z.boolean() }),
    /**
     * A message arrived that should notify. The Electron host shows a native
     * notification itself; the browser host asks the renderer to (Web Notifications).
     */
    onDidRequestNotification: notificationSchema,
    /** Close the notifications of these messages (both hosts: Electron's main process closes its own). */
    onDidRetractNotification: notificationRetractionSchema,
  },
});
