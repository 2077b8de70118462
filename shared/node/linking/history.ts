/**
 * History sync for a newly linked device (DESIGN.md "Linking", step 4). The primary
 * serializes recent conversations, encrypts them with the attachment cipher and uploads
 * the blob; the pointer (blob id, key, digest) travels inside the E2EE provisioning
 * message. The new device downloads the blob, checks its digest and MAC, imports it in
 * one transaction and reports progress on the way.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { HistoryPointerFields } from '../../proto';
import { HistoryBundle } from '../../proto/content';
import type { HistoryBundleFields } from '../../proto/content';
import { createAttachmentEncryptor, decryptAttachment, encryptedAttachmentSize } from '../crypto/attachment-cipher';
import type { RelayHttpClient } from '../relay-client/http';
import type { MessageStatus, Store } from '../store';
import { toAccountId, toDeviceId } from '../store';

export const defaultHistoryWindowMs = 90 * 24 * 60 * 60 * 1000;
export const defaultHistoryCap = 20_000;

export interface HistoryExport {
  readonly bytes: Uint8Array;
  readonly conversations: number;
  readonly messages: number;
}

/** The newest text messages of the last `windowMs`, at most `cap` in all, grouped by conversation. */
export function exportHistory(
  store: Store,
  options: { readonly windowMs?: number; readonly cap?: number; readonly now?: number } = {},
): HistoryExport {
  const since = (options.now ?? Date.now()) - (options.windowMs ?? defaultHistoryWindowMs);
  const cap = options.cap ?? defaultHistoryCap;
  const candidates = store.listConversations().flatMap((conversation) => {
    const peer = conversation.recipientAccountId;
    if (peer === null) return [];
    return store
      .listMessages(conversation.id, { limit: cap })
      .filter((message) => message.kind === 'text' && message.body !== null && message.sentAt >= since)
      .map((message) => ({ peer, message }));
  });
  // Keep the newest `cap` across all conversations.
  candidates.sort((a, b) => b.message.sentAt - a.message.sentAt);
  const kept = candidates.slice(0, cap);
  const byPeer = new Map<string, Array<(typeof kept)[number]['message']>>();
  for (const { peer, message } of kept) {
    const list = byPeer.get(peer);
    if (list === undefined) byPeer.set(peer, [message]);
    else list.push(message);
  }
  const conversations: HistoryBundleFields['conversations'] = [...byPeer].map(([peer, messages]) => ({
    peerAccountId: peer,
    peerHandle: store.getRecipient(toAccountId(peer))?.handle ?? null,
    messages: messages
      .sort((a, b) => a.sentAt - b.sentAt)
      .map((message) => ({
        senderAccountId: message.senderAccountId,
        senderDeviceId: message.senderDeviceId,
        sentAt: message.sentAt,
        receivedAt: message.receivedAt,
        body: message.body ?? '',
        status: message.status,
      })),
  }));
  return { bytes: HistoryBundle.encode({ conversations }).finish(), conversations: byPeer.size, messages: kept.length };
}

/** Encrypts and uploads an export; returns the pointer for the provisioning message. */
export async function uploadHistory(relay: RelayHttpClient, history: HistoryExport): Promise<HistoryPointerFields> {
  const encryptor = createAttachmentEncryptor();
  const ciphertextSize = encryptedAttachmentSize(history.bytes.length);
  const upload = relay.uploadAttachment(Readable.from([Buffer.from(history.bytes)]).pipe(encryptor.stream), ciphertextSize);
  const [uploaded, info] = await Promise.all([upload, encryptor.done]);
  return {
    blobId: uploaded.id,
    key: info.key,
    digest: info.digest,
    plaintextSize: info.plaintextSize,
    ciphertextSize: info.ciphertextSize,
    conversations: history.conversations,
    messages: history.messages,
  };
}

export interface HistoryProgress {
  readonly phase: 'downloading' | 'importing' | 'done';
  readonly receivedBytes: number;
  readonly totalBytes: number;
  readonly conversations: number;
  readonly importedConversations: number;
}

export class HistorySyncCancelledError extends Error {
  override readonly name = 'HistorySyncCancelledError';
  constructor() {
    super('History sync was cancelled.');
  }
}

const knownStatuses: ReadonlySet<string> = new Set<MessageStatus>(['pending', 'sent', 'delivered', 'read', 'failed', 'received']);

/**
 * Downloads, verifies and imports a history bundle. The ciphertext is staged in a temp
 * file (it is encrypted, so nothing readable touches the disk) because the digest and MAC
 * are checked over the whole blob before any plaintext is used. Nothing is imported from a
 * blob that fails either check, or when `signal` aborts.
 */
export async function importHistory(
  store: Store,
  relay: RelayHttpClient,
  pointer: HistoryPointerFields,
  options: { readonly onProgress?: (progress: HistoryProgress) => void; readonly signal?: AbortSignal } = {},
): Promise<{ readonly conversations: number; readonly messages: number }> {
  const totalBytes = pointer.ciphertextSize ?? 0;
  const conversations = pointer.conversations ?? 0;
  const report = (progress: Omit<HistoryProgress, 'totalBytes' | 'conversations'>): void => {
    options.onProgress?.({ ...progress, totalBytes, conversations });
  };
  const directory = await fsp.mkdtemp(path.join(os.tmpdir(), 'parley-history-'));
  const staged = path.join(directory, 'bundle.bin');
  try {
    const source = await relay.downloadAttachment(pointer.blobId ?? '');
    let receivedBytes = 0;
    const counter = new PassThrough();
    // At most every whole percent: each report crosses IPC as a new link state.
    let reportedPercent = -1;
    counter.on('data', (chunk: Buffer) => {
      receivedBytes += chunk.length;
      const percent = totalBytes === 0 ? 0 : Math.floor((receivedBytes * 100) / totalBytes);
      if (percent === reportedPercent) return;
      reportedPercent = percent;
      report({ phase: 'downloading', receivedBytes, importedConversations: 0 });
    });
    const abort = (): void => {
      source.destroy(new HistorySyncCancelledError());
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    try {
      await pipeline(source, counter, fs.createWriteStream(staged, { mode: 0o600 }));
    } finally {
      options.signal?.removeEventListener('abort', abort);
    }
    if (isAborted(options.signal)) throw new HistorySyncCancelledError();

    const chunks: Array<Buffer> = [];
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = once(sink, 'end');
    await decryptAttachment(() => fs.createReadStream(staged), sink, {
      key: pointer.key ?? new Uint8Array(),
      digest: pointer.digest ?? new Uint8Array(),
      plaintextSize: pointer.plaintextSize ?? 0,
    });
    await ended;
    const bundle = HistoryBundle.decode(Buffer.concat(chunks));
    // Verified and in memory: the relay need not keep the blob until it expires.
    await relay.deleteAttachment(pointer.blobId ?? '').catch(() => undefined);
    let imported = 0;
    let importedConversations = 0;
    const me = store.getAccount()?.accountId;
    for (const conversation of bundle.conversations) {
      if (isAborted(options.signal)) throw new HistorySyncCancelledError();
      // One transaction per conversation: progress shows, and a cancel keeps what is complete.
      store.transaction(() => {
        const peer = toAccountId(conversation.peerAccountId);
        store.upsertRecipient({ accountId: peer, ...(conversation.peerHandle == null ? {} : { handle: conversation.peerHandle }) });
        const target = store.getOrCreateDirectConversation(peer);
        for (const message of conversation.messages) {
          const sender = toAccountId(message.senderAccountId);
          // A message that also arrived live (a sync transcript) is kept once.
          if (store.findMessageBySentAt(sender, message.sentAt, toDeviceId(message.senderDeviceId)) !== undefined) continue;
          const mine = sender === me;
          store.insertMessage({
            conversationId: target.id,
            kind: 'text',
            direction: mine ? 'outgoing' : 'incoming',
            senderAccountId: sender,
            senderDeviceId: toDeviceId(message.senderDeviceId),
            serverGuid: null,
            sentAt: message.sentAt,
            receivedAt: message.receivedAt,
            body: message.body,
            status: knownStatuses.has(message.status) ? (message.status as MessageStatus) : mine ? 'sent' : 'read',
            errorText: null,
          });
          imported++;
        }
      });
      importedConversations++;
      report({ phase: 'importing', receivedBytes: totalBytes, importedConversations });
    }
    report({ phase: 'done', receivedBytes: totalBytes, importedConversations });
    return { conversations: importedConversations, messages: imported };
  } finally {
    await fsp.rm(directory, { recursive: true, force: true });
  }
}

/** Read through a function: the signal changes behind the compiler's back while we await. */
function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}
