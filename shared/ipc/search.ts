/**
 * The `search` service: full-text search over every message, inside the encrypted
 * database. Results are grouped by conversation; snippets mark the matched words.
 */
import { z } from 'zod';
// View types are what the host sends (`z.input`: ids as plain strings); the renderer
// receives them parsed, and the host receives its arguments parsed into branded ids.
import { ConversationIdSchema, MessageIdSchema } from '../domain/ids';
import { defineService } from './service';

export const searchQuerySchema = z.string().trim().min(1).max(200);

/** A snippet as runs of text, matched or not, so the renderer highlights without HTML. */
export const snippetSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type Snippet = z.input<typeof snippetSchema>;

export const searchResultGroupSchema = z.object({
  conversationId: ConversationIdSchema,
  conversationTitle: z.string(),
  hits: z.array(
    z.object({
      messageId: MessageIdSchema,
      sentAt: z.number().int().nonnegative(),
      direction: z.enum(['incoming', 'outgoing']),
      snippet: snippetSchema,
    }),
  ),
});
export type SearchResultGroup = z.input<typeof searchResultGroupSchema>;

export const searchService = defineService({
  name: 'search',
  methods: {
    /**
     * Best matches first within each group; groups ordered by their newest hit. With a
     * conversation id, only that chat's messages (the chat header's search); without one
     * (or null: JSON carries an absent argument as null), every chat.
     */
    messages: {
      args: z.tuple([searchQuerySchema, z.number().int().min(1).max(500), ConversationIdSchema.nullable().optional()]),
      result: z.array(searchResultGroupSchema),
    },
  },
  events: {},
});
