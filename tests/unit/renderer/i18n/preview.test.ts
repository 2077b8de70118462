import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagePreviewSchema } from '../../../../shared/ipc/chats';
import { en } from '../../../../renderer/src/i18n/en';
import { previewText } from '../../../../renderer/src/i18n/preview';

beforeAll(async () => {
  await i18next.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
});

describe('message previews in words', () => {
  it('words each attachment kind, a file by its name, and a deleted message', () => {
    const words = messagePreviewSchema.options[2].shape.attachment.options.map((attachment) =>
      previewText({ kind: 'attachment', attachment, fileName: null }),
    );
    expect(words).toEqual(['Voice message', 'Photo', 'Video', 'Audio', 'File']);
    expect(previewText({ kind: 'attachment', attachment: 'file', fileName: 'minutes.pdf' })).toBe('minutes.pdf');
    // Only a file is named by its file name; a photo is a photo.
    expect(previewText({ kind: 'attachment', attachment: 'photo', fileName: 'cat.jpg' })).toBe('Photo');
    expect(previewText({ kind: 'deleted' })).toBe('This message was deleted');
    expect(previewText({ kind: 'text', text: 'hello' })).toBe('hello');
  });
});
