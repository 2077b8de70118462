/**
 * Keychain failures the user has to act on, as codes: the renderer says what to do. No
 * message includes a key; `detail` is the platform's own explanation (a D-Bus error, a
 * missing module), for logs and support.
 */

/** Why the keychain could not be used. */
export type KeychainUnavailableReason =
  /** No D-Bus session bus: no address in the environment, or nothing listens at it. */
  | 'no-bus'
  /** The session bus answers, but no Secret Service (GNOME Keyring, KWallet, …) is on it or can be started. */
  | 'no-secret-service'
  /** The Secret Service has no default keyring, and there is no display to ask the user to create one. */
  | 'no-keyring'
  /** The keyring is locked and was not unlocked (no display to ask on, or the prompt was dismissed). */
  | 'locked'
  /** The keychain did not answer in time (for example, an unlock prompt nobody can see). */
  | 'timed-out'
  /** The native keytar module could not be loaded for this runtime. */
  | 'module'
  /** The keychain answered with an error, or did not keep what was stored. */
  | 'service-error';

export const keychainUnavailableReasons: ReadonlyArray<KeychainUnavailableReason> = [
  'no-bus',
  'no-secret-service',
  'no-keyring',
  'locked',
  'timed-out',
  'module',
  'service-error',
];

export class KeychainUnavailableError extends Error {
  override readonly name = 'KeychainUnavailableError';
  readonly code = 'keychain-unavailable';
  constructor(
    readonly reason: KeychainUnavailableReason,
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`keychain-unavailable (${reason}): ${detail}`, options);
  }
}

/** The keychain entry exists but is not a 32-byte key: something else wrote it. */
export class KeychainEntryInvalidError extends Error {
  override readonly name = 'KeychainEntryInvalidError';
  readonly code = 'keychain-entry-invalid';
  constructor(
    readonly service: string,
    readonly account: string,
  ) {
    super(
      `The system keychain entry "${account}" of "${service}" does not hold a Parley database key. ` +
        'It was left as it is; remove it only if you know it does not belong to an existing database.',
    );
  }
}
