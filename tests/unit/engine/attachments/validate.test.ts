import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkMetadata, checkPointer, sanitizeContentType, sanitizeFileName } from '../../../../engine/attachments/validate';

const good = {
  blobId: 'A'.repeat(32),
  key: randomBytes(64),
  digest: randomBytes(32),
  size: 1234,
  contentType: 'image/png',
  fileName: 'photo.png',
  width: 640,
  height: 480,
  durationMs: null,
  voiceNote: false,
};

describe('attachment input checks', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\me\\evil.exe', 'evil.exe'],
    ['..', null],
    ['.bashrc', 'bashrc'],
    ['dir/', null],
    ['a\u0000b\u202e.txt', 'ab.txt'],
    ['what?.txt', 'what_.txt'],
    ['   ', null],
    [42, null],
    [null, null],
  ])('file name %j becomes %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('shortens a very long file name but keeps its extension', () => {
    const name = sanitizeFileName(`${'x'.repeat(400)}.pdf`);
    expect(name?.length).toBe(255);
    expect(name?.endsWith('.pdf')).toBe(true);
  });

  it.each([
    ['image/PNG', 'image/png'],
    ['text/plain; charset=utf-8', 'text/plain'],
    ['text', 'application/octet-stream'],
    ['a/b/c', 'application/octet-stream'],
    ['image/<script>', 'application/octet-stream'],
    ['', 'application/octet-stream'],
    [undefined, 'application/octet-stream'],
  ])('content type %j becomes %j', (input, expected) => {
    expect(sanitizeContentType(input)).toBe(expected);
  });

  it('accepts a sound pointer and copies its key and digest', () => {
    const checked = checkPointer(good);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.metadata).toEqual({
      contentType: 'image/png',
      fileName: 'photo.png',
      size: 1234,
      width: 640,
      height: 480,
      durationMs: null,
      voiceNote: false,
    });
    expect(Buffer.from(checked.key).equals(good.key)).toBe(true);
    expect(checked.key.buffer).not.toBe(good.key.buffer);
  });

  it.each([
    [{ key: randomBytes(32) }, /key is malformed/],
    [{ key: undefined }, /key is malformed/],
    [{ digest: randomBytes(31) }, /digest is malformed/],
    [{ size: 200 * 1024 * 1024 + 1 }, /larger than 200 MB/],
    [{ size: -1 }, /no valid size/],
    [{ size: 1.5 }, /no valid size/],
    [{ blobId: '' }, /no valid file/],
    [{ blobId: '../x/../../y/zzzzzzzzzzzz' }, /no valid file/],
  ])('records a bad pointer %# as unusable, with the reason', (change, reason) => {
    const checked = checkPointer({ ...good, ...change });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error).toBe('invalid-pointer');
    expect(checked.reason).toMatch(reason);
  });

  it('drops impossible dimensions and durations instead of refusing the file', () => {
    const checked = checkPointer({ ...good, width: 0, height: 1e9, durationMs: -5 });
    expect(checked.metadata).toMatchObject({ width: null, height: null, durationMs: null });
  });

  it('checks composer metadata: size bounds, cleaned names', () => {
    expect(checkMetadata({ ...good, size: 300 * 1024 * 1024 })).toBeUndefined();
    expect(checkMetadata({ ...good, fileName: '/tmp/x.png', contentType: 'IMAGE/PNG' })).toMatchObject({
      fileName: 'x.png',
      contentType: 'image/png',
    });
  });
});
