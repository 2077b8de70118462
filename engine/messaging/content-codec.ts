/** Content ⇄ the padded plaintext that libsignal encrypts. */
import type { ContentFields } from '../../shared/proto/content';
import { Content } from '../../shared/proto/content';
import { padMessage, unpadMessage } from '../crypto/padding';
import { NamedError } from '../../shared/domain/named-error';

export function encodeContent(fields: ContentFields): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(padMessage(Content.encode(fields).finish()));
}

export class ContentFormatError extends NamedError {
}

export function decodeContent(padded: Uint8Array): Content {
  try {
    return Content.decode(unpadMessage(padded));
  } catch {
    throw new ContentFormatError('The message decrypted but its content is malformed.');
  }
}
