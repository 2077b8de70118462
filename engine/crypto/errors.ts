/** Errors of the engine's own ciphers: each says what failed, never with key material. */

export class ProvisioningMacError extends Error {
  override readonly name = 'ProvisioningMacError';
  constructor() {
    super('The linking message failed its integrity check: it was altered or not meant for this device.');
  }
}

export class ProvisioningFormatError extends Error {
  override readonly name = 'ProvisioningFormatError';
}

export class AttachmentIntegrityError extends Error {
  override readonly name = 'AttachmentIntegrityError';
}
