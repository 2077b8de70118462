/**
 * Two devices' attachment services over a real relay on loopback and real SQLCipher
 * stores: Alice (a registered account, so she may upload) sends, Bob receives.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startRelay } from '../../../../server/relay';
import type { Relay } from '../../../../server/relay';
import type { RelayConfigOverrides } from '../../../../server/config';
import { AttachmentManager } from '../../../../engine/attachments';
import type { AttachmentMetadata, AttachmentRecord } from '../../../../engine/attachments';
import { registerPrimary } from '../../../../engine/compose';
import { InMemoryKeyStore } from '../../../../engine/keychain';
import { RelayHttpClient } from '../../../../engine/relay-client/http';
import { openEncryptedStore, toAccountId, toDeviceId } from '../../../../engine/store';
import type { MessageId, Store } from '../../../../engine/store';
import { relayOf } from '../../../../engine/testing';

export interface AttachmentWorld {
  readonly dir: string;
  readonly relay: Relay;
  readonly aliceStore: Store;
  readonly bobStore: Store;
  readonly aliceRelay: RelayHttpClient;
  readonly bobRelay: RelayHttpClient;
  alice: AttachmentManager;
  bob: AttachmentManager;
  readonly aliceDir: string;
  readonly bobDir: string;
  /** A fresh manager over the same store and folder, as after a restart. */
  reopen(who: 'alice' | 'bob', options?: { readonly now?: () => number }): Promise<AttachmentManager>;
  cleanup(): Promise<void>;
}

export async function createAttachmentWorld(
  config: RelayConfigOverrides = {},
  options: { readonly progressIntervalMs?: number } = {},
): Promise<AttachmentWorld> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-attachments-'));
  const relay = await startRelay({ host: '127.0.0.1', port: 0, dataDir: path.join(dir, 'relay'), logger: false, config });
  const keyStore = new InMemoryKeyStore();
  const open = (profile: string): Promise<Store> => openEncryptedStore({ dataDir: path.join(dir, profile), keyStore, profileId: profile });
  const aliceStore = await open('alice');
  const bobStore = await open('bob');
  const engine = await registerPrimary({ store: aliceStore, relayUrl: relay.url, handle: 'alice' });
  const aliceRelay = relayOf(engine);
  // Downloads need no credentials: the blob id is the capability.
  const bobRelay = new RelayHttpClient(relay.url);
  // Not the engine's own folder (next to the database): its manager sweeps that one.
  const aliceDir = path.join(dir, 'alice-files');
  const bobDir = path.join(dir, 'bob-files');
  const managers: Array<AttachmentManager> = [];
  const make = (who: 'alice' | 'bob', now?: () => number): AttachmentManager => {
    const manager = new AttachmentManager({
      store: who === 'alice' ? aliceStore : bobStore,
      relay: who === 'alice' ? aliceRelay : bobRelay,
      dir: who === 'alice' ? aliceDir : bobDir,
      progressIntervalMs: options.progressIntervalMs ?? 20,
      ...(now === undefined ? {} : { now }),
    });
    managers.push(manager);
    return manager;
  };
  const world: AttachmentWorld = {
    dir,
    relay,
    aliceStore,
    bobStore,
    aliceRelay,
    bobRelay,
    alice: make('alice'),
    bob: make('bob'),
    aliceDir,
    bobDir,
    reopen: async (who, options = {}) => {
      await world[who].close();
      world[who] = make(who, options.now);
      return world[who];
    },
    cleanup: async () => {
      for (const manager of managers) await manager.close();
      await engine.stop();
      await relay.close();
      aliceStore.close();
      bobStore.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
  return world;
}

/** A message row for attachments to hang off (the table's foreign key wants one). */
export function insertMessage(store: Store, direction: 'incoming' | 'outgoing'): MessageId {
  const peer = toAccountId(direction === 'incoming' ? 'a11ce000-0000-4000-8000-000000000001' : 'b0b00000-0000-4000-8000-000000000002');
  const conversation = store.getOrCreateDirectConversation(peer);
  const now = Date.now();
  const result = store.insertMessage({
    conversationId: conversation.id,
    kind: 'text',
    direction,
    senderAccountId: peer,
    senderDeviceId: toDeviceId(1),
    serverGuid: null,
    sentAt: now,
    receivedAt: now,
    body: 'with a file',
    status: direction === 'incoming' ? 'received' : 'pending',
    errorText: null,
  });
  if (!result.inserted) throw new Error('message not inserted');
  return result.id;
}

export function metadata(size: number, overrides: Partial<AttachmentMetadata> = {}): AttachmentMetadata {
  return {
    contentType: 'application/pdf',
    fileName: 'report.pdf',
    size,
    width: null,
    height: null,
    durationMs: null,
    voiceNote: false,
    ...overrides,
  };
}

/** Deterministic bytes, so a 100 MB file need not be held to compare against. */
export function patternChunk(offset: number, length: number): Buffer {
  const chunk = Buffer.alloc(length);
  for (let index = 0; index < length; index++) {
    const position = offset + index;
    chunk[index] = (position * 31 + (position >>> 8) * 7 + (position >>> 16)) & 0xff;
  }
  return chunk;
}

/** Stages `plaintext` (or `size` pattern bytes) in chunks of at most 512 KiB. */
export async function stage(
  manager: AttachmentManager,
  content: Buffer | number,
  meta: Partial<AttachmentMetadata> = {},
): Promise<AttachmentRecord> {
  const size = typeof content === 'number' ? content : content.length;
  const stagingId = await manager.beginStaging(metadata(size, meta));
  const chunkSize = 512 * 1024;
  for (let offset = 0; offset < size; offset += chunkSize) {
    const length = Math.min(chunkSize, size - offset);
    const chunk = typeof content === 'number' ? patternChunk(offset, length) : content.subarray(offset, offset + length);
    await manager.appendStaging(stagingId, chunk);
  }
  return manager.finishStaging(stagingId);
}

/** Alice stages and sends `content`; returns the pointers and her message id. */
export async function send(world: AttachmentWorld, content: Buffer | number, meta: Partial<AttachmentMetadata> = {}) {
  const staged = await stage(world.alice, content, meta);
  const messageId = insertMessage(world.aliceStore, 'outgoing');
  world.aliceStore.transaction(() => {
    world.alice.attachToMessage(messageId, [staged.id]);
  });
  const pointers = await world.alice.uploadForMessage(messageId);
  return { staged, messageId, pointers };
}

export async function listFiles(dir: string): Promise<Array<string>> {
  return (await fs.readdir(dir, { recursive: true })).map(String).sort();
}
