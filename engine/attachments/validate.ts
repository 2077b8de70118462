/**
 * What an incoming pointer or a composer's metadata may hold. A contact's client is not
 * trusted: a file name never carries a path, a content type is a plain `type/subtype`,
 * sizes are bounded, and key and digest have their exact lengths.
 */
import type { AttachmentPointerFields } from '../../shared/proto/content';
import type { AttachmentMetadata } from './types';

/** Largest file accepted either way (matches `maxAttachmentBytes` of the IPC contract). */
export const maxAttachmentSize = 200 * 1024 * 1024;
const maxDimension = 100_000;
const maxFileNameLength = 255;
const fallbackContentType = 'application/octet-stream';

const tokenPattern = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;
/** The relay hands out base64url ids; anything else cannot be fetched. */
const blobIdPattern = /^[A-Za-z0-9_-]{16,128}$/;

/** `type/subtype` in lower case without parameters, or the generic binary type. */
export function sanitizeContentType(value: unknown): string {
  if (typeof value !== 'string') return fallbackContentType;
  const [essence = ''] = value.split(';');
  const [type, subtype, ...rest] = essence.trim().toLowerCase().split('/');
  if (type === undefined || subtype === undefined || rest.length > 0) return fallbackContentType;
  return tokenPattern.test(type) && tokenPattern.test(subtype) ? `${type}/${subtype}` : fallbackContentType;
}

/**
 * The last path segment, without control characters or leading dots (no hidden files,
 * no `..`), at most 255 characters keeping the extension; null when nothing is left.
 */
export function sanitizeFileName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const segments = value.split(/[/\\]/);
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  let name = (segments.at(-1) ?? '').replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  name = name.replace(/^\.+/, '').replace(/[:*?"<>|]/g, '_').trim();
  if (name.length === 0) return null;
  if (name.length > maxFileNameLength) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    name = name.slice(0, maxFileNameLength - extension.length) + extension;
  }
  return name;
}

function dimension(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= maxDimension ? value : null;
}

function duration(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2 ** 31 ? value : null;
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= maxAttachmentSize;
}

/** Composer metadata, cleaned; throws a message for the user when it cannot be used. */
/** The metadata cleaned up, or undefined for a size an attachment cannot have. */
export function checkMetadata(metadata: AttachmentMetadata): AttachmentMetadata | undefined {
  if (!isSize(metadata.size)) return undefined;
  return {
    contentType: sanitizeContentType(metadata.contentType),
    fileName: sanitizeFileName(metadata.fileName),
    size: metadata.size,
    width: dimension(metadata.width),
    height: dimension(metadata.height),
    durationMs: duration(metadata.durationMs),
    voiceNote: metadata.voiceNote,
  };
}

export type CheckedPointer =
  | {
      readonly ok: true;
      readonly metadata: AttachmentMetadata;
      readonly blobId: string;
      readonly key: Uint8Array<ArrayBuffer>;
      readonly digest: Uint8Array<ArrayBuffer>;
    }
  | {
      readonly ok: false;
      readonly metadata: AttachmentMetadata;
      /** Stored on the row; the renderer words it. */
      readonly error: 'invalid-pointer';
      /** What exactly is wrong, for logs and tests. */
      readonly reason: string;
    };

/** Never throws: a pointer that cannot be used comes back with its failure code and the reason. */
export function checkPointer(pointer: AttachmentPointerFields): CheckedPointer {
  const metadata: AttachmentMetadata = {
    contentType: sanitizeContentType(pointer.contentType),
    fileName: sanitizeFileName(pointer.fileName),
    size: isSize(pointer.size) ? pointer.size : 0,
    width: dimension(pointer.width),
    height: dimension(pointer.height),
    durationMs: duration(pointer.durationMs),
    voiceNote: pointer.voiceNote === true,
  };
  const fail = (reason: string): CheckedPointer => ({ ok: false, metadata, error: 'invalid-pointer', reason });
  if (!isSize(pointer.size)) return fail(`it is larger than ${String(maxAttachmentSize / 1024 / 1024)} MB or has no valid size.`);
  if (!(pointer.key instanceof Uint8Array) || pointer.key.length !== 64) return fail('its key is malformed.');
  if (!(pointer.digest instanceof Uint8Array) || pointer.digest.length !== 32) return fail('its digest is malformed.');
  if (typeof pointer.blobId !== 'string' || !blobIdPattern.test(pointer.blobId)) return fail('it names no valid file on the relay.');
  return { ok: true, metadata, blobId: pointer.blobId, key: new Uint8Array(pointer.key), digest: new Uint8Array(pointer.digest) };
}
