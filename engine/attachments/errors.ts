/**
 * Errors of the attachment service. Each carries a code (and values such as a size) that
 * the host passes on and the renderer words; the message is for logs and tests, and
 * never holds key material.
 */
import type { AttachmentFailureCode } from '../../shared/domain/codes';
import type { EngineErrorCode, EngineErrorParams } from '../../shared/domain/errors';
import { NamedError } from '../../shared/domain/named-error';

export type AttachmentErrorCode = Extract<EngineErrorCode, `attachment-${string}`>;

export class AttachmentError extends NamedError {
  constructor(
    readonly code: AttachmentErrorCode,
    message: string,
    readonly params?: EngineErrorParams,
  ) {
    super(message);
  }
}

export class AttachmentNotFoundError extends AttachmentError {
  constructor() {
    super('attachment-not-found', 'No such attachment: it was deleted or never existed.');
  }
}

/** Staging went wrong: unknown upload id, too many or too few bytes, bad metadata. */
export class AttachmentStagingError extends AttachmentError {
}

/** The attachment has no readable local copy (not downloaded yet, or failed). */
export class AttachmentUnavailableError extends AttachmentError {
}

/** The encrypted file in the attachments folder no longer matches its MAC. */
export class AttachmentFileDamagedError extends AttachmentError {
  /** `canDownload`: the relay has the file, so the user can fetch it again. */
  constructor(readonly canDownload: boolean) {
    super(
      canDownload ? 'attachment-damaged' : 'attachment-damaged-add-again',
      canDownload ? 'The stored file was altered or damaged; it can be downloaded again.' : 'The stored file was altered or damaged; it must be added again.',
    );
  }
}

/** An upload or download failed; `failure` is what its row now shows. */
export class AttachmentTransferError extends AttachmentError {
  constructor(
    readonly failure: AttachmentFailureCode,
    kind: 'upload' | 'download',
  ) {
    super('attachment-transfer-failed', `The ${kind} failed: ${failure}.`, { failure });
  }
}

export class AttachmentTransferCancelledError extends AttachmentError {
  constructor(kind: 'upload' | 'download') {
    super('attachment-cancelled', `The ${kind} was cancelled.`);
  }
}

export class AttachmentServiceClosedError extends AttachmentError {
  constructor() {
    super('attachment-service-closed', 'Attachments are not available: the account was closed.');
  }
}

/** A read outside what one call may ask for. */
export class AttachmentReadRangeError extends AttachmentError {
  constructor(maxBytes: number) {
    super('attachment-read-range', `A read must be a range of at most ${String(maxBytes)} bytes at a non-negative offset.`, { maxBytes });
  }
}
