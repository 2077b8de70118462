import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AttachmentId, NewAttachment } from '../../../../engine/attachments/types';
import type { MessageId, Store } from '../../../../engine/store';
import { toAccountId, toDeviceId } from '../../../../engine/store';
import { fakeClock, memoryStore } from '../fixtures';

function message(store: Store, sentAt: number): { id: MessageId; conversationId: string } {
  const peer = toAccountId('b0b00000-0000-4000-8000-000000000002');
  const conversation = store.getOrCreateDirectConversation(peer);
  const result = store.insertMessage({
    conversationId: conversation.id,
    kind: 'text',
    direction: 'incoming',
    senderAccountId: peer,
    senderDeviceId: toDeviceId(1),
    serverGuid: null,
    sentAt,
    receivedAt: sentAt,
    body: null,
    status: 'received',
    errorText: null,
  });
  if (!result.inserted) throw new Error('not inserted');
  return { id: result.id, conversationId: conversation.id };
}

function attachment(overrides: Partial<NewAttachment> = {}): NewAttachment {
  return {
    id: randomUUID() as AttachmentId,
    messageId: null,
    position: 0,
    direction: 'outgoing',
    contentType: 'image/jpeg',
    fileName: 'cat.jpg',
    size: 1234,
    width: 10,
    height: 20,
    durationMs: null,
    voiceNote: false,
    blobId: null,
    key: new Uint8Array(randomBytes(64)),
    digest: new Uint8Array(randomBytes(32)),
    localFile: `${randomBytes(16).toString('hex')}.bin`,
    state: 'staged',
    progress: 0,
    error: null,
    ...overrides,
  };
}

describe('attachments table (migration 0003) and repository', () => {
  it('stores a row and gives it back with its message’s conversation', () => {
    const clock = fakeClock();
    const store = memoryStore(clock.now);
    const staged = attachment();
    store.insertAttachment(staged);
    expect(store.getAttachment(staged.id)).toEqual({ ...staged, conversationId: null, createdAt: clock.now() });
    const { id: messageId, conversationId } = message(store, 1_000);
    store.updateAttachment(staged.id, { messageId, position: 2, state: 'pending-upload' });
    expect(store.getAttachment(staged.id)).toMatchObject({ messageId, conversationId, position: 2, state: 'pending-upload', blobId: null });
    // Fields not named stay as they were; null clears.
    store.updateAttachment(staged.id, { blobId: 'blob', progress: 0.5, localFile: null });
    expect(store.getAttachment(staged.id)).toMatchObject({ blobId: 'blob', progress: 0.5, localFile: null, fileName: 'cat.jpg' });
  });

  it('lists a message’s files in order, a conversation’s newest first, by state, and the files rows refer to', () => {
    const store = memoryStore();
    const older = message(store, 1_000);
    const newer = message(store, 2_000);
    const second = attachment({ messageId: older.id, position: 1, state: 'ready' });
    const first = attachment({ messageId: older.id, position: 0, state: 'downloading', localFile: null });
    const latest = attachment({ messageId: newer.id, state: 'uploading' });
    for (const row of [second, first, latest]) store.insertAttachment(row);
    expect(store.listAttachmentsForMessage(older.id).map((row) => row.id)).toEqual([first.id, second.id]);
    expect(store.listAttachmentsForConversation(older.conversationId as never, 10).map((row) => row.id)).toEqual([latest.id, first.id, second.id]);
    expect(store.listAttachmentsForConversation(older.conversationId as never, 1)).toHaveLength(1);
    expect(store.listAttachmentsInStates(['uploading', 'downloading']).map((row) => row.id).sort()).toEqual([first.id, latest.id].sort());
    expect(store.listAttachmentFiles().sort()).toEqual([second.localFile, latest.localFile].sort());
  });

  it('deletes rows and hands back their files; deleting the message removes its rows too', () => {
    const store = memoryStore();
    const one = message(store, 1_000);
    const two = message(store, 2_000);
    const a = attachment({ messageId: one.id });
    const b = attachment({ messageId: one.id, position: 1, localFile: null });
    const c = attachment({ messageId: two.id });
    for (const row of [a, b, c]) store.insertAttachment(row);
    expect(store.deleteAttachmentsForMessage(one.id)).toEqual([a.localFile]);
    expect(store.listAttachmentsForMessage(one.id)).toEqual([]);
    expect(store.deleteAttachment(c.id)).toBe(c.localFile);
    expect(store.deleteAttachment(c.id)).toBeNull();
    const d = attachment({ messageId: two.id });
    store.insertAttachment(d);
    store.deleteMessage(two.id);
    expect(store.getAttachment(d.id)).toBeUndefined();
  });

  it('refuses a key that is not 64 bytes and an unknown state', () => {
    const store = memoryStore();
    expect(() => {
      store.insertAttachment(attachment({ key: new Uint8Array(32) }));
    }).toThrow(/CHECK/);
    expect(() => {
      store.insertAttachment(attachment({ state: 'lost' as never }));
    }).toThrow(/CHECK/);
  });
});
