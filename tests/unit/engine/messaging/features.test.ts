import { describe, expect, it } from 'vitest';
import { isAvatarDataUrl, maxAvatarDataUrlLength, parseAccountId, sameBytes } from '../../../../engine/messaging/features';

describe('wire values from contacts', () => {
  it('accepts only small png, jpeg and webp data URLs as avatars', () => {
    expect(isAvatarDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAvatarDataUrl('data:image/webp;base64,UklGRg==')).toBe(true);
    expect(isAvatarDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isAvatarDataUrl('data:text/html;base64,PGgxPg==')).toBe(false);
    expect(isAvatarDataUrl('https://example.com/a.png')).toBe(false);
    expect(isAvatarDataUrl(`data:image/png;base64,${'A'.repeat(maxAvatarDataUrlLength)}`)).toBe(false);
  });

  it('reads an account id without throwing on garbage', () => {
    expect(parseAccountId('5B0C7A84-4F4E-4A4F-9D55-1F2E3D4C5B6A')).toBe('5b0c7a84-4f4e-4a4f-9d55-1f2e3d4c5b6a');
    expect(parseAccountId('')).toBeUndefined();
    expect(parseAccountId('not-a-uuid')).toBeUndefined();
  });

  it('compares bytes of any length', () => {
    expect(sameBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(sameBytes(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(sameBytes(new Uint8Array([1]), new Uint8Array([1, 2]))).toBe(false);
  });
});
