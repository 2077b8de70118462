/**
 * Why the encrypted store could not be opened. Each error names the file and carries a
 * `code` (and, where it helps, parameters) that the host turns into a typed state and
 * the renderer into words; none carries a key or any byte of one. The host shows these
 * on an error screen instead of starting over with an empty database.
 */
import type { StorageFailureCode } from './storage-failure';
import { NamedError } from '../../shared/domain/named-error';

/** Every way opening the store can fail, as one code per error class below. */
export type StoreOpenFailureCode =
  | 'database-key'
  | 'database-key-missing'
  | 'database-file'
  | 'database-version'
  | 'database-migration'
  | StorageFailureCode;

/** What is wrong with the data folder's files, for `DatabaseFileError`. */
export type DatabaseFileReason =
  /** The main file is missing or empty (0 bytes) but its write-ahead log holds data. */
  | 'wal-without-database'
  /** `parley.db` (or its -wal/-shm) is a folder, a device or a socket. */
  | 'not-a-file'
  /** The operating system refused to read it (permissions, I/O). */
  | 'unreadable'
  /** A first run could not create the folder or the file. */
  | 'cannot-create'
  /** SQLite could not open the file, or a setting failed on it. */
  | 'cannot-open';

/** The keychain's key does not open the database (or the file is not a Parley database). */
export class DatabaseKeyError extends NamedError {
  readonly code = 'database-key';
  constructor(
    readonly databasePath: string,
    options?: ErrorOptions,
  ) {
    super(
      `The database at ${databasePath} cannot be opened with the key from the system keychain: ` +
        'the key does not match, or the file is damaged or not a Parley database. ' +
        'The file has been left untouched. Restore the keychain entry that belongs to it, ' +
        'or unlink this device to start over.',
      options,
    );
  }
}

/** A database exists but the keychain holds no key for it. Never answered with a new database. */
export class DatabaseKeyMissingError extends NamedError {
  readonly code = 'database-key-missing';
  constructor(
    readonly databasePath: string,
    readonly keychainService: string,
    readonly keychainAccount: string,
  ) {
    super(
      `The database at ${databasePath} exists but the system keychain has no key for it ` +
        `(service "${keychainService}", account "${keychainAccount}"). ` +
        'Without that key the messages cannot be read. The file has been left untouched; ' +
        'restore the keychain entry (for example from a keyring backup), or unlink this device to start over.',
    );
  }
}

/** The data folder is in a state the store will not guess about (unreadable, or a stray WAL). */
export class DatabaseFileError extends NamedError {
  readonly code = 'database-file';
  constructor(
    readonly databasePath: string,
    readonly reason: DatabaseFileReason,
    /** The platform's own words (an errno message), for logs and support. */
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`database-file (${reason}) at ${databasePath}: ${detail}`, options);
  }
}

/**
 * The file's pages fail SQLCipher's HMAC or SQLite's structure checks, or the disk
 * failed while reading them. Raised at open (every page is read before anything is
 * written); the engine reports the same codes at run time through `storageFailed`.
 */
export class DatabaseDamagedError extends NamedError {
  constructor(
    readonly databasePath: string,
    readonly code: StorageFailureCode,
    /** What the check found (page numbers, never content), for logs and support. */
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`${code} at ${databasePath}: ${detail}`, options);
  }
}

/** The file was written by a newer Parley: opening it here could damage it. */
export class DatabaseVersionError extends NamedError {
  readonly code = 'database-version';
  constructor(
    readonly databasePath: string,
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `The database at ${databasePath} has schema version ${fileVersion}, newer than this Parley ` +
        `understands (${supportedVersion}). Update Parley to open it; the file has been left untouched.`,
    );
  }
}

/** A migration failed; its transaction was rolled back, so the file is at the previous version. */
export class DatabaseMigrationError extends NamedError {
  readonly code = 'database-migration';
  constructor(
    readonly version: number,
    readonly migrationName: string,
    options?: ErrorOptions,
  ) {
    super(`Updating the database to version ${version} (${migrationName}) failed; nothing was changed.`, options);
  }
}

/** The engine asked for this device's identity before registration or linking stored it. */
export class NoLocalAccountError extends NamedError {
  constructor() {
    super('This device has no account yet: register or link it first.');
  }
}

/** A verification state was set for a contact whose identity key was never seen. */
export class UnknownIdentityError extends NamedError {
  constructor(readonly addressName: string) {
    super(`No identity key is stored for ${addressName}; verify a contact only after a session exists.`);
  }
}
