/**
 * The desktop's failures as the typed problems of `LinkState` (shared/ipc/link.ts):
 * codes and parameters only, never a sentence; the renderer's i18n words them.
 */
import type { LinkProblem } from '../../../shared/ipc/link';
import { ProvisioningFormatError, ProvisioningMacError } from '../../../engine/crypto/errors';
import { KeychainEntryInvalidError, KeychainUnavailableError } from '../../../engine/keychain';
import { RelayHttpError, RelayUnreachableError } from '../../../engine/relay-client/errors';
import {
  DatabaseDamagedError,
  DatabaseFileError,
  DatabaseKeyError,
  DatabaseKeyMissingError,
  DatabaseMigrationError,
  DatabaseVersionError,
  storageFailureOf,
} from '../../../engine/store';

/** Why the keychain or the encrypted store could not be used (at open, or while running). */
export function storageProblemOf(error: unknown): LinkProblem {
  if (error instanceof KeychainUnavailableError) return { code: 'keychain-unavailable', reason: error.reason };
  if (error instanceof KeychainEntryInvalidError) return { code: 'keychain-entry-invalid', service: error.service, account: error.account };
  if (error instanceof DatabaseKeyMissingError) {
    return { code: 'database-key-missing', service: error.keychainService, account: error.keychainAccount };
  }
  if (error instanceof DatabaseKeyError) return { code: 'database-key' };
  if (error instanceof DatabaseDamagedError) return { code: error.code };
  if (error instanceof DatabaseFileError) return { code: 'database-file', reason: error.reason };
  if (error instanceof DatabaseVersionError) {
    return { code: 'database-version', fileVersion: error.fileVersion, supportedVersion: error.supportedVersion };
  }
  // A migration that failed because the file is damaged or the disk is full says so.
  const failure = storageFailureOf(error);
  if (failure !== undefined) return { code: failure };
  if (error instanceof DatabaseMigrationError) return { code: 'database-migration', version: error.version };
  return { code: 'database-unknown' };
}

/** Why joining the account failed; a storage failure on the way is reported as one. */
export function linkAttemptProblemOf(error: unknown): LinkProblem {
  if (error instanceof ProvisioningMacError) return { code: 'link-integrity' };
  if (error instanceof ProvisioningFormatError) return { code: 'link-format' };
  if (error instanceof RelayHttpError) return { code: 'link-refused', status: error.status };
  if (error instanceof RelayUnreachableError) return { code: 'link-interrupted' };
  if (isStorageError(error)) return storageProblemOf(error);
  return { code: 'link-failed' };
}

function isStorageError(error: unknown): boolean {
  return (
    error instanceof KeychainUnavailableError ||
    error instanceof KeychainEntryInvalidError ||
    error instanceof DatabaseKeyMissingError ||
    error instanceof DatabaseKeyError ||
    error instanceof DatabaseDamagedError ||
    error instanceof DatabaseFileError ||
    error instanceof DatabaseVersionError ||
    error instanceof DatabaseMigrationError ||
    storageFailureOf(error) !== undefined
  );
}
