import { describe, expect, it } from 'vitest';
import type { AttachmentId, AttachmentRecord } from '../../../engine/attachments';
import type { Message } from '../../../engine/store';
import { toAccountId, toConversationId, toDeviceId, toMessageId } from '../../../engine/store';
import { describeAttachment, formatMessageLine } from '../../../phone/format';

const me = toAccountId('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
const bob = toAccountId('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');

const message: Message = {
  id: toMessageId('11111111-1111-4111-8111-111111111111'),
  conversationId: toConversationId('22222222-2222-4222-8222-222222222222'),
  kind: 'text',
  direction: 'incoming',
  senderAccountId: bob,
  senderDeviceId: toDeviceId(1),
  serverGuid: null,
  sentAt: Date.UTC(2025, 0, 2, 3, 4, 5),
  receivedAt: Date.UTC(2025, 0, 2, 3, 4, 6),
  body: null,
  status: 'received',
  errorText: null,
  errorCode: null,
  quote: null,
  editedAt: null,
  deletedForEveryone: false,
};

function file(overrides: Partial<AttachmentRecord>): AttachmentRecord {
  return {
    id: 'a' as AttachmentId,
    messageId: message.id,
    conversationId: message.conversationId,
    position: 0,
    direction: 'incoming',
    contentType: 'image/jpeg',
    fileName: 'photo.jpg',
    size: 1_234_567,
    width: null,
    height: null,
    durationMs: null,
    voiceNote: false,
    blobId: null,
    key: new Uint8Array(64),
    digest: null,
    localFile: 'x.bin',
    state: 'ready',
    progress: 1,
    error: null,
    createdAt: 0,
    ...overrides,
  };
}

describe('the phone CLI’s message lines', () => {
  it('prints a message that is only a file as the file, never as a blank line', () => {
    expect(formatMessageLine(message, [file({})], me)).toBe('  2025-01-02 03:04:05 them: [image photo.jpg 1.2 MB]');
  });

  it('lists files after the text, with what is not here yet', () => {
    const line = formatMessageLine({ ...message, senderAccountId: me, direction: 'outgoing', body: 'see these', status: 'read' }, [
      file({ contentType: 'application/pdf', fileName: 'report.pdf', size: 21_000 }),
      file({ contentType: 'audio/ogg', fileName: null, voiceNote: true, durationMs: 64_000, size: 12_000, state: 'pending-download' }),
      file({ fileName: 'summer.jpg', size: 999, state: 'not-on-device' }),
    ], me);
    expect(line).toBe(
      '  2025-01-02 03:04:05 me: see these [document report.pdf 21.0 KB] [voice note 1:04 12.0 KB, not downloaded] [image summer.jpg 999 B, not on this device] [read]',
    );
  });

  it('names sizes the way file managers do', () => {
    expect(describeAttachment(file({ contentType: 'video/mp4', fileName: 'clip.mp4', size: 2_500_000, state: 'awaiting-phone' }))).toBe(
      '[video clip.mp4 2.5 MB, coming from the phone]',
    );
  });
});
