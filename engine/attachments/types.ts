/**
 * The seam between the messaging engine and attachments: the row the store keeps per
 * attachment, and what the engine asks of the attachment service. The service keeps
 * every file encrypted at rest in Signal's attachment format (the same blob that goes
 * to the relay), with its key in the encrypted database.
 */
import type { AttachmentPointerFields } from '../../shared/proto/content';
import type { Disposer } from '../kernel/emitter';
import type { ConversationId, MessageId, Timestamp } from '../store/types';

import type { AttachmentFailureCode } from '../../shared/domain/codes';
import type { AttachmentId } from '../../shared/domain/ids';

export type { AttachmentId } from '../../shared/domain/ids';

export type AttachmentDirection = 'outgoing' | 'incoming';
export type AttachmentTransferState =
  | 'staged'
  | 'pending-upload'
  | 'uploading'
  | 'ready'
  | 'pending-download'
  | 'downloading'
  | 'failed'
  | 'cancelled'
  /** History: the primary is re-encrypting this file for this device; its blob id is on the way. */
  | 'awaiting-phone'
  /** History: older than 45 days or gone from the primary; only name, type and size are here. */
  | 'not-on-device';

export interface AttachmentMetadata {
  readonly contentType: string;
  readonly fileName: string | null;
  /** Plaintext size in bytes. */
  readonly size: number;
  readonly width: number | null;
  readonly height: number | null;
  readonly durationMs: number | null;
  readonly voiceNote: boolean;
}

export interface AttachmentRecord extends AttachmentMetadata {
  readonly id: AttachmentId;
  /** null while staged (finished in the composer, not sent yet). */
  readonly messageId: MessageId | null;
  readonly conversationId: ConversationId | null;
  /** Order within its message. */
  readonly position: number;
  readonly direction: AttachmentDirection;
  /** The relay's blob id once uploaded (outgoing) or as received (incoming). */
  readonly blobId: string | null;
  /** 64 bytes, aesKey ‖ macKey. Never leaves the engine. */
  readonly key: Uint8Array<ArrayBuffer>;
  /** SHA-256 of the whole encrypted blob; null until an outgoing file is encrypted. */
  readonly digest: Uint8Array<ArrayBuffer> | null;
  /** File name of the encrypted blob inside the attachments folder, once it is complete. */
  readonly localFile: string | null;
  readonly state: AttachmentTransferState;
  readonly progress: number;
  /** Why it failed, as a code the renderer words. */
  readonly error: AttachmentFailureCode | null;
  readonly createdAt: Timestamp;
}

export type NewAttachment = Omit<AttachmentRecord, 'createdAt' | 'conversationId'>;

export type AttachmentUpdate = Partial<
  Pick<AttachmentRecord, 'blobId' | 'digest' | 'localFile' | 'state' | 'progress' | 'error' | 'messageId' | 'position'>
>;

export interface AttachmentReader {
  getAttachment(id: AttachmentId): AttachmentRecord | undefined;
  /** In message order (position). */
  listAttachmentsForMessage(messageId: MessageId): Array<AttachmentRecord>;
  /** Shared media of one conversation, newest message first. */
  listAttachmentsForConversation(conversationId: ConversationId, limit: number): Array<AttachmentRecord>;
  /** Rows in any of these states, oldest first (startup recovery and cleanup). */
  listAttachmentsInStates(states: ReadonlyArray<AttachmentTransferState>): Array<AttachmentRecord>;
  /** Every local file name a row refers to, so files without a row can be swept. */
  listAttachmentFiles(): Array<string>;
}

export interface AttachmentWriter {
  insertAttachment(attachment: NewAttachment): void;
  updateAttachment(id: AttachmentId, update: AttachmentUpdate): void;
  /** Removes the rows; returns their local file names so the caller deletes the files. */
  deleteAttachmentsForMessage(messageId: MessageId): Array<string>;
  deleteAttachment(id: AttachmentId): string | null;
}

export interface UploadedCopy {
  readonly blobId: string;
  /** SHA-256 of the uploaded blob. */
  readonly digest: Uint8Array<ArrayBuffer>;
}

export interface TransferEvent {
  readonly attachmentId: AttachmentId;
  readonly messageId: MessageId | null;
  readonly conversationId: ConversationId | null;
  readonly state: AttachmentTransferState;
  readonly progress: number;
  /** Why it failed, as a code the renderer words. */
  readonly error: AttachmentFailureCode | null;
}

/**
 * What the engine and the host use. Implemented in this folder; the engine creates one
 * per store (its folder sits next to the database) and exposes it as `engine.attachments`.
 */
export interface AttachmentService {
  get(id: AttachmentId): AttachmentRecord | undefined;
  /** One message's attachments, in order. */
  listForMessage(messageId: MessageId): Array<AttachmentRecord>;
  /** A conversation's media, newest first (a contact's "shared media"). */
  listForConversation(conversationId: ConversationId, limit: number): Array<AttachmentRecord>;

  /** Composer side: receives a file in order, encrypting as it arrives. */
  beginStaging(metadata: AttachmentMetadata): Promise<string>;
  appendStaging(stagingId: string, bytes: Uint8Array): Promise<number>;
  /** Completes the encrypted file and stores a `staged` row; its id goes into a message. */
  finishStaging(stagingId: string): Promise<AttachmentRecord>;
  /** Drops a staging upload or a staged row (and its file). */
  discard(idOrStagingId: string): Promise<void>;

  /** Engine, sending: marks staged attachments as belonging to a new message (call inside its transaction). */
  attachToMessage(messageId: MessageId, ids: ReadonlyArray<AttachmentId>): void;
  /**
   * Uploads the message's attachments (each once; already uploaded ones are skipped)
   * and resolves with the pointers to put into the DataMessage, in order. Rejects if
   * one fails or is cancelled.
   */
  uploadForMessage(messageId: MessageId): Promise<Array<AttachmentPointerFields>>;
  /** Stops an upload or download in flight; the row becomes `cancelled`. */
  cancel(id: AttachmentId): void;

  /** Engine, receiving: records the pointers of an incoming message (call inside its transaction). */
  recordIncoming(messageId: MessageId, pointers: ReadonlyArray<AttachmentPointerFields>): Array<AttachmentId>;
  /** After the commit: starts downloads that need no user action (images, voice notes, small files). */
  autoDownload(messageId: MessageId): void;
  /** Starts or retries a download; resolves when it is verified and stored, or rejects. */
  download(id: AttachmentId): Promise<void>;

  /**
   * Primary, history sync: a copy of a stored file for a newly linked device, encrypted
   * with `key` (fresh for that device) and uploaded, streamed from the file at rest.
   */
  uploadCopy(id: AttachmentId, key: Uint8Array, options?: { readonly signal?: AbortSignal }): Promise<UploadedCopy>;
  /**
   * New device, history sync: the primary's copy of an `awaiting-phone` file arrived
   * (it becomes an ordinary incoming attachment) or will not (`null`: not on this device).
   * Returns whether the row changed; call `autoDownload` for its message afterwards.
   */
  resolveFromPhone(id: AttachmentId, copy: { readonly blobId: string; readonly digest: Uint8Array } | null): boolean;

  /** Decrypted bytes of a ready attachment, a range at a time. */
  read(id: AttachmentId, offset: number, length: number): Promise<{ readonly data: Uint8Array; readonly totalBytes: number }>;
  /** Streams the decrypted file to `path` (written privately, then renamed into place). */
  saveTo(id: AttachmentId, path: string): Promise<void>;
  /** Decrypts into a private temp file; `dispose` deletes it. */
  decryptToTemp(id: AttachmentId): Promise<{ readonly path: string; readonly dispose: () => Promise<void> }>;
  /** Delete for me / for everyone: rows and local files of one message. */
  removeForMessage(messageId: MessageId): Promise<void>;

  onTransfer(listener: (event: TransferEvent) => void): Disposer;
  /** Stops transfers; pending ones resume (from scratch) after a restart. */
  close(): Promise<void>;
}
