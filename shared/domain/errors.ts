/**
 * Why something the user asked for could not be done: one list for the engine (which
 * throws `EngineError { code, params }`), the IPC schemas (which carry the code) and
 * the renderer's i18n (which words each one). A code added here must be worded there,
 * which a test checks.
 */
export const engineErrorCodes = [
  'not-linked',
  'invalid-id',
  'conversation-not-found',
  'group-not-supported',
  'message-not-found',
  'message-deleted',
  'message-empty',
  'edit-needs-text',
  'edit-text-only',
  'edit-not-own',
  'delete-not-own',
  'reaction-not-allowed',
  'reaction-invalid',
  'quote-not-in-conversation',
  'retry-not-own-device',
  'retry-not-waiting',
  'avatar-invalid',
  'no-safety-number',
  'safety-number-not-a-code',
  'safety-number-not-parley',
  'safety-number-digits',
  'safety-number-version',
  'unknown-handle',
  'message-not-in-conversation',
  'attachment-not-found',
  'attachment-not-downloaded',
  'attachment-cannot-download',
  'attachment-unsafe-to-open',
  'attachment-chunk-too-large',
  'download-names-exhausted',
] as const;
export type EngineErrorCode = (typeof engineErrorCodes)[number];

/** Values an error's text may show (a handle, a size), never secrets. */
export type EngineErrorParams = Readonly<Record<string, string | number>>;
