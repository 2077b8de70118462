/**
 * The `console` service: a business desktop's shared customer inbox (docs/console.md).
 * Views list customer conversations with their console state; changes are signed by
 * this device's seat in the engine, never here. Agent names travel as display data;
 * seat ids are the stable references (assignee, mentions, note authors).
 */
import { z } from 'zod';
import { ConversationIdSchema } from '../domain/ids';
import { conversationSummarySchema } from './chats';
import { availabilities, typingKinds } from '../domain/console/presence';
import { assignmentModes, settingChangeSchema } from '../domain/console/settings';
import { refusals } from '../domain/console/roster';
import { defineService } from './service';

export const consoleViewSchema = z.enum(['mine', 'unassigned', 'all', 'mentions', 'unattended', 'snoozed', 'resolved']);
export type ConsoleView = z.infer<typeof consoleViewSchema>;
export const consoleViews = consoleViewSchema.options;
export const consoleSortSchema = z.enum(['activity', 'waiting', 'priority']);
export type ConsoleSort = z.infer<typeof consoleSortSchema>;
export const consoleStatusSchema = z.enum(['open', 'pending', 'snoozed', 'resolved']);
export type ConsoleStatus = z.infer<typeof consoleStatusSchema>;
export const consolePrioritySchema = z.enum(['none', 'low', 'medium', 'high', 'urgent']);
export type ConsolePriority = z.infer<typeof consolePrioritySchema>;

const seatIdSchema = z.string().min(1).max(100);
const labelSchema = z.string().trim().min(1).max(40);
const timestampSchema = z.number().int().nonnegative();

export const consoleSeatSchema = z.object({
  seatId: seatIdSchema,
  name: z.string(),
  role: z.enum(['owner', 'admin', 'agent']),
  deviceId: z.number().int().positive(),
  /** Signed through to the business root key, and not revoked. */
  active: z.boolean(),
});
export type ConsoleSeat = z.input<typeof consoleSeatSchema>;

export const consoleInfoSchema = z.object({
  /** Null: a personal account (no console). */
  business: z.object({ name: z.string() }).nullable(),
  /** This desktop's seat; null while it waits for one (or was given none). */
  mySeat: consoleSeatSchema.nullable(),
  roster: z.array(consoleSeatSchema),
  /** Whether this seat sees every conversation (admins and the owner) or its own and unassigned ones. */
  seesAll: z.boolean(),
});
export type ConsoleInfo = z.input<typeof consoleInfoSchema>;

export const consoleQuerySchema = z.object({
  view: consoleViewSchema,
  sort: consoleSortSchema,
  status: consoleStatusSchema.nullable(),
  priority: consolePrioritySchema.nullable(),
  label: labelSchema.nullable(),
  /** A seat id, or `none` for unassigned; null: any. */
  assignee: seatIdSchema.nullable(),
  offset: z.number().int().nonnegative().max(1_000_000),
  limit: z.number().int().min(1).max(500),
});
export type ConsoleQuery = z.input<typeof consoleQuerySchema>;

export const consoleRowSchema = z.object({
  summary: conversationSummarySchema,
  status: consoleStatusSchema,
  snoozeUntil: timestampSchema.nullable(),
  priority: consolePrioritySchema,
  assignee: seatIdSchema.nullable(),
  labels: z.array(z.string()),
  notes: z.number().int().nonnegative(),
  /** Since when the customer has been waiting for an answer; null when answered. */
  waitingSince: timestampSchema.nullable(),
  /** Null: nobody at the business has answered yet (the Unattended view). */
  firstReplyAt: timestampSchema.nullable(),
});
export type ConsoleRow = z.input<typeof consoleRowSchema>;

export const consolePageSchema = z.object({
  rows: z.array(consoleRowSchema),
  counts: z.record(consoleViewSchema, z.number().int().nonnegative()),
  /** Every label in use, for the filter and the label picker. */
  labels: z.array(z.string()),
});
export type ConsolePage = z.input<typeof consolePageSchema>;

export const consoleNoteSchema = z.object({
  id: z.string(),
  authorSeat: seatIdSchema,
  /** Wall time of the note's hybrid clock stamp. */
  at: timestampSchema,
  text: z.string(),
  mentions: z.array(seatIdSchema),
});
export type ConsoleNote = z.input<typeof consoleNoteSchema>;

export const consoleActivitySchema = z.object({
  seat: seatIdSchema,
  seq: z.number().int().positive(),
  at: timestampSchema,
  action: z.enum(['change', 'reply', 'open', 'export', 'erase', 'purge']),
  /** What changed, for `change`: the renderer words it. */
  change: z
    .object({ kind: z.string(), value: z.string().nullable() })
    .nullable(),
});
export type ConsoleActivity = z.input<typeof consoleActivitySchema>;

export const consoleConversationSchema = z.object({
  conversationId: ConversationIdSchema,
  status: consoleStatusSchema,
  snoozeUntil: timestampSchema.nullable(),
  untilReply: z.boolean(),
  priority: consolePrioritySchema,
  assignee: seatIdSchema.nullable(),
  labels: z.array(z.string()),
  notes: z.array(consoleNoteSchema),
  /** This conversation's entries in every device's audit chain, oldest first. */
  activity: z.array(consoleActivitySchema),
});
export type ConsoleConversation = z.input<typeof consoleConversationSchema>;

export const consoleChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), status: consoleStatusSchema, snoozeUntil: timestampSchema.nullable(), untilReply: z.boolean() }),
  z.object({ kind: z.literal('priority'), priority: consolePrioritySchema }),
  z.object({ kind: z.literal('assignee'), seat: seatIdSchema.nullable() }),
  z.object({ kind: z.literal('label-add'), label: labelSchema }),
  z.object({ kind: z.literal('label-remove'), label: labelSchema }),
  z.object({ kind: z.literal('note'), text: z.string().trim().min(1).max(4000), mentions: z.array(seatIdSchema).max(50) }),
]);
export type ConsoleChangeInput = z.input<typeof consoleChangeSchema>;

export const availabilitySchema = z.enum(availabilities);
export type ConsoleAvailability = z.infer<typeof availabilitySchema>;
export const typingKindSchema = z.enum(typingKinds);

/** Where each seat is now, as this desktop heard it (presence is never stored). */
export const consolePresenceSchema = z.array(
  z.object({
    seatId: seatIdSchema,
    availability: availabilitySchema,
    /** The conversation it shows now, when this desktop has it too. */
    viewing: ConversationIdSchema.nullable(),
    typing: z.object({ conversationId: ConversationIdSchema, kind: typingKindSchema }).nullable(),
  }),
);
export type ConsolePresence = z.input<typeof consolePresenceSchema>;

export const consoleSettingsSchema = z.object({
  assignment: z.enum(assignmentModes),
  capacity: z.number().int().nonnegative(),
  presenceTimeoutSeconds: z.number().int().positive(),
  agentsSeeAll: z.boolean(),
  signReplies: z.boolean(),
});
export type ConsoleSettings = z.input<typeof consoleSettingsSchema>;
export type ConsoleSettingChange = z.input<typeof settingChangeSchema>;

/** A change another device sent that the roster rules refused, for admins to see. */
export const consoleRefusedSchema = z.array(
  z.object({
    id: z.string(),
    /** The seat the change claimed to come from (maybe no seat this roster knows). */
    seatId: z.string(),
    /** The customer conversation it was about, when this desktop has it, and how the list names it. */
    conversationId: ConversationIdSchema.nullable(),
    title: z.string().nullable(),
    refusal: z.enum([...refusals, 'other']),
  }),
);
export type ConsoleRefused = z.input<typeof consoleRefusedSchema>;

export const consoleService = defineService({
  name: 'console',
  methods: {
    info: { args: z.tuple([]), result: consoleInfoSchema },
    /** One page of a view, with every view's count and the labels in use. */
    list: { args: z.tuple([consoleQuerySchema]), result: consolePageSchema },
    conversation: { args: z.tuple([ConversationIdSchema]), result: consoleConversationSchema },
    /** Throws `console-no-seat`, `console-not-allowed` or `console-clock`. */
    change: { args: z.tuple([ConversationIdSchema, consoleChangeSchema]), result: z.null() },
    /** The user opened this conversation: an entry in the audit trail on every business device. */
    opened: { args: z.tuple([ConversationIdSchema]), result: z.null() },
    presence: { args: z.tuple([]), result: consolePresenceSchema },
    /** Admins and the owner: changes the roster rules refused (empty for an agent). */
    refused: { args: z.tuple([]), result: consoleRefusedSchema },
    setAvailability: { args: z.tuple([availabilitySchema]), result: z.null() },
    /** What this desktop shows (null: no conversation) and types: told to the other desktops, online only. */
    viewing: { args: z.tuple([ConversationIdSchema.nullable()]), result: z.null() },
    typing: { args: z.tuple([ConversationIdSchema, typingKindSchema.nullable()]), result: z.null() },
    settings: { args: z.tuple([]), result: consoleSettingsSchema },
    /** Admins and the owner only: `console-not-allowed` otherwise. */
    setSetting: { args: z.tuple([settingChangeSchema]), result: consoleSettingsSchema },
  },
  events: {
    /** Console state, the roster, the settings or a customer conversation changed: views re-read. */
    onDidChange: z.object({}),
    /** Someone's availability, viewing or typing changed. */
    onDidChangePresence: z.object({}),
    /**
     * Something for this agent: a conversation assigned to it or a note naming it by
     * someone else, or a new customer conversation nobody has. The renderer words it.
     */
    onDidNotify: z.object({
      kind: z.enum(['assigned', 'mentioned', 'unassigned']),
      conversationId: ConversationIdSchema,
      /** The customer, as the list names them. */
      title: z.string(),
      /** The seat that assigned or mentioned; null for a new conversation. */
      by: seatIdSchema.nullable(),
    }),
  },
});
