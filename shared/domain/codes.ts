/**
 * Codes that cross from the engine through the host to the renderer, listed once: the
 * engine's types, the IPC schemas (zod enums) and the renderer's i18n all derive from
 * these lists, so a code added here is checked everywhere it must be worded.
 */

/**
 * Why a message row shows an error (never words in the database). Sending: the relay
 * refused the message for good, its content could not be built, something unexpected
 * failed, the contact's safety number changed first, or an attachment did not upload.
 * Receiving ('undecryptable' rows): it did not decrypt (the sender was asked to
 * resend), it came from an identity not trusted, its content was malformed or carried
 * values out of range, or the envelope itself was invalid. Verification rows: what
 * the user did (marked the safety number verified, or cleared that).
 */
export const messageErrorCodes = [
  'send-refused',
  'send-invalid',
  'send-failed',
  'identity-changed',
  'upload-failed',
  'decryption-failed',
  'untrusted-identity',
  'malformed-content',
  'invalid-content',
  'invalid-envelope',
  'verified',
  'verification-cleared',
] as const;
export type MessageErrorCode = (typeof messageErrorCodes)[number];

/**
 * Why an attachment shows as failed (stored as the code, worded by the renderer): the
 * relay was out of reach; the file is gone from the relay (expired); the relay refuses
 * its size; the relay asked to wait; the relay refused it otherwise; its bytes were
 * altered (in transit, or the relay stored or sent other bytes); the copy stored here
 * failed its check (download it again, or, for a file added here, add it again); the
 * pointer in the message is unusable (bad size, key, digest or file name); or the upload
 * or download failed for another reason.
 */
export const attachmentFailureCodes = [
  'relay-unreachable',
  'gone-from-relay',
  'too-large-for-relay',
  'relay-busy',
  'relay-refused',
  'altered',
  'stored-copy-damaged',
  'stored-copy-damaged-add-again',
  'invalid-pointer',
  'upload-failed',
  'download-failed',
] as const;
export type AttachmentFailureCode = (typeof attachmentFailureCodes)[number];

/**
 * Why the system keychain could not be used: no D-Bus session bus; no Secret Service on
 * it; no default keyring and no display to create one on; a keyring that stayed locked;
 * no answer in time (an unlock prompt nobody can see); the native keytar module did not
 * load; the keychain answered with an error or did not keep what was stored.
 */
export const keychainUnavailableReasons = ['no-bus', 'no-secret-service', 'no-keyring', 'locked', 'timed-out', 'module', 'service-error'] as const;
export type KeychainUnavailableReason = (typeof keychainUnavailableReasons)[number];
