/** Phones with history of every kind, linking a desktop through the real provisioning flow and relay. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AttachmentMetadata, AttachmentRecord } from '../../../../engine/attachments';
import { encryptedAttachmentSize } from '../../../../engine/crypto/attachment-cipher';
import type { Engine } from '../../../../engine/engine';
import { createEngine } from '../../../../engine/compose';
import type { HistoryProgress } from '../../../../engine/linking/history';
import { importHistory } from '../../../../engine/linking/history';
import type { HistoryMediaResult } from '../../../../engine/linking/history-media';
import type { InheritedAccount } from '../../../../engine/linking/provisioning';
import { beginLinking, completeLinking } from '../../../../engine/linking/provisioning';
import type { AccountId, ConversationId, Message, MessageId, Store } from '../../../../engine/store';
import type { TestWorld } from '../engine/support';
import { eventually } from '../engine/support';
import { relayOf } from '../../../../engine/testing';

export function fileBytes(length: number, seed: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, index) => (index * seed + 7) % 251));
}

export function meta(size: number, overrides: Partial<AttachmentMetadata>): AttachmentMetadata {
  return { contentType: 'application/octet-stream', fileName: null, size, width: null, height: null, durationMs: null, voiceNote: false, ...overrides };
}

/** Stages a file in `engine`'s attachment service, as the composer does. */
export async function stage(engine: Engine, bytes: Buffer, metadata: Partial<AttachmentMetadata>): Promise<AttachmentRecord> {
  const staging = await engine.attachments.beginStaging(meta(bytes.length, metadata));
  await engine.attachments.appendStaging(staging, bytes);
  return engine.attachments.finishStaging(staging);
}

/** Sends a file (with an optional caption) and waits until it left the outbox. */
export async function sendFile(
  engine: Engine,
  peer: AccountId,
  bytes: Buffer,
  metadata: Partial<AttachmentMetadata>,
  body = '',
): Promise<MessageId> {
  const staged = await stage(engine, bytes, metadata);
  const conversation = engine.conversations.openDirect(peer);
  const id = engine.messaging.send(conversation.id, { body, attachmentIds: [staged.id] });
  await eventually(() => engine.messaging.get(id)?.status !== 'pending', 30_000, 'the file to be sent');
  return id;
}

export function messagesWith(engine: Engine, peer: AccountId): Array<Message> {
  const conversation = engine.conversations.direct(peer);
  return conversation === undefined ? [] : engine.messaging.list(conversation.id, 10_000);
}

/** The same message on another device: author, device and sent time name it. */
export function copyOf(store: Store, message: Message): Message | undefined {
  return store.findMessageBySentAt(message.senderAccountId, message.sentAt, message.senderDeviceId);
}

/** What a conversation's rows say, row by row, without ids that differ per device. */
export function rowsOf(store: Store, conversationId: ConversationId): Array<unknown> {
  const messages = store.listMessages(conversationId, { limit: 10_000 });
  const reactions = store.listReactions(messages.map((message) => message.id));
  return messages.map((message) => ({
    kind: message.kind,
    direction: message.direction,
    sender: message.senderAccountId,
    senderDevice: message.senderDeviceId,
    sentAt: message.sentAt,
    receivedAt: message.receivedAt,
    body: message.body,
    status: message.status,
    errorText: message.errorText,
    quote: message.quote,
    editedAt: message.editedAt,
    deletedForEveryone: message.deletedForEveryone,
    reactions: reactions
      .filter((reaction) => reaction.messageId === message.id)
      .map((reaction) => ({ reactor: reaction.reactorAccountId, emoji: reaction.emoji, sentAt: reaction.sentAt })),
    attachments: store.listAttachmentsForMessage(message.id).map((record) => ({
      contentType: record.contentType,
      fileName: record.fileName,
      size: record.size,
      width: record.width,
      height: record.height,
      durationMs: record.durationMs,
      voiceNote: record.voiceNote,
    })),
  }));
}

export interface LinkedDesktop {
  readonly engine: Engine;
  readonly store: Store;
  readonly inherited: InheritedAccount;
  readonly progress: Array<HistoryProgress>;
  readonly media: Promise<HistoryMediaResult>;
}

/**
 * Links a desktop to `phone` and imports the bundle; the desktop's engine is created but
 * not started unless `start`, so a test can act between the two halves of history sync.
 */
export async function linkDesktop(world: TestWorld, phone: Engine, options: { readonly start?: boolean; readonly profile?: string } = {}): Promise<LinkedDesktop> {
  const store = await world.openStore(options.profile ?? 'alice-desktop');
  const pending = await beginLinking(world.relay.url);
  const { media } = await phone.devices.provision(pending.url);
  const inherited = await pending.inherited;
  await completeLinking({ store, relayUrl: world.relay.url, inherited, deviceName: 'Desktop' });
  const engine = world.track(createEngine({ store, relayUrl: world.relay.url }));
  const progress: Array<HistoryProgress> = [];
  if (inherited.history !== undefined) {
    await importHistory(store, relayOf(engine), inherited.history, { onProgress: (step) => progress.push(step) });
  }
  if (options.start !== false) engine.start();
  return { engine, store, inherited, progress, media };
}

/** Flips one byte in the middle of each relay blob of exactly `blobSize` bytes; returns how many. */
export async function tamperRelayBlobs(world: TestWorld, plaintextSize: number): Promise<number> {
  const dir = path.join(world.dir, 'relay', 'attachments');
  const blobSize = encryptedAttachmentSize(plaintextSize);
  let tampered = 0;
  for (const name of await fs.readdir(dir)) {
    const file = path.join(dir, name);
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size !== blobSize) continue;
    await flipByte(file);
    tampered++;
  }
  return tampered;
}

/** The relay blob written last (the media manifest, once media are sent). */
export async function newestRelayBlob(world: TestWorld): Promise<string> {
  const dir = path.join(world.dir, 'relay', 'attachments');
  const files = await Promise.all(
    (await fs.readdir(dir)).map(async (name) => ({ name, stat: await fs.stat(path.join(dir, name)) })),
  );
  const newest = files.filter((file) => file.stat.isFile()).sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs)[0];
  if (newest === undefined) throw new Error('The relay has no blobs.');
  return path.join(dir, newest.name);
}

export async function flipByte(file: string): Promise<void> {
  const bytes = await fs.readFile(file);
  bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0xff;
  await fs.writeFile(file, bytes);
}
