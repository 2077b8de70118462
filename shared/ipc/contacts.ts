/**
 * The `contacts` service: who a conversation is with, their safety number, and the
 * verification a user does by comparing it. The safety number and its QR payload are
 * public by design (both people compare them); no key material is exposed.
 */
import { z } from 'zod';
import { attachmentViewSchema } from './attachments';
import { avatarDataUrlSchema, idSchema, verifiedStateSchema } from './chats';
import { defineService } from './service';

export const contactViewSchema = z.object({
  conversationId: idSchema,
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
export type ContactView = z.infer<typeof contactViewSchema>;

export const safetyNumberSchema = z.object({
  /** 60 digits. */
  digits: z.string().regex(/^\d{60}$/),
  /** The same digits in 12 groups of 5, for display. */
  groups: z.array(z.string().regex(/^\d{5}$/)).length(12),
  /** libsignal's scannable fingerprint, base64, to draw as a QR code. */
  qrPayload: z.string(),
  verified: verifiedStateSchema,
});
export type SafetyNumberView = z.infer<typeof safetyNumberSchema>;

export const safetyNumberComparisonSchema = z.discriminatedUnion('kind', [
  /** A QR code decoded from the other person's screen (a screenshot or a camera). */
  z.object({ kind: z.literal('scanned'), qrPayload: z.string().max(4_096) }),
  /** The other person's digits, pasted or typed; spaces and dashes are ignored. */
  z.object({ kind: z.literal('digits'), digits: z.string().max(200) }),
]);
export type SafetyNumberComparison = z.infer<typeof safetyNumberComparisonSchema>;

export const contactsService = defineService({
  name: 'contacts',
  methods: {
    get: { args: z.tuple([idSchema]), result: contactViewSchema },
    getSafetyNumber: { args: z.tuple([idSchema]), result: safetyNumberSchema },
    /** Whether the other side's safety number matches ours; throws a clear error for a malformed one. */
    compareSafetyNumber: {
      args: z.tuple([idSchema, safetyNumberComparisonSchema]),
      result: z.object({ matches: z.boolean() }),
    },
    /** "Mark as verified" (true) or clear it (false); synced to the user's other devices. */
    setVerified: { args: z.tuple([idSchema, z.boolean()]), result: contactViewSchema },
    /** The user saw the new safety number and allows sending again. */
    acceptIdentityChange: { args: z.tuple([idSchema]), result: contactViewSchema },
    /** Images, voice notes and documents in this chat, newest first. */
    listSharedMedia: { args: z.tuple([idSchema]), result: z.array(attachmentViewSchema) },
  },
  events: {
    onDidChangeContact: z.object({ conversationId: idSchema }),
  },
});
