/** Errors of the attachment service: each says what the user can do, never with key material. */
import { NamedError } from '../../shared/domain/named-error';

export class AttachmentError extends NamedError {
}

export class AttachmentNotFoundError extends AttachmentError {
  constructor() {
    super('No such attachment: it was deleted or never existed.');
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
      canDownload
        ? 'The stored file was altered or damaged, so it was not used. Download it again.'
        : 'The stored file was altered or damaged, so it was not used. Add the file again.',
    );
  }
}

export class AttachmentTransferCancelledError extends AttachmentError {
}

export class AttachmentServiceClosedError extends AttachmentError {
  constructor() {
    super('Attachments are not available: the account was closed.');
  }
}

/** The words shown when a download fails its digest or MAC check. */
export const alteredInTransit = 'The file was altered or damaged in transit.';
