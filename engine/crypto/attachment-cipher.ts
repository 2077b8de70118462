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
import type { Readable } from 'node:stream';
import { Transform, Writable } from 'node:stream';
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

/** The exact size of the blob our encryptor makes for `plaintextSize` bytes: iv ‖ CBC(padded) ‖ mac. */
export function encryptedAttachmentSize(plaintextSize: number): number {
  return ivLength + (Math.floor(paddedAttachmentSize(plaintextSize) / 16) + 1) * 16 + macLength;
}

/**
 * Hashes a blob as it streams past (digest over everything, MAC over all but the last 32
 * bytes), so a download is checked on the way to disk without a second read.
 */
export interface AttachmentVerifier {
  /** A pass-through: pipe the blob in, the same bytes come out. */
  readonly stream: Transform;
  /** Bytes seen so far. */
  readonly bytesSeen: () => number;
  /** After the stream ended: throws `AttachmentIntegrityError` unless digest and MAC match. */
  verify(): void;
}

export function createAttachmentVerifier(expected: { readonly key: Uint8Array; readonly digest: Uint8Array }): AttachmentVerifier {
  const { macKey } = splitKey(expected.key);
  const digest = createHash('sha256');
  const mac = createHmac('sha256', macKey);
  let held: Buffer = Buffer.alloc(0);
  let total = 0;
  let ended = false;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      digest.update(chunk);
      total += chunk.length;
      held = feedMac(mac, held, chunk);
      callback(null, chunk);
    },
    flush(callback) {
      ended = true;
      callback();
    },
  });
  return {
    stream,
    bytesSeen: () => total,
    verify() {
      if (!ended) throw new AttachmentIntegrityError('The attachment did not arrive completely.');
      checkBlob(total, digest.digest(), expected.digest, mac.digest(), held);
    },
  };
}

/** Holds back the last 32 bytes seen: they are the MAC, not MAC input. Returns what is held. */
function feedMac(mac: ReturnType<typeof createHmac>, held: Buffer, chunk: Buffer): Buffer {
  if (held.length + chunk.length <= macLength) return Buffer.concat([held, chunk]);
  if (chunk.length >= macLength) {
    mac.update(held);
    mac.update(chunk.subarray(0, chunk.length - macLength));
    return Buffer.from(chunk.subarray(chunk.length - macLength));
  }
  const combined = Buffer.concat([held, chunk]);
  mac.update(combined.subarray(0, combined.length - macLength));
  return combined.subarray(combined.length - macLength);
}

function checkBlob(total: number, actualDigest: Buffer, expectedDigest: Uint8Array, actualMac: Buffer, theirMac: Buffer): void {
  if (total < ivLength + 16 + macLength || (total - ivLength - macLength) % 16 !== 0) {
    throw new AttachmentIntegrityError('The attachment is truncated.');
  }
  if (!safeEqual(actualDigest, expectedDigest)) {
    throw new AttachmentIntegrityError('The attachment does not match its digest: it was altered or is not the one sent.');
  }
  if (!safeEqual(actualMac, theirMac)) throw new AttachmentIntegrityError('The attachment failed its integrity check.');
}

/**
 * One pass over a stored blob checking digest and MAC; resolves with the blob's length.
 * Throws `AttachmentIntegrityError` for a blob that was altered.
 */
export async function verifyAttachment(
  source: Readable,
  expected: { readonly key: Uint8Array; readonly digest: Uint8Array },
): Promise<number> {
  const verifier = createAttachmentVerifier(expected);
  await pipeline(source, verifier.stream, new Writable({ write: (_chunk, _encoding, callback) => { callback(); } }));
  verifier.verify();
  return verifier.bytesSeen();
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
  const total = await verifyAttachment(openCiphertext(), expected);
  await pipeline(openCiphertext(), createVerifiedAttachmentDecryptor(expected.key, total, expected.plaintextSize), sink);
}

/**
 * Decrypts a blob that was verified already (its length is `blobSize`), dropping the iv,
 * the MAC and the padding. Use only after `verifyAttachment` or a verifier passed: CBC
 * without its MAC check is malleable.
 */
export function createVerifiedAttachmentDecryptor(key: Uint8Array, blobSize: number, plaintextSize: number): Transform {
  const { aesKey } = splitKey(key);
  let skipIv = ivLength;
  let iv = Buffer.alloc(0);
  let remainingCiphertext = blobSize - ivLength - macLength;
  let remainingPlaintext = plaintextSize;
  let decipher: ReturnType<typeof createDecipheriv> | undefined;
  const truncate = (bytes: Buffer): Buffer => {
    const kept = bytes.subarray(0, Math.max(0, Math.min(bytes.length, remainingPlaintext)));
    remainingPlaintext -= kept.length;
    return kept;
  };
  return new Transform({
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
        if (remainingPlaintext > 0) throw new AttachmentIntegrityError('The attachment is shorter than its stated size.');
        callback();
      } catch (error) {
        callback(error instanceof AttachmentIntegrityError ? error : new AttachmentIntegrityError('The attachment could not be decrypted.'));
      }
    },
  });
}

/**
 * Decrypts plaintext bytes [offset, offset + length) of a verified blob, reading only the
 * blocks that hold them: in CBC each block's iv is the ciphertext block before it (the
 * blob's iv for the first), so any block decrypts on its own. `readBlob(position, length)`
 * reads raw blob bytes. The range is clamped to `plaintextSize`, so padding never shows.
 */
export async function decryptAttachmentRange(
  readBlob: (position: number, length: number) => Promise<Buffer>,
  key: Uint8Array,
  plaintextSize: number,
  offset: number,
  length: number,
): Promise<Buffer> {
  const { aesKey } = splitKey(key);
  const end = Math.min(plaintextSize, offset + length);
  if (offset >= end) return Buffer.alloc(0);
  const firstBlock = Math.floor(offset / 16);
  const lastBlock = Math.floor((end - 1) / 16);
  // Block b's ciphertext sits at 16 + 16b; the 16 bytes before it are its iv.
  const raw = await readBlob(firstBlock * 16, (lastBlock - firstBlock + 2) * 16);
  if (raw.length !== (lastBlock - firstBlock + 2) * 16) throw new AttachmentIntegrityError('The attachment is truncated.');
  const decipher = createDecipheriv('aes-256-cbc', aesKey, raw.subarray(0, 16)).setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(raw.subarray(16)), decipher.final()]);
  const start = offset - firstBlock * 16;
  return plain.subarray(start, start + (end - offset));
}

function safeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
