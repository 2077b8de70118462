/** Encrypted attachments: the service the engine and the host use, and its errors. */
export { AttachmentManager } from './manager';
export type { AttachmentManagerOptions } from './manager';
export {
  AttachmentError,
  AttachmentFileDamagedError,
  AttachmentNotFoundError,
  AttachmentServiceClosedError,
  AttachmentStagingError,
  AttachmentTransferCancelledError,
  AttachmentReadRangeError,
  AttachmentTransferError,
  AttachmentUnavailableError,
} from './errors';
export type { AttachmentErrorCode } from './errors';
export { maxAttachmentSize, sanitizeContentType, sanitizeFileName } from './validate';
export type * from './types';
