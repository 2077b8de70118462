/**
 * The `attachments` service. Files reach the host in chunks (so a 100 MB document is
 * never one message, in Electron or over the browser host's socket), are encrypted as
 * they arrive, and are kept encrypted at rest. The renderer reads decrypted bytes back
 * in bounded ranges (images, voice notes) or asks the host to save or open a file.
 * Attachment keys and digests never cross this boundary.
 */
import { z } from 'zod';
// View types are what the host sends (`z.input`: ids as plain strings); the renderer
// receives them parsed, and the host receives its arguments parsed into branded ids.
import { attachmentFailureCodes } from '../domain/codes';
import { AttachmentIdSchema, ConversationIdSchema, MessageIdSchema } from '../domain/ids';
import { defineService } from './service';

/** A staging upload's id (not an attachment id until the upload is finished). */
const uploadIdSchema = z.guid();

/** Bytes travel as base64 text (the browser host's socket carries JSON). */
export const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** Largest chunk per call, before base64. */
export const maxAttachmentChunkBytes = 512 * 1024;
/** Largest file the desktop sends. */
export const maxAttachmentBytes = 200 * 1024 * 1024;

export const attachmentStateSchema = z.enum([
  /** Outgoing: encrypted locally, waiting for its turn to upload. */
  'pending-upload',
  'uploading',
  /** On the relay (outgoing) or downloaded and verified (incoming): readable here. */
  'ready',
  /** Incoming: not downloaded yet (large files wait for the user). */
  'pending-download',
  'downloading',
  'failed',
  'cancelled',
  /** From the phone's history: the phone is sending this file to this desktop. */
  'awaiting-phone',
  /** From the phone's history: older than 45 days or no longer on the phone; name, type and size only. */
  'not-on-device',
]);
export type AttachmentState = z.input<typeof attachmentStateSchema>;

export const attachmentViewSchema = z.object({
  id: AttachmentIdSchema,
  messageId: MessageIdSchema.nullable(),
  contentType: z.string(),
  fileName: z.string().nullable(),
  size: z.number().int().nonnegative(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  durationMs: z.number().int().nonnegative().nullable(),
  voiceNote: z.boolean(),
  state: attachmentStateSchema,
  /** 0..1 while uploading or downloading. */
  progress: z.number().min(0).max(1),
  /** Why it failed, in words. */
  /** Why it failed (the renderer words it). */
  error: z.enum(attachmentFailureCodes).nullable(),
  /** Whether decrypted bytes can be read here now (outgoing, or downloaded and verified). */
  available: z.boolean(),
});
export type AttachmentView = z.input<typeof attachmentViewSchema>;

export const uploadRequestSchema = z.object({
  fileName: z.string().trim().min(1).max(255).nullable(),
  contentType: z.string().trim().min(1).max(255),
  size: z.number().int().positive().max(maxAttachmentBytes),
  voiceNote: z.boolean(),
  width: z.number().int().positive().max(100_000).nullable(),
  height: z.number().int().positive().max(100_000).nullable(),
  durationMs: z.number().int().nonnegative().nullable(),
});
export type UploadRequest = z.input<typeof uploadRequestSchema>;

export const transferChangeSchema = z.object({
  attachmentId: AttachmentIdSchema,
  conversationId: ConversationIdSchema.nullable(),
  messageId: MessageIdSchema.nullable(),
  state: attachmentStateSchema,
  progress: z.number().min(0).max(1),
  /** Why it failed (the renderer words it). */
  error: z.enum(attachmentFailureCodes).nullable(),
});
export type TransferChange = z.input<typeof transferChangeSchema>;

export const attachmentsService = defineService({
  name: 'attachments',
  methods: {
    /** Starts receiving a file from the renderer; returns an upload id. */
    beginUpload: { args: z.tuple([uploadRequestSchema]), result: z.object({ uploadId: uploadIdSchema }) },
    /** The next chunk, in order (base64 of at most `maxAttachmentChunkBytes`). */
    appendUpload: {
      args: z.tuple([uploadIdSchema, base64Schema.max(Math.ceil(maxAttachmentChunkBytes / 3) * 4)]),
      result: z.object({ receivedBytes: z.number().int().nonnegative() }),
    },
    /** All bytes sent: the encrypted file is staged; its id goes into `chats.sendMessage`. */
    finishUpload: { args: z.tuple([uploadIdSchema]), result: attachmentViewSchema },
    /** Drops a staged upload, or stops an upload to the relay (the message then fails). */
    cancelUpload: { args: z.tuple([uploadIdSchema]), result: z.null() },
    get: { args: z.tuple([AttachmentIdSchema]), result: attachmentViewSchema },
    /** Decrypted bytes [offset, offset+length) of an available attachment. */
    read: {
      args: z.tuple([AttachmentIdSchema, z.number().int().nonnegative(), z.number().int().min(1).max(maxAttachmentChunkBytes)]),
      result: z.object({ data: base64Schema, totalBytes: z.number().int().nonnegative() }),
    },
    /** Starts (or retries) fetching an incoming attachment from the relay. */
    download: { args: z.tuple([AttachmentIdSchema]), result: attachmentViewSchema },
    cancelDownload: { args: z.tuple([AttachmentIdSchema]), result: attachmentViewSchema },
    /**
     * Writes the decrypted file where the user chooses (Electron: a save dialog; browser
     * host: its downloads folder). Returns the path, or null if the user cancelled.
     */
    save: { args: z.tuple([AttachmentIdSchema]), result: z.object({ path: z.string().nullable() }) },
    /** Decrypts to a private temp file, opens it with the OS, and deletes it later. */
    open: { args: z.tuple([AttachmentIdSchema]), result: z.null() },
  },
  events: {
    onDidChangeTransfer: transferChangeSchema,
  },
});
