import { PrivateKey } from '@signalapp/libsignal-client';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { formatLinkUrl, LinkUrlError, parseLinkUrl } from '../../../../engine/linking/link-url';
import { decodeQrPng, QrImageError } from '../../../../engine/linking/qr-image';

const address = 'q4Zt3bL0x9VvY2c8Rk1sNw';

describe('linking URL', () => {
  it('round-trips the address and the 33-byte public key', () => {
    const key = PrivateKey.generate().getPublicKey();
    const url = formatLinkUrl(address, key);
    expect(url).toMatch(/^parley:\/\/link\?uuid=q4Zt3bL0x9VvY2c8Rk1sNw&pub_key=/);
    const parsed = parseLinkUrl(url);
    expect(parsed.address).toBe(address);
    expect(Buffer.from(parsed.publicKey.serialize())).toEqual(Buffer.from(key.serialize()));
  });

  it.each([
    ['not a URL', 'hello'],
    ['another scheme', 'https://link?uuid=abcdefghijklmnop&pub_key=AA'],
    ['no address', 'parley://link?pub_key=BQ'],
    ['a short key', `parley://link?uuid=${address}&pub_key=BQID`],
    ['a key of the wrong type', `parley://link?uuid=${address}&pub_key=${Buffer.alloc(33, 9).toString('base64')}`],
  ])('refuses %s', (_label, text) => {
    expect(() => parseLinkUrl(text)).toThrow(LinkUrlError);
  });
});

describe('QR image decoding', () => {
  it('reads the linking URL back from a rendered QR PNG', async () => {
    const url = formatLinkUrl(address, PrivateKey.generate().getPublicKey());
    const png = await QRCode.toBuffer(url, { errorCorrectionLevel: 'M', margin: 4, scale: 6 });
    expect(decodeQrPng(png)).toBe(url);
  });

  it('says clearly when the file is not a PNG or holds no QR code', () => {
    expect(() => decodeQrPng(Buffer.from('definitely not a png'))).toThrow(QrImageError);
    const blank = new PNG({ width: 120, height: 120 });
    blank.data.fill(255);
    expect(() => decodeQrPng(PNG.sync.write(blank))).toThrow(/No QR code/);
  });
});
