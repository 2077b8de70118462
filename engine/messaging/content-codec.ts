/** Content ⇄ the padded plaintext that libsignal encrypts. */
import type { ContentFields } from '../../shared/proto/content';
import { Content } from '../../shared/proto/content';
import { padMessage, unpadMessage } from '../crypto/padding';

export function encodeContent(fields: ContentFields): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(padMessage(Content.encode(fields).finish()));
}

export class ContentFormatError extends Error {
  override readonly name = 'ContentFormatError';
}

export function decodeContent(padded: Uint8Array): Content {
  try {
    return Content.decode(unpadMessage(padded));
  } catch {
    throw new ContentFormatError('The message decrypted but its content is malformed.');
  }
}
