import { describe, expect, it } from 'vitest';
import { padMessage, paddedAttachmentSize, unpadMessage } from '../../../../engine/crypto/padding';

describe('message padding', () => {
  it.each([0, 1, 158, 159, 160, 1000])('pads %i bytes to a multiple of 160 and back', (length) => {
    const plaintext = new Uint8Array(length).fill(7);
    const padded = padMessage(plaintext);
    expect(padded.length % 160).toBe(0);
    expect(padded.length).toBeGreaterThan(length);
    expect(Buffer.from(unpadMessage(padded))).toEqual(Buffer.from(plaintext));
  });

  it('refuses padding without its terminator or with stray bytes', () => {
    expect(() => unpadMessage(new Uint8Array(160))).toThrow(/missing/);
    const stray = padMessage(new Uint8Array(3));
    stray[100] = 1;
    expect(() => unpadMessage(stray)).toThrow(/malformed/);
  });
});

describe('attachment size buckets', () => {
  it('never shrinks a file, starts at 541 bytes and grows by about 5 %', () => {
    expect(paddedAttachmentSize(0)).toBe(541);
    expect(paddedAttachmentSize(541)).toBe(541);
    for (const size of [542, 10_000, 1_234_567, 100 * 1024 * 1024]) {
      const padded = paddedAttachmentSize(size);
      expect(padded).toBeGreaterThanOrEqual(size);
      expect(padded).toBeLessThanOrEqual(Math.ceil(size * 1.05) + 1);
    }
  });
});
