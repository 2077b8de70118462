/**
 * The reference phone is a front end of its own: it words the engine's refusals for a
 * terminal, tersely, the way the renderer's i18n does for the desktop.
 */
import type { EngineErrorCode } from '../shared/domain/errors';
import { EngineError } from '../engine/kernel/errors';

const words = {
  'not-linked': 'this device is not linked',
  'invalid-id': 'no such item',
  'conversation-not-found': 'no such conversation',
  'group-not-supported': 'groups cannot do this yet',
  'message-not-found': 'no such message',
  'message-deleted': 'that message was deleted',
  'message-empty': 'a message needs text or a file',
  'message-too-long': 'the message is too long to send',
  'edit-needs-text': 'an edit needs text',
  'edit-text-only': 'only text can be edited',
  'edit-not-own': 'you can edit only your own messages',
  'delete-not-own': 'you can delete only your own messages for everyone',
  'reaction-not-allowed': 'only messages take reactions',
  'reaction-invalid': 'a reaction is one emoji',
  'quote-not-in-conversation': 'the quoted message is not in this chat',
  'retry-not-own-device': 'only this device’s messages can be sent again',
  'retry-not-waiting': 'that message is not waiting to be sent again',
  'avatar-invalid': 'the picture must be a small PNG, JPEG or WebP',
  'no-safety-number': 'no safety number yet: exchange a message first',
  'safety-number-not-a-code': 'not a safety number code',
  'safety-number-not-parley': 'not a Parley safety number',
  'safety-number-digits': 'a safety number has 60 digits',
  'safety-number-version': 'that safety number is from another app version',
  'unknown-handle': 'No Parley account has the handle @{handle}',
  'message-not-in-conversation': 'that message is not in this chat',
  'attachment-not-found': 'no such file',
  'attachment-not-downloaded': 'download the file first',
  'attachment-cannot-download': 'the message does not say where this file is',
  'attachment-unsafe-to-open': 'that file could run a program',
  'attachment-chunk-too-large': 'a file chunk was too large',
  'attachment-too-large': 'a file can be at most {maxBytes} bytes',
  'attachment-too-many-staging': 'too many files being added at once',
  'attachment-staging-unknown': 'no such file being added',
  'attachment-store-failed': 'the file could not be stored',
  'attachment-more-than-announced': 'more bytes than the file announced',
  'attachment-incomplete': 'only {received} of {size} bytes arrived',
  'attachment-already-sent': 'that file was sent already',
  'attachment-no-longer-staged': 'an attached file is no longer available',
  'attachment-not-own': 'only files added here can be sent',
  'attachment-not-on-device': 'the file is not stored here',
  'attachment-not-uploaded': 'the file was not uploaded',
  'attachment-damaged': 'the stored copy is damaged: download it again',
  'attachment-damaged-add-again': 'the stored copy is damaged: add it again',
  'attachment-transfer-failed': 'the transfer failed ({failure})',
  'attachment-cancelled': 'the transfer was cancelled',
  'attachment-service-closed': 'files are closed with the account',
  'attachment-read-range': 'a read outside the file',
  'attachment-no-application': 'no application opens this file',
  'download-names-exhausted': 'too many files with this name',
  'not-a-business': 'only a business owner’s phone links agents (register --business first)',
  'console-no-seat': 'this device has no console seat',
  'console-not-allowed': 'the seat’s role does not allow this change',
  'console-clock': 'the clock is too far off',
} satisfies Record<EngineErrorCode, string>;

/** A failure as one line for stderr. */
export function describeFailure(error: unknown): string {
  if (error instanceof EngineError) {
    return words[error.code].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = error.params[name];
      return value === undefined ? whole : String(value);
    });
  }
  return error instanceof Error ? error.message : String(error);
}
