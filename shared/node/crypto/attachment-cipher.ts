/**
 * Attachments in Signal's format (DESIGN.md "Attachments"), streamed so a 100 MB file
 * never sits whole in memory:
 *
 *   key  = aesKey(32) ‖ macKey(32), random per attachment
 *   blob = iv(16) ‖ AES-256-CBC-PKCS7(plaintext ‖ zero padding) ‖ HMAC-SHA256(macKey, iv ‖ ciphertext)
 *   digest = SHA-256(blob), carried with the key inside the E2EE message
 *
 * The plaintext is padded with zeros to a 5 % size bucket; the true size travels in the
 * message and the receiver truncates to it.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AttachmentIntegrityError } from './errors';
import { paddedAttachmentSize } from './padding';

export const attachmentKeyLength = 64;
const ivLength = 16;
const macLength = 32;

export interface EncryptedAttachmentInfo {
  /** aesKey ‖ macKey. */
  readonly key: Buffer;
  /** SHA-256 of the whole encrypted blob. */
  readonly digest: Buffer;
  readonly plaintextSize: number;
  readonly ciphertextSize: number;
}

export interface AttachmentEncryptor {
  /** Pipe plaintext in, encrypted blob out. */
  readonly stream: Transform;
  /** Settles once the stream has flushed. */
  readonly done: Promise<EncryptedAttachmentInfo>;
}

function splitKey(key: Uint8Array): { aesKey: Buffer; macKey: Buffer } {
  if (key.length !== attachmentKeyLength) throw new AttachmentIntegrityError('An attachment key must be 64 bytes.');
  const bytes = Buffer.from(key);
  return { aesKey: bytes.subarray(0, 32), macKey: bytes.subarray(32) };
}

export function createAttachmentEncryptor(
  key: Buffer = randomBytes(attachmentKeyLength),
  iv: Buffer = randomBytes(ivLength),
): AttachmentEncryptor {
  const { aesKey, macKey } = splitKey(key);
  const cipher = createCipheriv('aes-256-cbc', aesKey, iv);
  const mac = createHmac('sha256', macKey).update(iv);
  const digest = createHash('sha256').update(iv);
  let plaintextSize = 0;
  let ciphertextSize = iv.length;
  let resolveDone: (info: EncryptedAttachmentInfo) => void = () => undefined;
  let rejectDone: (error: Error) => void = () => undefined;
  const done = new Promise<EncryptedAttachmentInfo>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  const emit = (stream: Transform, bytes: Buffer): void => {
    if (bytes.length === 0) return;
    mac.update(bytes);
    digest.update(bytes);
    ciphertextSize += bytes.length;
    stream.push(bytes);
  };
  const stream = new Transform({
    construct(callback) {
      this.push(iv);
      callback();
    },
    transform(chunk: Buffer, _encoding, callback) {
      plaintextSize += chunk.length;
      emit(this, cipher.update(chunk));
      callback();
    },
    flush(callback) {
      emit(this, cipher.update(Buffer.alloc(paddedAttachmentSize(plaintextSize) - plaintextSize)));
      emit(this, cipher.final());
      const tag = mac.digest();
      digest.update(tag);
      ciphertextSize += tag.length;
      this.push(tag);
      resolveDone({ key, digest: digest.digest(), plaintextSize, ciphertextSize });
      callback();
    },
  });
  stream.once('error', rejectDone);
  return { stream, done };
}

/**
 * Verifies the blob's digest and MAC over one pass of `openCiphertext()`, and only then
 * decrypts a second pass into `sink`, truncated to `plaintextSize`. Nothing is written
 * to the sink for a blob that fails either check.
 */
export async function decryptAttachment(
  openCiphertext: () => Readable,
  sink: Writable,
  expected: { readonly key: Uint8Array; readonly digest: Uint8Array; readonly plaintextSize: number },
): Promise<void> {
  const { aesKey, macKey } = splitKey(expected.key);
  const digest = createHash('sha256');
  const mac = createHmac('sha256', macKey);
  let held = Buffer.alloc(0);
  let total = 0;
  for await (const chunk of openCiphertext()) {
    const bytes = chunk as Buffer;
    digest.update(bytes);
    total += bytes.length;
    // Hold back the last 32 bytes seen: they are the MAC, not MAC input.
    const combined = Buffer.concat([held, bytes]);
    const macInput = combined.subarray(0, Math.max(0, combined.length - macLength));
    mac.update(macInput);
    held = combined.subarray(macInput.length);
  }
  if (total < ivLength + 16 + macLength) throw new AttachmentIntegrityError('The attachment is truncated.');
  if (!safeEqual(digest.digest(), expected.digest)) {
    throw new AttachmentIntegrityError('The attachment does not match its digest: it was altered or is not the one sent.');
  }
  if (!safeEqual(mac.digest(), held)) throw new AttachmentIntegrityError('The attachment failed its integrity check.');

  let skipIv = ivLength;
  let iv = Buffer.alloc(0);
  let remainingCiphertext = total - ivLength - macLength;
  let remainingPlaintext = expected.plaintextSize;
  let decipher: ReturnType<typeof createDecipheriv> | undefined;
  const truncate = (bytes: Buffer): Buffer => {
    const kept = bytes.subarray(0, Math.max(0, Math.min(bytes.length, remainingPlaintext)));
    remainingPlaintext -= kept.length;
    return kept;
  };
  const decrypt = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      let bytes = chunk;
      if (skipIv > 0) {
        const part = bytes.subarray(0, skipIv);
        iv = Buffer.concat([iv, part]);
        skipIv -= part.length;
        bytes = bytes.subarray(part.length);
        if (skipIv === 0) decipher = createDecipheriv('aes-256-cbc', aesKey, iv);
      }
      const body = bytes.subarray(0, Math.max(0, Math.min(bytes.length, remainingCiphertext)));
      remainingCiphertext -= body.length;
      if (decipher !== undefined && body.length > 0) this.push(truncate(decipher.update(body)));
      callback();
    },
    flush(callback) {
      try {
        if (decipher === undefined) throw new AttachmentIntegrityError('The attachment is truncated.');
        this.push(truncate(decipher.final()));
        callback();
      } catch (error) {
        callback(error instanceof AttachmentIntegrityError ? error : new AttachmentIntegrityError('The attachment could not be decrypted.'));
      }
    },
  });
  await pipeline(openCiphertext(), decrypt, sink);
}

function safeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
