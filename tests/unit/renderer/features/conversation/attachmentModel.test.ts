import { describe, expect, it } from 'vitest';
import {
  attachmentKind,
  base64ToBytes,
  bytesToBase64,
  chunkRanges,
  documentIcon,
  formatBytes,
  formatDuration,
  thumbnailBox,
} from '../../../../../renderer/src/features/conversation/attachmentModel';
import { buildCatalogue, emojiFromUnified, searchCatalogue } from '../../../../../renderer/src/features/conversation/emojiData';
import { messageKeyAction } from '../../../../../renderer/src/features/conversation/messageKeys';

describe('attachments in the renderer', () => {
  it('shows raster images inline, voice notes as players, and SVG and the rest as documents', () => {
    expect(attachmentKind({ contentType: 'image/png', voiceNote: false })).toBe('image');
    expect(attachmentKind({ contentType: 'image/svg+xml', voiceNote: false })).toBe('document');
    expect(attachmentKind({ contentType: 'audio/webm', voiceNote: true })).toBe('voice');
    expect(attachmentKind({ contentType: 'application/pdf', voiceNote: false })).toBe('document');
  });

  it('picks the document icon by extension, then by content type', () => {
    expect(documentIcon('report.PDF', 'application/octet-stream')).toBe('pdf');
    expect(documentIcon('data.xlsx', '')).toBe('sheet');
    expect(documentIcon(null, 'application/zip')).toBe('archive');
    expect(documentIcon('unknown.bin', 'application/octet-stream')).toBe('file');
  });

  it('splits a file into chunks of at most 512 KiB that cover every byte once', () => {
    const ranges = chunkRanges(1_200_000, 512 * 1024);
    expect(ranges).toEqual([
      { offset: 0, length: 524_288 },
      { offset: 524_288, length: 524_288 },
      { offset: 1_048_576, length: 151_424 },
    ]);
    expect(chunkRanges(0, 10)).toEqual([]);
    expect(() => chunkRanges(10, 0)).toThrow(RangeError);
  });

  it('round-trips bytes through base64 without Buffer, also for large chunks', () => {
    const bytes = new Uint8Array(300_000).map((_, index) => (index * 7) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
  });

  it('formats sizes and durations for people', () => {
    expect(formatBytes(532)).toBe('532 B');
    expect(formatBytes(12_400)).toBe('12.4 KB');
    expect(formatBytes(3_100_000)).toBe('3.1 MB');
    expect(formatDuration(7_400)).toBe('0:07');
    expect(formatDuration(750_000)).toBe('12:30');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('fits thumbnails in the bubble and keeps their aspect ratio', () => {
    expect(thumbnailBox(1600, 1200)).toEqual({ width: 320, height: 240 });
    expect(thumbnailBox(400, 2000)).toEqual({ width: 72, height: 360 });
    expect(thumbnailBox(null, null)).toEqual({ width: 320, height: 240 });
  });
});

describe('emoji and message keys', () => {
  it('builds the catalogue from unified codes and searches names', () => {
    const catalogue = buildCatalogue({
      emojis: {
        smileys_people: [
          { n: ['grinning face', 'grin'], u: '1f600', a: '1' },
          { n: ['thumbs up', '+1'], u: '1f44d', a: '0.6' },
          { n: ['too new'], u: '1fae8', a: '15' },
        ],
      },
    });
    expect(catalogue.smileys_people.map((entry) => entry.emoji)).toEqual(['😀', '👍']);
    expect(searchCatalogue(catalogue, 'thumb').map((entry) => entry.emoji)).toEqual(['👍']);
    expect(searchCatalogue(catalogue, '')).toEqual([]);
    expect(emojiFromUnified('2764-fe0f')).toBe('❤️');
  });

  it('maps keys on a focused message to actions', () => {
    const key = (name: string, modifiers: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
      messageKeyAction({ key: name, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...modifiers });
    expect(key('r')).toBe('reply');
    expect(key('E')).toBe('edit');
    expect(key('Delete')).toBe('delete');
    expect(key('Enter')).toBe('menu');
    expect(key('F10', { shiftKey: true })).toBe('menu');
    expect(key('c', { ctrlKey: true })).toBe('copy');
    expect(key('r', { altKey: true })).toBeUndefined();
    expect(key('x')).toBeUndefined();
  });
});
