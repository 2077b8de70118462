/** Errors of the engine's own ciphers: each says what failed, never with key material. */
import { NamedError } from '../../shared/domain/named-error';

export class ProvisioningMacError extends NamedError {
  constructor() {
    super('The linking message failed its integrity check: it was altered or not meant for this device.');
  }
}

export class ProvisioningFormatError extends NamedError {
}

export class AttachmentIntegrityError extends NamedError {
}
