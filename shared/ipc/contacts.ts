/**
 * The `contacts` service: who a conversation is with, their safety number, and the
 * verification a user does by comparing it. The safety number and its QR payload are
 * public by design (both people compare them); no key material is exposed.
 */
import { z } from 'zod';
// View types are what the host sends (`z.input`: ids as plain strings); the renderer
// receives them parsed, and the host receives its arguments parsed into branded ids.
import { ConversationIdSchema } from '../domain/ids';
import { attachmentViewSchema } from './attachments';
import { avatarDataUrlSchema, verifiedStateSchema } from './chats';
import { defineService } from './service';

export const contactViewSchema = z.object({
  conversationId: ConversationIdSchema,
  accountId: z.string(),
  /** Profile name when the contact shared one, else handle, else account id. */
  title: z.string(),
  profileName: z.string().nullable(),
  handle: z.string().nullable(),
  avatarDataUrl: avatarDataUrlSchema.nullable(),
  verified: verifiedStateSchema,
  identityChangePending: z.boolean(),
  /** Devices of the contact this desktop has seen. */
  deviceCount: z.number().int().nonnegative(),
});
export type ContactView = z.input<typeof contactViewSchema>;

export const safetyNumberSchema = z.object({
  /** 60 digits. */
  digits: z.string().regex(/^\d{60}$/),
  /** The same digits in 12 groups of 5, for display. */
  groups: z.array(z.string().regex(/^\d{5}$/)).length(12),
  /** libsignal's scannable fingerprint, base64, to draw as a QR code. */
  qrPayload: z.string(),
  verified: verifiedStateSchema,
});
export type SafetyNumberView = z.input<typeof safetyNumberSchema>;

export const safetyNumberComparisonSchema = z.discriminatedUnion('kind', [
  /** A QR code decoded from the other person's screen (a screenshot or a camera). */
  z.object({ kind: z.literal('scanned'), qrPayload: z.string().max(4_096) }),
  /** The other person's digits, pasted or typed; spaces and dashes are ignored. */
  z.object({ kind: z.literal('digits'), digits: z.string().max(200) }),
]);
export type SafetyNumberComparison = z.input<typeof safetyNumberComparisonSchema>;

export const contactsService = defineService({
  name: 'contacts',
  methods: {
    get: { args: z.tuple([ConversationIdSchema]), result: contactViewSchema },
    getSafetyNumber: { args: z.tuple([ConversationIdSchema]), result: safetyNumberSchema },
    /** Whether the other side's safety number matches ours; throws a clear error for a malformed one. */
    compareSafetyNumber: {
      args: z.tuple([ConversationIdSchema, safetyNumberComparisonSchema]),
      result: z.object({ matches: z.boolean() }),
    },
    /** "Mark as verified" (true) or clear it (false); synced to the user's other devices. */
    setVerified: { args: z.tuple([ConversationIdSchema, z.boolean()]), result: contactViewSchema },
    /** The user saw the new safety number and allows sending again. */
    acceptIdentityChange: { args: z.tuple([ConversationIdSchema]), result: contactViewSchema },
    /** Images, voice notes and documents in this chat, newest first. */
    listSharedMedia: { args: z.tuple([ConversationIdSchema]), result: z.array(attachmentViewSchema) },
  },
  events: {
    onDidChangeContact: z.object({ conversationId: ConversationIdSchema }),
  },
});
