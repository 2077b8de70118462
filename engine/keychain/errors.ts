/**
 * Keychain failures the user has to act on, as codes: the renderer says what to do. No
 * message includes a key; `detail` is the platform's own explanation (a D-Bus error, a
 * missing module), for logs and support.
 */

import type { KeychainUnavailableReason } from '../../shared/domain/codes';
import { NamedError } from '../../shared/domain/named-error';

export { keychainUnavailableReasons } from '../../shared/domain/codes';
export type { KeychainUnavailableReason } from '../../shared/domain/codes';

export class KeychainUnavailableError extends NamedError {
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
export class KeychainEntryInvalidError extends NamedError {
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
