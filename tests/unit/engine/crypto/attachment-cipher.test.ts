import { createHash, randomBytes } from 'node:crypto';
import { PassThrough, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createAttachmentEncryptor, decryptAttachment } from '../../../../engine/crypto/attachment-cipher';
import { AttachmentIntegrityError } from '../../../../engine/crypto/errors';
import { paddedAttachmentSize } from '../../../../engine/crypto/padding';

async function encrypt(plaintext: Buffer, chunkSize = 64 * 1024) {
  const encryptor = createAttachmentEncryptor();
  const chunks: Array<Buffer> = [];
  const source = Readable.from(
    (function* () {
      for (let offset = 0; offset < plaintext.length; offset += chunkSize) yield plaintext.subarray(offset, offset + chunkSize);
    })(),
  );
  await pipeline(source, encryptor.stream, new Writable({ write: (chunk: Buffer, _e, done) => { chunks.push(chunk); done(); } }));
  return { blob: Buffer.concat(chunks), info: await encryptor.done };
}

function collect(): { sink: Writable; bytes: () => Buffer } {
  const chunks: Array<Buffer> = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { sink, bytes: () => Buffer.concat(chunks) };
}

function chunked(blob: Buffer, size = 1000): () => Readable {
  return () =>
    Readable.from(
      (function* () {
        for (let offset = 0; offset < blob.length; offset += size) yield blob.subarray(offset, offset + size);
      })(),
    );
}

describe('attachment cipher', () => {
  it.each([0, 1, 15, 16, 541, 5_000, 3 * 1024 * 1024 + 7])('round-trips %i bytes, streamed in chunks', async (size) => {
    const plaintext = randomBytes(size);
    const { blob, info } = await encrypt(plaintext);
    expect(info.plaintextSize).toBe(size);
    expect(info.ciphertextSize).toBe(blob.length);
    expect(info.key.length).toBe(64);
    // iv ‖ CBC(padded plaintext) ‖ mac
    expect(blob.length).toBe(16 + (Math.floor(paddedAttachmentSize(size) / 16) + 1) * 16 + 32);
    expect(info.digest).toEqual(createHash('sha256').update(blob).digest());
    const out = collect();
    await decryptAttachment(chunked(blob, 777), out.sink, { key: info.key, digest: info.digest, plaintextSize: size });
    expect(out.bytes().equals(plaintext)).toBe(true);
  });

  it('hides the exact size: files in one bucket give blobs of one length', async () => {
    const a = await encrypt(randomBytes(10_001));
    const b = await encrypt(randomBytes(10_050));
    expect(a.blob.length).toBe(b.blob.length);
  });

  it('refuses an altered blob before writing anything', async () => {
    const plaintext = randomBytes(4_000);
    const { blob, info } = await encrypt(plaintext);
    for (const index of [0, 20, blob.length - 40, blob.length - 1]) {
      const tampered = Buffer.from(blob);
      tampered[index] = (tampered[index] ?? 0) ^ 0x80;
      const out = collect();
      await expect(
        decryptAttachment(chunked(tampered), out.sink, { key: info.key, digest: info.digest, plaintextSize: 4_000 }),
      ).rejects.toThrow(AttachmentIntegrityError);
      expect(out.bytes().length).toBe(0);
    }
  });

  it('refuses a blob whose digest is not the one in the message, or with the wrong key', async () => {
    const { blob, info } = await encrypt(randomBytes(2_000));
    const out = collect();
    await expect(
      decryptAttachment(chunked(blob), out.sink, { key: info.key, digest: randomBytes(32), plaintextSize: 2_000 }),
    ).rejects.toThrow(/digest/);
    await expect(
      decryptAttachment(chunked(blob), out.sink, { key: randomBytes(64), digest: info.digest, plaintextSize: 2_000 }),
    ).rejects.toThrow(/integrity/);
    await expect(
      decryptAttachment(chunked(blob.subarray(0, 40)), out.sink, { key: info.key, digest: info.digest, plaintextSize: 2_000 }),
    ).rejects.toThrow(AttachmentIntegrityError);
    expect(out.bytes().length).toBe(0);
  });
});
