/**
 * Keychain failures the user has to act on. Messages never include a key; `detail`
 * is the platform's own explanation (a D-Bus error, a missing module), for support.
 */

/** Why the keychain could not be used. */
export type KeychainUnavailableReason =
  /** No Secret Service / keychain answered (no D-Bus session, daemon not running). */
  | 'unreachable'
  /** The keyring is locked and was not unlocked. */
  | 'locked'
  /** The native keytar module could not be loaded for this runtime. */
  | 'module'
  /** The keychain did not answer in time (for example, an unlock prompt left open). */
  | 'timeout';

export class KeychainUnavailableError extends Error {
  override readonly name = 'KeychainUnavailableError';
  constructor(
    readonly reason: KeychainUnavailableReason,
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`${advice[reason]} (${detail})`, options);
  }
}

const advice: Record<KeychainUnavailableReason, string> = {
  unreachable:
    'The system keychain could not be reached. Parley keeps the key to its database there; ' +
    'start or unlock your keyring (on Linux, a Secret Service such as GNOME Keyring or KWallet) and try again.',
  locked: 'The system keychain is locked. Unlock it and try again.',
  module: 'Parley could not load its keychain module for this runtime; reinstalling Parley should repair it.',
  timeout: 'The system keychain did not answer in time. Unlock it if it is asking for a password, then try again.',
};

/** The keychain entry exists but is not a 32-byte key: something else wrote it. */
export class KeychainEntryInvalidError extends Error {
  override readonly name = 'KeychainEntryInvalidError';
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
