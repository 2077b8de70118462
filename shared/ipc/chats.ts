import { z } from 'zod';
import { defineService } from './service';

// Lenient UUID shape: ids are random UUIDs made by the engine.
const idSchema = z.guid();

export const conversationSummarySchema = z.object({
  id: idSchema,
  /** The contact's handle, or their account id when the handle is not known. */
  title: z.string(),
  lastMessagePreview: z.string().nullable(),
  lastMessageAt: z.number().int().nonnegative().nullable(),
  unread: z.number().int().nonnegative(),
});
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;

export const messageViewSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  kind: z.enum(['text', 'identity-change', 'undecryptable']),
  direction: z.enum(['incoming', 'outgoing']),
  body: z.string().nullable(),
  sentAt: z.number().int().nonnegative(),
  status: z.enum(['pending', 'sent', 'delivered', 'read', 'failed', 'received']),
  /** Set for rows that could not be read, in words. */
  errorText: z.string().nullable(),
});
export type MessageView = z.infer<typeof messageViewSchema>;

/** One message body: enough for chat, bounded so one call cannot flood the host. */
export const messageBodySchema = z.string().trim().min(1).max(4_000);

export const chatsService = defineService({
  name: 'chats',
  methods: {
    /** Most recent activity first; empty until this desktop is linked. */
    listConversations: { args: z.tuple([]), result: z.array(conversationSummarySchema) },
    /** The newest messages of one conversation, oldest first. */
    listMessages: { args: z.tuple([idSchema]), result: z.array(messageViewSchema) },
    sendText: { args: z.tuple([idSchema, messageBodySchema]), result: messageViewSchema },
    /** The user looked at the conversation: incoming messages become read (and the phone is told). */
    markRead: { args: z.tuple([idSchema]), result: z.null() },
  },
  events: {
    onDidChangeConversations: z.array(conversationSummarySchema),
    /** Messages of this conversation changed (arrived, sent, delivered). */
    onDidChangeMessages: z.object({ conversationId: idSchema }),
  },
});
