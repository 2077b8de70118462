/**
 * The media half of history sync (docs/linking.md). Uploading files can take minutes (and
 * the relay allows one upload a second once a burst is used), while the new desktop waits
 * on the bundle and its provisioning address expires after 90 s. So media stay out of
 * that path:
 *
 * 1. the bundle gives each recent file a fresh key and the manifest a key of its own;
 * 2. once the provisioning message is out, the primary re-encrypts each stored file with
 *    its fresh key and uploads it, one at a time and streamed (bounded memory); a file
 *    that fails is listed without a blob and shows as "not on this device";
 * 3. it uploads the manifest (blob id and digest per file), waits for the new device to
 *    have joined, and announces the manifest in an E2EE sync message (SyncMessage.History);
 * 4. the new device accepts only a manifest under the key its own bundle named, records
 *    it in the same transaction as the envelope, then fetches it and turns each waiting
 *    file into an ordinary incoming attachment (downloaded by the usual rules).
 */
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { systemScheduler } from '../kernel/scheduler';
import type { Cancel, Scheduler } from '../kernel/scheduler';
import type { AttachmentPointerFields, SyncHistory } from '../../shared/proto/content';
import { HistoryMedia } from '../../shared/proto/content';
import type { HistoryMediaFields } from '../../shared/proto/content';
import type { AttachmentService } from '../attachments/types';
import { attachmentKeyLength, createAttachmentEncryptor, decryptAttachment, encryptedAttachmentSize } from '../crypto/attachment-cipher';
import { AttachmentIntegrityError } from '../crypto/errors';
import { parseAccountId, sameBytes } from '../messaging/features';
import { RelayHttpError } from '../relay-client/errors';
import type { RelayHttpClient } from '../relay-client/http';
import type { HistoryMediaExpectation, MessageId, Store } from '../store';
import { maxDeviceId, toDeviceId } from '../store';
import { isTimestamp } from './history-check';
import type { HistoryMediaPlan } from './history';

/** The primary's device id: only it hands out history. */
const primaryDeviceId = 1;
/** A manifest lists at most 20,000 messages' files; this bounds what a desktop downloads for it. */
const maxManifestBytes = 16 * 1024 * 1024;
const blobIdPattern = /^[A-Za-z0-9_-]{16,128}$/;
/** A bundle's files that never got a manifest are given up on after this long. */
const manifestPatienceMs = 24 * 60 * 60 * 1000;
const retryAfterFailureMs = 30_000;

export interface HistoryMediaResult {
  /** Files uploaded for the new device. */
  readonly sent: number;
  /** Files that could not be uploaded: they show as not on this device. */
  readonly failed: number;
  /** Set when the manifest itself could not be delivered: every file then shows as not on this device. */
  readonly problem?: 'upload' | 'not-joined' | 'cancelled';
}

/** What the primary needs to hand out media: its attachments, relay and a way to send a sync message. */
export interface HistoryMediaSender {
  readonly attachments: Pick<AttachmentService, 'uploadCopy'>;
  readonly relay: RelayHttpClient;
  /**
   * Queues SyncMessage.History for this account's other devices, `newDeviceId` among them
   * (just joined: the sender may not know it yet), and waits until it went out.
   */
  announceHistoryMedia(manifest: AttachmentPointerFields, newDeviceId: number): Promise<void>;
}

/**
 * Primary side, after the provisioning message went out: uploads the plan's files and the
 * manifest, waits for the new device (one not in `devicesBefore`) to join, announces it.
 * Never rejects: what went wrong is in the result.
 */
export async function sendHistoryMedia(
  sender: HistoryMediaSender,
  plan: HistoryMediaPlan,
  options: { readonly devicesBefore: ReadonlySet<number>; readonly signal?: AbortSignal; readonly joinTimeoutMs?: number },
): Promise<HistoryMediaResult> {
  const items: NonNullable<HistoryMediaFields['items']> = [];
  let sent = 0;
  for (const file of plan.files) {
    if (options.signal?.aborted === true) return { sent, failed: plan.files.length - sent, problem: 'cancelled' };
    const base = {
      senderAccountId: file.ref.senderAccountId,
      senderDeviceId: file.ref.senderDeviceId,
      sentAt: file.ref.sentAt,
      position: file.ref.position,
    };
    try {
      const copy = await withRateLimitRetry(() => sender.attachments.uploadCopy(file.attachmentId, file.key, withSignal(options.signal)), options.signal);
      items.push({ ...base, blobId: copy.blobId, digest: copy.digest });
      sent++;
    } catch {
      // One file that cannot travel (damaged at rest, refused by the relay) is listed
      // without a blob: the desktop shows it as not on this device, and the rest go on.
      items.push(base);
    }
  }
  const failed = plan.files.length - sent;
  let manifest: AttachmentPointerFields;
  try {
    manifest = await withRateLimitRetry(() => uploadManifest(sender.relay, plan.manifestKey, HistoryMedia.encode({ items }).finish()), options.signal);
  } catch {
    return { sent, failed, problem: options.signal?.aborted === true ? 'cancelled' : 'upload' };
  }
  // The sync message reaches only devices that exist: the desktop must have joined.
  const newDeviceId = await waitForNewDevice(sender.relay, options.devicesBefore, options.joinTimeoutMs ?? 120_000, options.signal);
  if (newDeviceId === undefined) {
    await sender.relay.deleteAttachment(manifest.blobId ?? '').catch(() => undefined);
    return { sent, failed, problem: options.signal?.aborted === true ? 'cancelled' : 'not-joined' };
  }
  try {
    await sender.announceHistoryMedia(manifest, newDeviceId);
  } catch {
    return { sent, failed, problem: 'upload' };
  }
  return { sent, failed };
}

function withSignal(signal: AbortSignal | undefined): { readonly signal?: AbortSignal } {
  return signal === undefined ? {} : { signal };
}

async function uploadManifest(relay: RelayHttpClient, key: Buffer, bytes: Uint8Array): Promise<AttachmentPointerFields> {
  const encryptor = createAttachmentEncryptor(key);
  const upload = relay.uploadAttachment(Readable.from([Buffer.from(bytes)]).pipe(encryptor.stream), encryptedAttachmentSize(bytes.length));
  const [uploaded, info] = await Promise.all([upload, encryptor.done]);
  return { blobId: uploaded.id, key: info.key, digest: info.digest, size: info.plaintextSize, contentType: 'application/octet-stream', voiceNote: false };
}

/** The relay allows a burst of uploads, then one a second: wait and try again a few times. */
async function withRateLimitRetry<T>(work: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof RelayHttpError) || error.status !== 429 || attempt >= 8) throw error;
      await delay(1_000 * attempt, undefined, withSignal(signal));
    }
  }
}

/** The id of the device that joined since `before` was listed, or undefined after the timeout. */
async function waitForNewDevice(relay: RelayHttpClient, before: ReadonlySet<number>, timeoutMs: number, signal: AbortSignal | undefined): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && signal?.aborted !== true) {
    try {
      const { devices } = await relay.listDevices();
      const joined = devices.find((device) => !before.has(device.id));
      if (joined !== undefined) return joined.id;
    } catch {
      // The relay may blink; the deadline decides.
    }
    await delay(500, undefined, withSignal(signal)).catch(() => undefined);
  }
  return undefined;
}

// --- the new device --------------------------------------------------------------------

export interface HistoryMediaReceiverOptions {
  readonly store: Store;
  readonly relay: RelayHttpClient;
  readonly attachments: Pick<AttachmentService, 'resolveFromPhone' | 'autoDownload'>;
  readonly now?: () => number;
  /** Where a retry waits (the engine's scheduler; the system's by default). */
  readonly scheduler?: Scheduler;
  /** A manifest could not be fetched for now (it is tried again). */
  readonly onError?: (error: unknown) => void;
}

/**
 * New-device side: remembers the manifest its primary announces (inside the receive
 * transaction), then fetches it and resolves the files waiting for it.
 */
export class HistoryMediaReceiver {
  private readonly now: () => number;
  private running: Promise<void> | undefined;
  private cancelRetry: Cancel | undefined;
  private abort = new AbortController();
  /** Until `start`: nothing is fetched before the engine runs. */
  private stopped = true;

  constructor(private readonly options: HistoryMediaReceiverOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Call inside the transaction that commits the envelope: records an announcement from
   * this account's primary for the manifest this device expects, and starts fetching it
   * once the transaction is over. Anything else is ignored.
   */
  record(history: SyncHistory, senderDeviceId: number): boolean {
    const expected = this.options.store.getItem('historyMedia');
    const pointer = history.bundle;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- an absent message field decodes as null, whatever the generated type says
    if (senderDeviceId !== primaryDeviceId || expected?.manifest !== null || pointer === null) return false;
    // Another device's history (several can link at once) is under another key.
    if (pointer.key.length !== attachmentKeyLength || !sameBytes(pointer.key, Buffer.from(expected.key, 'base64'))) return false;
    if (!blobIdPattern.test(pointer.blobId) || pointer.digest.length !== 32 || !Number.isSafeInteger(pointer.size) || pointer.size > maxManifestBytes) {
      return false;
    }
    this.options.store.setItem('historyMedia', {
      ...expected,
      manifest: { blobId: pointer.blobId, digest: Buffer.from(pointer.digest).toString('base64'), size: pointer.size },
    });
    // A microtask runs after the synchronous transaction has committed (or rolled back,
    // in which case there is nothing recorded to fetch).
    queueMicrotask(() => {
      this.resume();
    });
    return true;
  }

  /** The engine started: fetch what was announced (and give up on what never came). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.abort = new AbortController();
    this.resume();
  }

  /** Fetches an announced manifest; gives up on one that never came. Does nothing while stopped. */
  resume(): void {
    if (this.stopped || this.running !== undefined) return;
    this.cancelRetry?.();
    const run = this.run().finally(() => {
      this.running = undefined;
    });
    this.running = run;
    run.catch(() => undefined);
  }

  /** Resolves when no fetch is in flight (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running !== undefined) await this.running.catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelRetry?.();
    this.abort.abort();
    await this.idle();
  }

  private async run(): Promise<void> {
    const { store } = this.options;
    const expected = store.getItem('historyMedia');
    if (expected === undefined) return;
    if (expected.manifest === null) {
      if (this.now() - expected.importedAt > manifestPatienceMs) this.finish([]);
      return;
    }
    let items: HistoryMedia['items'];
    try {
      items = await this.fetchManifest(expected, expected.manifest);
    } catch (error) {
      if (this.stopped) return;
      if (isPermanent(error)) {
        // A manifest that is gone or altered is refused whole: its files stay off this device.
        this.options.onError?.(error);
        this.finish([]);
        return;
      }
      this.options.onError?.(error);
      this.cancelRetry = (this.options.scheduler ?? systemScheduler).after(retryAfterFailureMs, () => {
        this.cancelRetry = undefined;
        this.resume();
      });
      return;
    }
    this.finish(items);
    await this.options.relay.deleteAttachment(expected.manifest.blobId).catch(() => undefined);
  }

  private async fetchManifest(expected: HistoryMediaExpectation, manifest: NonNullable<HistoryMediaExpectation['manifest']>): Promise<HistoryMedia['items']> {
    const source = await this.options.relay.downloadAttachment(manifest.blobId, { signal: this.abort.signal });
    const blob = await readBounded(source, encryptedAttachmentSize(manifest.size) + 64 * 1024);
    const chunks: Array<Buffer> = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = once(sink, 'end');
    await decryptAttachment(() => Readable.from([blob]), sink, {
      key: Buffer.from(expected.key, 'base64'),
      digest: Buffer.from(manifest.digest, 'base64'),
      plaintextSize: manifest.size,
    });
    await ended;
    try {
      return HistoryMedia.decode(Buffer.concat(chunks)).items;
    } catch {
      throw new AttachmentIntegrityError('The media manifest could not be read.');
    }
  }

  /** Applies the manifest (or nothing) in one transaction, then starts the downloads the usual rules allow. */
  private finish(items: HistoryMedia['items']): void {
    const { store, attachments } = this.options;
    const touched = new Set<MessageId>();
    store.transaction(() => {
      for (const item of items) {
        const author = parseAccountId(item.senderAccountId);
        const device = item.senderDeviceId;
        if (author === undefined || !Number.isInteger(device) || device < 1 || device > maxDeviceId || !isTimestamp(item.sentAt)) continue;
        const message = store.findMessageBySentAt(author, item.sentAt, toDeviceId(device));
        if (message === undefined) continue;
        const record = store.listAttachmentsForMessage(message.id).find((row) => row.position === item.position);
        if (record === undefined) continue;
        const { blobId, digest } = item;
        const copy = blobId != null && blobIdPattern.test(blobId) && digest?.length === 32 ? { blobId, digest: Uint8Array.from(digest) } : null;
        if (attachments.resolveFromPhone(record.id, copy) && copy !== null) touched.add(message.id);
      }
      // Whatever the manifest did not name will not come.
      for (const record of store.listAttachmentsInStates(['awaiting-phone'])) attachments.resolveFromPhone(record.id, null);
      store.removeItem('historyMedia');
    });
    for (const messageId of touched) attachments.autoDownload(messageId);
  }
}

function isPermanent(error: unknown): boolean {
  return error instanceof AttachmentIntegrityError || (error instanceof RelayHttpError && error.status === 404);
}

async function readBounded(source: Readable, limit: number): Promise<Buffer> {
  const chunks: Array<Buffer> = [];
  let total = 0;
  for await (const chunk of source) {
    const bytes = chunk as Buffer;
    total += bytes.length;
    if (total > limit) {
      source.destroy();
      throw new AttachmentIntegrityError('The relay sent more bytes than the media manifest has.');
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
