import { createHash, randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import {
  createAttachmentEncryptor,
  createAttachmentVerifier,
  createVerifiedAttachmentDecryptor,
  decryptAttachmentRange,
  encryptedAttachmentSize,
  verifyAttachment,
} from '../../../../engine/crypto/attachment-cipher';
import { AttachmentIntegrityError } from '../../../../engine/crypto/errors';

async function encrypt(plaintext: Buffer) {
  const encryptor = createAttachmentEncryptor();
  const chunks: Array<Buffer> = [];
  await pipeline(
    Readable.from([plaintext]),
    encryptor.stream,
    new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        chunks.push(chunk);
        done();
      },
    }),
  );
  return { blob: Buffer.concat(chunks), info: await encryptor.done };
}

function pieces(blob: Buffer, sizes: ReadonlyArray<number>): Readable {
  const parts: Array<Buffer> = [];
  let offset = 0;
  let index = 0;
  while (offset < blob.length) {
    const size = sizes[index++ % sizes.length] ?? 1;
    parts.push(blob.subarray(offset, offset + size));
    offset += size;
  }
  return Readable.from(parts);
}

const readFrom = (blob: Buffer) => (position: number, length: number) => Promise.resolve(blob.subarray(position, position + length));

describe('attachment cipher: ranges and streaming verification', () => {
  it('knows the exact blob size our encryptor makes', async () => {
    for (const size of [0, 1, 16, 541, 10_000, 123_457]) {
      const { blob } = await encrypt(randomBytes(size));
      expect(encryptedAttachmentSize(size)).toBe(blob.length);
    }
  });

  it('decrypts any range on its own, equal to the plaintext slice, never past the true size', async () => {
    const plaintext = randomBytes(20_011);
    const { blob, info } = await encrypt(plaintext);
    const cases: Array<[number, number]> = [
      [0, 1],
      [0, 16],
      [15, 2],
      [16, 16],
      [17, 31],
      [20_000, 100],
      [20_010, 1],
      [20_011, 5],
      [30_000, 5],
    ];
    for (let index = 0; index < 200; index++) {
      cases.push([Math.floor(Math.random() * 20_011), 1 + Math.floor(Math.random() * 3_000)]);
    }
    for (const [offset, length] of cases) {
      const range = await decryptAttachmentRange(readFrom(blob), info.key, plaintext.length, offset, length);
      expect(range.equals(plaintext.subarray(offset, offset + length))).toBe(true);
    }
  });

  it('refuses a range of a truncated blob', async () => {
    const { blob, info } = await encrypt(randomBytes(5_000));
    await expect(decryptAttachmentRange(readFrom(blob.subarray(0, 1_000)), info.key, 5_000, 4_000, 10)).rejects.toThrow(
      AttachmentIntegrityError,
    );
  });

  it('verifies a blob in any chunking, including pieces smaller than the MAC', async () => {
    const { blob, info } = await encrypt(randomBytes(9_999));
    for (const sizes of [[1], [7, 31, 33], [32], [4096], [blob.length]]) {
      const verifier = createAttachmentVerifier(info);
      const seen: Array<Buffer> = [];
      await pipeline(
        pieces(blob, sizes),
        verifier.stream,
        new Writable({
          write: (chunk: Buffer, _encoding, done) => {
            seen.push(chunk);
            done();
          },
        }),
      );
      verifier.verify();
      expect(verifier.bytesSeen()).toBe(blob.length);
      expect(Buffer.concat(seen).equals(blob)).toBe(true);
    }
    expect(await verifyAttachment(pieces(blob, [5, 50]), info)).toBe(blob.length);
  });

  it('catches a flipped bit anywhere, a wrong digest, a truncated or unfinished blob', async () => {
    const { blob, info } = await encrypt(randomBytes(3_000));
    for (const index of [0, 15, 16, 1_500, blob.length - 33, blob.length - 1]) {
      const tampered = Buffer.from(blob);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      await expect(verifyAttachment(pieces(tampered, [100]), info)).rejects.toThrow(AttachmentIntegrityError);
    }
    // A digest that matches the altered blob still fails the MAC.
    const tampered = Buffer.from(blob);
    tampered[100] = (tampered[100] ?? 0) ^ 0x01;
    const digest = createHash('sha256').update(tampered).digest();
    await expect(verifyAttachment(pieces(tampered, [100]), { key: info.key, digest })).rejects.toThrow(/integrity check/);
    await expect(verifyAttachment(pieces(blob.subarray(0, blob.length - 5), [100]), info)).rejects.toThrow(/truncated/);
    expect(() => {
      createAttachmentVerifier(info).verify();
    }).toThrow(/did not arrive completely/);
  });

  it('decrypts a verified blob as a stream, dropping iv, MAC and padding', async () => {
    const plaintext = randomBytes(70_001);
    const { blob, info } = await encrypt(plaintext);
    const out: Array<Buffer> = [];
    await pipeline(
      pieces(blob, [1_000, 3]),
      createVerifiedAttachmentDecryptor(info.key, blob.length, plaintext.length),
      new Writable({
        write: (chunk: Buffer, _encoding, done) => {
          out.push(chunk);
          done();
        },
      }),
    );
    expect(Buffer.concat(out).equals(plaintext)).toBe(true);
  });
});
