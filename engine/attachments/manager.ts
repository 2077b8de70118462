/**
 * The attachment service (DESIGN.md "Attachments", issue 6). Files are encrypted in
 * Signal's format as they arrive from the composer, and that encrypted blob is both what
 * is kept on disk and what goes to the relay; incoming blobs are verified on the way to
 * disk. Keys and digests live in the encrypted database. Plaintext reaches disk only
 * where the user asks for it (`saveTo`) or to open a file (`decryptToTemp`, deleted again).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AttachmentFailureCode } from '../../shared/domain/codes';
import type { AttachmentPointerFields } from '../../shared/proto/content';
import type { AttachmentEncryptor } from '../crypto/attachment-cipher';
import {
  createAttachmentEncryptor,
  createAttachmentVerifier,
  createVerifiedAttachmentDecryptor,
  decryptAttachmentRange,
  encryptedAttachmentSize,
  verifyAttachment,
} from '../crypto/attachment-cipher';
import { AttachmentIntegrityError } from '../crypto/errors';
import type { Disposer } from '../kernel/emitter';
import { Emitter } from '../kernel/emitter';
import { systemScheduler } from '../kernel/scheduler';
import type { Cancel, Scheduler } from '../kernel/scheduler';
import { RelayHttpError, RelayUnreachableError } from '../relay-client/errors';
import type { RelayHttpClient } from '../relay-client/http';
import type { Store } from '../store/interface';
import type { ConversationId, MessageId } from '../store/types';
import { newAttachmentId } from '../store/types';
import { AttachmentIdSchema } from '../../shared/domain/ids';
import {
  AttachmentFileDamagedError,
  AttachmentNotFoundError,
  AttachmentServiceClosedError,
  AttachmentStagingError,
  AttachmentTransferCancelledError,
  AttachmentUnavailableError,
  AttachmentReadRangeError,
  AttachmentTransferError,
} from './errors';
import { AttachmentFolder } from './folder';
import type {
  AttachmentId,
  AttachmentMetadata,
  AttachmentRecord,
  AttachmentService,
  AttachmentUpdate,
  TransferEvent,
  UploadedCopy,
} from './types';
import { checkMetadata, checkPointer, maxAttachmentSize, sanitizeFileName } from './validate';

export interface AttachmentManagerOptions {
  readonly store: Store;
  readonly relay: RelayHttpClient;
  /** The attachments folder (created 0700), next to the database. */
  readonly dir: string;
  readonly now?: () => number;
  /** At most one progress event per this many milliseconds per transfer. */
  readonly progressIntervalMs?: number;
  /** Files up to this size download without the user asking (images and voice notes always do). */
  readonly autoDownloadMaxBytes?: number;
  /** Where an abandoned staging's idle timer waits (the engine's scheduler; the system's by default). */
  readonly scheduler?: Scheduler;
}

const day = 24 * 60 * 60 * 1000;
/** Incoming pointers beyond this many in one message are ignored. */
const maxAttachmentsPerMessage = 32;
/** `read` serves bounded ranges: the renderer asks for ≤ 512 KiB, the engine for no more than this. */
const maxReadLength = 16 * 1024 * 1024;
/** Open stagings at once: each holds a file descriptor until finished or discarded. */
const maxOpenStagings = 16;
/** A staging nobody appended to for this long was abandoned (a closed composer, a reloaded window). */
const stagingIdleMs = 10 * 60 * 1000;

interface Staging {
  readonly metadata: AttachmentMetadata;
  readonly partialPath: string;
  readonly encryptor: AttachmentEncryptor;
  /** The encrypted bytes flowing into the partial file; settles when the file is complete. */
  readonly written: Promise<void>;
  received: number;
  /** Appends and the finish run one after another, in call order. */
  queue: Promise<unknown>;
  failure: Error | undefined;
  cancelIdle: Cancel | undefined;
}

interface Transfer {
  readonly controller: AbortController;
  readonly done: Promise<void>;
}

export class AttachmentManager implements AttachmentService {
  private readonly store: Store;
  private readonly relay: RelayHttpClient;
  private readonly folder: AttachmentFolder;
  private readonly now: () => number;
  private readonly progressIntervalMs: number;
  private readonly autoDownloadMaxBytes: number;
  private readonly scheduler: Scheduler;
  private readonly events = new Emitter<{ transfer: TransferEvent }>();
  private readonly stagings = new Map<string, Staging>();
  private readonly transfers = new Map<AttachmentId, Transfer>();
  /** Blobs whose MAC was checked in this process: file name → blob length. */
  private readonly verified = new Map<string, Promise<number>>();
  private readonly tempFolders = new Set<string>();
  private readonly ready: Promise<void>;
  private closed = false;

  constructor(options: AttachmentManagerOptions) {
    this.store = options.store;
    this.relay = options.relay;
    this.folder = new AttachmentFolder(options.dir);
    this.now = options.now ?? Date.now;
    this.progressIntervalMs = options.progressIntervalMs ?? 100;
    this.autoDownloadMaxBytes = options.autoDownloadMaxBytes ?? 8 * 1024 * 1024;
    this.scheduler = options.scheduler ?? systemScheduler;
    // Transfers that a previous run left in flight start over; nothing else may touch
    // the folder until the leftovers are swept.
    const interrupted = this.recoverRows();
    this.ready = this.startup(interrupted);
    this.ready.catch(() => undefined);
  }

  // --- composer -------------------------------------------------------------------

  async beginStaging(metadata: AttachmentMetadata): Promise<string> {
    await this.whenOpen();
    const checked = checkMetadata(metadata);
    if (checked === undefined) {
      throw new AttachmentStagingError('attachment-too-large', 'The file is larger than an attachment may be.', { maxBytes: maxAttachmentSize });
    }
    if (this.stagings.size >= maxOpenStagings) {
      throw new AttachmentStagingError('attachment-too-many-staging', 'Too many files are being added at once.', { max: maxOpenStagings });
    }
    const partialPath = this.folder.newPartialPath();
    const encryptor = createAttachmentEncryptor();
    const file = fs.createWriteStream(partialPath, { flags: 'wx', mode: 0o600 });
    const staging: Staging = {
      metadata: checked,
      partialPath,
      encryptor,
      written: pipeline(encryptor.stream, file),
      received: 0,
      queue: Promise.resolve(),
      failure: undefined,
      cancelIdle: undefined,
    };
    staging.written.catch((error: unknown) => {
      staging.failure = toError(error);
    });
    encryptor.done.catch(() => undefined);
    const id = randomUUID();
    this.stagings.set(id, staging);
    this.touch(id, staging);
    return id;
  }

  async appendStaging(stagingId: string, bytes: Uint8Array): Promise<number> {
    const staging = this.stagingOf(stagingId);
    this.touch(stagingId, staging);
    // Copied now: the caller may reuse its buffer once this returns.
    const chunk = Buffer.from(bytes);
    return this.enqueue(staging, async () => {
      if (staging.failure !== undefined) throw storeFailed();
      if (staging.received + chunk.length > staging.metadata.size) {
        throw new AttachmentStagingError('attachment-more-than-announced', 'More bytes arrived than the file announced; they were refused.', {
          size: staging.metadata.size,
        });
      }
      staging.received += chunk.length;
      if (!staging.encryptor.stream.write(chunk)) await drained(staging.encryptor.stream);
      return staging.received;
    });
  }

  async finishStaging(stagingId: string): Promise<AttachmentRecord> {
    const staging = this.stagingOf(stagingId);
    return this.enqueue(staging, async () => {
      if (staging.received !== staging.metadata.size) {
        throw new AttachmentStagingError('attachment-incomplete', 'The file is incomplete.', {
          received: staging.received,
          size: staging.metadata.size,
        });
      }
      this.stagings.delete(stagingId);
      staging.cancelIdle?.();
      try {
        staging.encryptor.stream.end();
        await staging.written;
        const info = await staging.encryptor.done;
        const blobName = this.folder.newBlobName();
        await fsp.rename(staging.partialPath, this.folder.pathOf(blobName));
        const id = newAttachmentId();
        this.store.insertAttachment({
          ...staging.metadata,
          id,
          messageId: null,
          position: 0,
          direction: 'outgoing',
          blobId: null,
          key: new Uint8Array(info.key),
          digest: new Uint8Array(info.digest),
          localFile: blobName,
          state: 'staged',
          progress: 0,
          error: null,
        });
        return this.recordOf(id);
      } catch (error) {
        await fsp.rm(staging.partialPath, { force: true });
        throw error instanceof AttachmentStagingError ? error : storeFailed();
      }
    });
  }

  async discard(idOrStagingId: string): Promise<void> {
    const staging = this.stagings.get(idOrStagingId);
    if (staging !== undefined) {
      this.stagings.delete(idOrStagingId);
      await this.abandon(staging);
      return;
    }
    await this.whenOpen();
    // Not a staging upload: an attachment id, or nothing this manager knows.
    const attachmentId = AttachmentIdSchema.safeParse(idOrStagingId);
    const record = attachmentId.success ? this.store.getAttachment(attachmentId.data) : undefined;
    if (record === undefined) return;
    if (record.messageId !== null) {
      throw new AttachmentStagingError('attachment-already-sent', 'This file was sent with a message already.');
    }
    const file = this.store.deleteAttachment(record.id);
    if (file !== null) await this.removeFile(file);
  }

  // --- sending --------------------------------------------------------------------

  // Only rows change here, inside the engine's transaction: this works even while closing.
  attachToMessage(messageId: MessageId, ids: ReadonlyArray<AttachmentId>): void {
    ids.forEach((id, position) => {
      const record = this.store.getAttachment(id);
      if (record?.state !== 'staged' || record.messageId !== null) {
        throw new AttachmentStagingError('attachment-no-longer-staged', 'An attached file is no longer staged.');
      }
      this.store.updateAttachment(id, { messageId, position, state: 'pending-upload' });
    });
  }

  async uploadForMessage(messageId: MessageId): Promise<Array<AttachmentPointerFields>> {
    await this.whenOpen();
    const pointers: Array<AttachmentPointerFields> = [];
    // One at a time: a message's files share one connection's bandwidth anyway, and a
    // failure stops the rest instead of leaving half of them uploaded for nothing.
    for (const record of this.store.listAttachmentsForMessage(messageId)) {
      if (record.direction !== 'outgoing') throw new AttachmentUnavailableError('attachment-not-own', 'Only files added on this device can be sent.');
      if (record.blobId === null || record.state !== 'ready') await this.upload(record.id);
      pointers.push(toPointer(this.recordOf(record.id)));
    }
    return pointers;
  }

  cancel(id: AttachmentId): void {
    this.transfers.get(id)?.controller.abort();
  }

  private upload(id: AttachmentId): Promise<void> {
    return this.transfer(id, (signal) => this.runUpload(id, signal));
  }

  private async runUpload(id: AttachmentId, signal: AbortSignal): Promise<void> {
    const record = this.recordOf(id);
    if (record.blobId !== null && record.state === 'ready') return;
    if (record.localFile === null || record.digest === null) {
      throw new AttachmentUnavailableError('attachment-not-on-device', 'The file is no longer stored on this device.');
    }
    this.update(id, { state: 'uploading', progress: 0, error: null });
    try {
      // A blob damaged at rest would reach the contact as "altered in transit": refuse it here.
      const { filePath, blobSize: size } = await this.verifiedFile(id);
      const progress = this.progressReporter(id, 'uploading', size);
      const body = Readable.from(counted(fs.createReadStream(filePath), progress.add), { objectMode: false });
      const uploaded = await this.relay.uploadAttachment(body, size, { signal });
      if (uploaded.size !== size) throw new AttachmentIntegrityError('The relay stored a different number of bytes than were sent.');
      this.update(id, { blobId: uploaded.id, state: 'ready', progress: 1, error: null });
    } catch (error) {
      throw this.transferFailed(id, error, signal, 'upload');
    }
  }

  // --- receiving ------------------------------------------------------------------

  recordIncoming(messageId: MessageId, pointers: ReadonlyArray<AttachmentPointerFields>): Array<AttachmentId> {
    return pointers.slice(0, maxAttachmentsPerMessage).map((pointer, position) => {
      const id = newAttachmentId();
      const checked = checkPointer(pointer);
      this.store.insertAttachment({
        ...checked.metadata,
        id,
        messageId,
        position,
        direction: 'incoming',
        blobId: checked.ok ? checked.blobId : null,
        // The column wants 64 bytes; a pointer without a usable key is never downloaded.
        key: checked.ok ? checked.key : new Uint8Array(64),
        digest: checked.ok ? checked.digest : null,
        localFile: null,
        state: checked.ok ? 'pending-download' : 'failed',
        progress: 0,
        error: checked.ok ? null : checked.error,
      });
      return id;
    });
  }

  autoDownload(messageId: MessageId): void {
    if (this.closed) return;
    for (const record of this.store.listAttachmentsForMessage(messageId)) {
      if (record.state !== 'pending-download' || !this.downloadsByItself(record)) continue;
      background(this.download(record.id));
    }
  }

  download(id: AttachmentId): Promise<void> {
    return this.transfer(id, (signal) => this.runDownload(id, signal));
  }

  private downloadsByItself(record: AttachmentRecord): boolean {
    return record.contentType.startsWith('image/') || record.voiceNote || record.size <= this.autoDownloadMaxBytes;
  }

  private async runDownload(id: AttachmentId, signal: AbortSignal): Promise<void> {
    const record = this.recordOf(id);
    if (record.localFile !== null && record.state === 'ready') return;
    if (record.blobId === null || record.digest === null) {
      throw new AttachmentUnavailableError('attachment-cannot-download', 'The attachment has no pointer to download.');
    }
    this.update(id, { state: 'downloading', progress: 0, error: null });
    const partialPath = this.folder.newPartialPath();
    try {
      const expectedSize = encryptedAttachmentSize(record.size);
      // Our senders pad exactly; the margin only bounds what a broken relay could make us write.
      const limit = expectedSize + 64 * 1024;
      const progress = this.progressReporter(id, 'downloading', expectedSize);
      const verifier = createAttachmentVerifier({ key: record.key, digest: record.digest });
      const source = await this.relay.downloadAttachment(record.blobId, { signal });
      await pipeline(
        source,
        limitedCounter(limit, progress.add),
        verifier.stream,
        fs.createWriteStream(partialPath, { flags: 'wx', mode: 0o600 }),
        { signal },
      );
      verifier.verify();
      const blobName = this.folder.newBlobName();
      await fsp.rename(partialPath, this.folder.pathOf(blobName));
      this.verified.set(blobName, Promise.resolve(verifier.bytesSeen()));
      this.update(id, { localFile: blobName, state: 'ready', progress: 1, error: null });
      // The relay keeps the blob until it expires: the account's other devices fetch it too.
    } catch (error) {
      await fsp.rm(partialPath, { force: true });
      throw this.transferFailed(id, error, signal, 'download');
    }
  }

  // --- history sync ---------------------------------------------------------------

  async uploadCopy(id: AttachmentId, key: Uint8Array, options: { readonly signal?: AbortSignal } = {}): Promise<UploadedCopy> {
    await this.whenOpen();
    const record = this.recordOf(id);
    if (record.localFile === null || record.digest === null) throw new AttachmentUnavailableError('attachment-not-on-device', 'The file is not stored on this device.');
    const localFile = record.localFile;
    const filePath = this.folder.pathOf(localFile);
    const { size: blobSize } = await fsp.stat(filePath);
    // Checked in the same pass, whatever an earlier check said: a blob damaged at rest
    // must not reach the new device as a well-formed copy of garbage. The check fails the
    // stream before the encryptor writes its MAC, so the relay never gets a whole blob.
    const verifier = createAttachmentVerifier({ key: record.key, digest: record.digest });
    const checkpoint = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        callback(null, chunk);
      },
      flush(callback) {
        try {
          verifier.verify();
          callback();
        } catch (error) {
          callback(error instanceof Error ? error : new AttachmentIntegrityError('The stored file failed its integrity check.'));
        }
      },
    });
    // Decrypted and re-encrypted chunk by chunk on the way to the relay: the plaintext
    // exists only in these streams' buffers, never whole and never on disk.
    const encryptor = createAttachmentEncryptor(Buffer.from(key));
    encryptor.done.catch(() => undefined);
    const body = new PassThrough();
    const encrypting = pipeline(
      fs.createReadStream(filePath),
      verifier.stream,
      checkpoint,
      createVerifiedAttachmentDecryptor(record.key, blobSize, record.size),
      encryptor.stream,
      body,
    );
    try {
      // A failed upload destroys `body`, which stops the pipeline and closes the file.
      const [uploaded] = await Promise.all([
        this.relay.uploadAttachment(body, encryptedAttachmentSize(record.size), options.signal === undefined ? {} : { signal: options.signal }),
        encrypting,
      ]);
      const info = await encryptor.done;
      if (uploaded.size !== info.ciphertextSize) throw new AttachmentIntegrityError('The relay stored a different number of bytes than were sent.');
      return { blobId: uploaded.id, digest: new Uint8Array(info.digest) };
    } catch (error) {
      if (error instanceof AttachmentIntegrityError) this.verified.delete(localFile);
      throw error;
    }
  }

  resolveFromPhone(id: AttachmentId, copy: { readonly blobId: string; readonly digest: Uint8Array } | null): boolean {
    const record = this.store.getAttachment(id);
    if (record?.state !== 'awaiting-phone') return false;
    this.update(
      id,
      copy === null
        ? { state: 'not-on-device', progress: 0, error: null }
        : { blobId: copy.blobId, digest: new Uint8Array(copy.digest), state: 'pending-download', progress: 0, error: null },
    );
    return true;
  }

  // --- reading --------------------------------------------------------------------

  async read(id: AttachmentId, offset: number, length: number): Promise<{ readonly data: Uint8Array; readonly totalBytes: number }> {
    if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0 || length > maxReadLength) {
      throw new AttachmentReadRangeError(maxReadLength);
    }
    await this.whenOpen();
    const { record, filePath } = await this.verifiedFile(id);
    const handle = await fsp.open(filePath, 'r');
    try {
      const data = await decryptAttachmentRange(
        async (position, size) => {
          const buffer = Buffer.alloc(size);
          const { bytesRead } = await handle.read(buffer, 0, size, position);
          return buffer.subarray(0, bytesRead);
        },
        record.key,
        record.size,
        offset,
        length,
      );
      // A copy: small buffers share Node's pool with unrelated data.
      return { data: new Uint8Array(data), totalBytes: record.size };
    } finally {
      await handle.close();
    }
  }

  async saveTo(id: AttachmentId, target: string): Promise<void> {
    await this.whenOpen();
    const partial = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.partial`);
    try {
      await this.decryptInto(id, fs.createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      await fsp.rename(partial, target);
    } catch (error) {
      await fsp.rm(partial, { force: true });
      throw error;
    }
  }

  async decryptToTemp(id: AttachmentId): Promise<{ readonly path: string; readonly dispose: () => Promise<void> }> {
    await this.whenOpen();
    const record = this.recordOf(id);
    const folder = await this.folder.newTempFolder();
    this.tempFolders.add(folder);
    const dispose = async (): Promise<void> => {
      this.tempFolders.delete(folder);
      await fsp.rm(folder, { recursive: true, force: true });
    };
    try {
      const file = path.join(folder, sanitizeFileName(record.fileName) ?? `attachment${extensionFor(record.contentType)}`);
      await this.decryptInto(id, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }));
      return { path: file, dispose };
    } catch (error) {
      await dispose();
      throw error;
    }
  }

  async removeForMessage(messageId: MessageId): Promise<void> {
    await this.whenOpen();
    const records = this.store.listAttachmentsForMessage(messageId);
    for (const record of records) this.cancel(record.id);
    await Promise.allSettled(records.flatMap((record) => this.transfers.get(record.id)?.done ?? []));
    for (const file of this.store.deleteAttachmentsForMessage(messageId)) await this.removeFile(file);
  }

  onTransfer(listener: (event: TransferEvent) => void): Disposer {
    return this.events.on('transfer', listener);
  }

  get(id: AttachmentId): AttachmentRecord | undefined {
    return this.store.getAttachment(id);
  }

  listForMessage(messageId: MessageId): Array<AttachmentRecord> {
    return this.store.listAttachmentsForMessage(messageId);
  }

  listForConversation(conversationId: ConversationId, limit: number): Array<AttachmentRecord> {
    return this.store.listAttachmentsForConversation(conversationId, limit);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.ready.catch(() => undefined);
    const transfers = [...this.transfers.values()];
    for (const transfer of transfers) transfer.controller.abort();
    await Promise.allSettled(transfers.map((transfer) => transfer.done));
    const stagings = [...this.stagings.values()];
    this.stagings.clear();
    await Promise.all(stagings.map((staging) => this.abandon(staging)));
    this.tempFolders.clear();
    await this.folder.removeTemp();
  }

  // --- internals ------------------------------------------------------------------

  /** Rows a previous run left mid-transfer go back to waiting; returns those that were downloading. */
  private recoverRows(): Array<AttachmentId> {
    const interrupted = this.store.listAttachmentsInStates(['uploading', 'downloading']);
    this.store.transaction(() => {
      for (const record of interrupted) {
        this.store.updateAttachment(record.id, {
          state: record.state === 'uploading' ? 'pending-upload' : 'pending-download',
          progress: 0,
        });
      }
    });
    return interrupted.filter((record) => record.state === 'downloading').map((record) => record.id);
  }

  private async startup(interruptedDownloads: ReadonlyArray<AttachmentId>): Promise<void> {
    await this.folder.create();
    await this.folder.removeTemp();
    // Files added in a composer but never sent: a day is plenty to come back to a draft.
    const staleBefore = this.now() - day;
    for (const record of this.store.listAttachmentsInStates(['staged'])) {
      if (record.createdAt >= staleBefore || record.messageId !== null) continue;
      this.store.deleteAttachment(record.id);
    }
    await this.folder.sweep(new Set(this.store.listAttachmentFiles()));
    for (const id of interruptedDownloads) background(this.download(id));
  }

  private async whenOpen(): Promise<void> {
    this.assertOpen();
    await this.ready;
    this.assertOpen();
  }

  private assertOpen(): void {
    if (this.closed) throw new AttachmentServiceClosedError();
  }

  private stagingOf(stagingId: string): Staging {
    this.assertOpen();
    const staging = this.stagings.get(stagingId);
    if (staging === undefined) throw new AttachmentStagingError('attachment-staging-unknown', 'No such upload in progress: it was finished or discarded.');
    return staging;
  }

  private enqueue<T>(staging: Staging, work: () => Promise<T>): Promise<T> {
    const result = staging.queue.then(work);
    staging.queue = result.catch(() => undefined);
    return result;
  }

  /** (Re)starts the idle timer that discards a staging nobody finishes. */
  private touch(stagingId: string, staging: Staging): void {
    staging.cancelIdle?.();
    staging.cancelIdle = this.scheduler.after(stagingIdleMs, () => {
      if (this.stagings.get(stagingId) !== staging) return;
      this.stagings.delete(stagingId);
      background(this.abandon(staging));
    });
  }

  private async abandon(staging: Staging): Promise<void> {
    staging.cancelIdle?.();
    staging.encryptor.stream.destroy();
    await staging.written.catch(() => undefined);
    await fsp.rm(staging.partialPath, { force: true });
  }

  /**
   * Runs one upload or download per attachment: a second request while one is in flight
   * joins it, so nothing is transferred twice.
   */
  private transfer(id: AttachmentId, run: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const current = this.transfers.get(id);
    if (current !== undefined) return current.done;
    if (this.closed) return Promise.reject(new AttachmentServiceClosedError());
    const controller = new AbortController();
    const done = this.ready.then(() => {
      this.assertOpen();
      return run(controller.signal);
    });
    const transfer = { controller, done };
    this.transfers.set(id, transfer);
    const forget = (): void => {
      if (this.transfers.get(id) === transfer) this.transfers.delete(id);
    };
    done.then(forget, forget);
    return done;
  }

  /** Records why a transfer stopped and returns the error to throw. */
  private transferFailed(id: AttachmentId, error: unknown, signal: AbortSignal, kind: 'upload' | 'download'): Error {
    if (signal.aborted) {
      // A transfer stopped by `close` resumes at the next start; only the user's cancel sticks.
      if (!this.closed) this.update(id, { state: 'cancelled', progress: 0, error: null });
      return new AttachmentTransferCancelledError(kind);
    }
    const failure = transferFailureCode(error, kind);
    if (!this.closed) this.update(id, { state: 'failed', error: failure });
    return new AttachmentTransferError(failure, kind);
  }

  private progressReporter(id: AttachmentId, state: 'uploading' | 'downloading', total: number): { add: (bytes: number) => void } {
    let done = 0;
    let lastReport = 0;
    return {
      add: (bytes) => {
        done += bytes;
        const now = Date.now();
        if (now - lastReport < this.progressIntervalMs || this.closed) return;
        lastReport = now;
        // Short of 1 until the transfer is confirmed: the last bytes still need an answer.
        this.update(id, { state, progress: Math.min(0.99, total === 0 ? 0 : done / total) });
      },
    };
  }

  private update(id: AttachmentId, update: AttachmentUpdate): void {
    this.store.updateAttachment(id, update);
    const record = this.store.getAttachment(id);
    if (record === undefined) return;
    this.events.emit('transfer', {
      attachmentId: record.id,
      messageId: record.messageId,
      conversationId: record.conversationId,
      state: record.state,
      progress: record.progress,
      error: record.error,
    });
  }

  private recordOf(id: AttachmentId): AttachmentRecord {
    const record = this.store.getAttachment(id);
    if (record === undefined) throw new AttachmentNotFoundError();
    return record;
  }

  /**
   * The record and its blob once the blob's digest and MAC were checked in this process.
   * A blob that fails is deleted, and the row waits for a fresh download when the relay
   * still has it.
   */
  private async verifiedFile(id: AttachmentId): Promise<{ record: AttachmentRecord; filePath: string; blobSize: number }> {
    const record = this.recordOf(id);
    const localFile = record.localFile;
    if (localFile === null || record.digest === null) {
      throw new AttachmentUnavailableError('attachment-not-downloaded', `The attachment is not downloaded (${record.state}).`);
    }
    const filePath = this.folder.pathOf(localFile);
    let check = this.verified.get(localFile);
    if (check === undefined) {
      const digest = record.digest;
      check = verifyAttachment(fs.createReadStream(filePath), { key: record.key, digest });
      this.verified.set(localFile, check);
    }
    try {
      return { record, filePath, blobSize: await check };
    } catch (error) {
      this.verified.delete(localFile);
      if (!(error instanceof AttachmentIntegrityError)) {
        throw new AttachmentUnavailableError('attachment-not-on-device', 'The stored file could not be read.');
      }
      const damaged = new AttachmentFileDamagedError(record.blobId !== null);
      if (this.store.getAttachment(id)?.localFile === localFile) {
        this.update(id, { localFile: null, state: 'failed', progress: 0, error: record.blobId !== null ? 'stored-copy-damaged' : 'stored-copy-damaged-add-again' });
        await this.removeFile(localFile);
      }
      throw damaged;
    }
  }

  private async decryptInto(id: AttachmentId, sink: Writable): Promise<void> {
    try {
      const { record, filePath, blobSize } = await this.verifiedFile(id);
      await pipeline(fs.createReadStream(filePath), createVerifiedAttachmentDecryptor(record.key, blobSize, record.size), sink);
    } catch (error) {
      sink.destroy();
      throw error;
    }
  }

  private async removeFile(fileName: string): Promise<void> {
    this.verified.delete(fileName);
    await this.folder.remove(fileName);
  }
}

function toPointer(record: AttachmentRecord): AttachmentPointerFields {
  if (record.blobId === null || record.digest === null) throw new AttachmentUnavailableError('attachment-not-uploaded', 'The file was not uploaded.');
  return {
    blobId: record.blobId,
    key: record.key,
    digest: record.digest,
    size: record.size,
    contentType: record.contentType,
    fileName: record.fileName,
    width: record.width,
    height: record.height,
    durationMs: record.durationMs,
    voiceNote: record.voiceNote,
  };
}

/** What a failed transfer leaves on its row, for the renderer to word. */
function transferFailureCode(error: unknown, kind: 'upload' | 'download'): AttachmentFailureCode {
  if (error instanceof AttachmentFileDamagedError) return error.canDownload ? 'stored-copy-damaged' : 'stored-copy-damaged-add-again';
  if (error instanceof AttachmentIntegrityError) return 'altered';
  if (error instanceof RelayUnreachableError) return 'relay-unreachable';
  if (error instanceof RelayHttpError) {
    if (error.status === 404) return 'gone-from-relay';
    if (error.status === 413) return 'too-large-for-relay';
    if (error.status === 429) return 'relay-busy';
    return 'relay-refused';
  }
  return kind === 'upload' ? 'upload-failed' : 'download-failed';
}

/** Writing a staged file failed underneath (disk, stream): the user adds it again. */
function storeFailed(): AttachmentStagingError {
  return new AttachmentStagingError('attachment-store-failed', 'The file could not be stored.');
}

/** Passes bytes through, telling `onBytes` how many went by. */
async function* counted(source: Readable, onBytes: (count: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    const bytes = chunk as Buffer;
    onBytes(bytes.length);
    yield bytes;
  }
}

/** Counts bytes and fails the stream past `limit`, so a relay cannot fill the disk. */
function limitedCounter(limit: number, onBytes: (count: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > limit) {
        callback(new AttachmentIntegrityError('The relay sent more bytes than the file can have.'));
        return;
      }
      onBytes(chunk.length);
      callback(null, chunk);
    },
  });
}

/** Resolves when a writable asks for more; rejects if it fails or is destroyed first. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error): void => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      stream.off('error', onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = (): void => {
      settle();
    };
    const onClose = (): void => {
      settle(storeFailed());
    };
    if (stream.destroyed) {
      onClose();
      return;
    }
    stream.on('drain', onDrain);
    stream.on('close', onClose);
    stream.on('error', onClose);
  });
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Deliberately not awaited: the outcome is recorded in the row and reported as an event. */
function background(promise: Promise<unknown>): void {
  promise.catch(() => undefined);
}

const extensions: Readonly<Record<string, string>> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
  'audio/ogg': '.ogg',
  'audio/mpeg': '.mp3',
  'audio/webm': '.webm',
  'video/mp4': '.mp4',
  'text/plain': '.txt',
};

function extensionFor(contentType: string): string {
  return extensions[contentType] ?? '';
}
