/**
 * The new device's side of history media, without a relay: which announcements it
 * accepts, and what happens to files whose manifest never came.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { IdentityKeyPair } from '@signalapp/libsignal-client';
import { afterEach, describe, expect, it } from 'vitest';
import { AttachmentManager } from '../../../../engine/attachments';
import type { AttachmentId } from '../../../../engine/attachments';
import { HistoryMediaReceiver } from '../../../../engine/linking/history-media';
import { RelayHttpClient } from '../../../../engine/relay-client/http';
import type { Store } from '../../../../engine/store';
import { toAccountId, toDeviceId, toRegistrationId } from '../../../../engine/store';
import { SyncHistory } from '../../../../shared/proto/content';
import { fakeClock, memoryStore } from '../fixtures';

const day = 24 * 60 * 60 * 1000;
const me = toAccountId('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
const bob = toAccountId('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
const key = Buffer.alloc(64, 5);
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function desktop(now: () => number): Promise<{ store: Store; receiver: HistoryMediaReceiver; waiting: AttachmentId }> {
  const store = memoryStore(now);
  store.saveAccount({
    accountId: me,
    deviceId: toDeviceId(2),
    registrationId: toRegistrationId(77),
    identityKeyPair: IdentityKeyPair.generate().serialize(),
    profileKey: new Uint8Array(32),
    relayPassword: 'password',
    handle: 'alice',
    createdAt: now(),
  });
  store.setItem('historyMedia', { key: key.toString('base64'), files: 1, importedAt: now(), manifest: null });
  const conversation = store.getOrCreateDirectConversation(bob);
  const inserted = store.insertMessage({
    conversationId: conversation.id,
    kind: 'text',
    direction: 'incoming',
    senderAccountId: bob,
    senderDeviceId: toDeviceId(1),
    serverGuid: null,
    sentAt: now() - day,
    receivedAt: now() - day,
    body: null,
    status: 'read',
    errorText: null,
  });
  if (!inserted.inserted) throw new Error('not inserted');
  const waiting = 'f0f0f0f0-0000-4000-8000-000000000001' as AttachmentId;
  store.insertAttachment({
    id: waiting,
    messageId: inserted.id,
    position: 0,
    direction: 'incoming',
    contentType: 'image/png',
    fileName: 'photo.png',
    size: 100,
    width: null,
    height: null,
    durationMs: null,
    voiceNote: false,
    blobId: null,
    key: new Uint8Array(key),
    digest: null,
    localFile: null,
    state: 'awaiting-phone',
    progress: 0,
    error: null,
  });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'parley-history-media-'));
  // Nothing here reaches a relay: the address is never used.
  const relay = new RelayHttpClient('http://127.0.0.1:9');
  const attachments = new AttachmentManager({ store, relay, dir, now });
  const receiver = new HistoryMediaReceiver({ store, relay, attachments, now });
  cleanups.push(async () => {
    await receiver.stop();
    await attachments.close();
    store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });
  return { store, receiver, waiting };
}

function announcement(overrides: { readonly key?: Buffer; readonly blobId?: string } = {}): SyncHistory {
  return SyncHistory.fromObject({
    bundle: { blobId: overrides.blobId ?? 'B'.repeat(32), key: overrides.key ?? key, digest: Buffer.alloc(32, 1), size: 120, contentType: 'application/octet-stream' },
  });
}

describe('the new device’s history media', () => {
  it('records an announcement only from the primary, under the key its own bundle named', async () => {
    const clock = fakeClock();
    const { store, receiver } = await desktop(clock.now);
    expect(receiver.record(announcement(), 3)).toBe(false);
    expect(receiver.record(announcement({ key: Buffer.alloc(64, 6) }), 1)).toBe(false);
    expect(receiver.record(announcement({ blobId: '../etc' }), 1)).toBe(false);
    expect(store.getItem('historyMedia')?.manifest).toBeNull();
    expect(receiver.record(announcement(), 1)).toBe(true);
    expect(store.getItem('historyMedia')?.manifest).toEqual({ blobId: 'B'.repeat(32), digest: Buffer.alloc(32, 1).toString('base64'), size: 120 });
    // Only the first: a second announcement does not replace it.
    expect(receiver.record(announcement({ blobId: 'C'.repeat(32) }), 1)).toBe(false);
  });

  it('ignores an announcement when it expects none (a desktop that linked earlier)', async () => {
    const clock = fakeClock();
    const { store, receiver } = await desktop(clock.now);
    store.removeItem('historyMedia');
    expect(receiver.record(announcement(), 1)).toBe(false);
    expect(store.getItem('historyMedia')).toBeUndefined();
  });

  it('waits for a manifest that has not come, and gives up a day after the import', async () => {
    const clock = fakeClock();
    const { store, receiver, waiting } = await desktop(clock.now);
    receiver.start();
    await receiver.idle();
    expect(store.getAttachment(waiting)?.state).toBe('awaiting-phone');
    await receiver.stop();
    clock.advance(day + 1);
    receiver.start();
    await receiver.idle();
    expect(store.getAttachment(waiting)).toMatchObject({ state: 'not-on-device', blobId: null, localFile: null });
    expect(store.getItem('historyMedia')).toBeUndefined();
  });
});
