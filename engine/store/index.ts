/** The encrypted local store: open it with `openEncryptedStore`, use it through `Store`. */
export { databaseKeyLength, openDatabase, resolveNativeBinding } from './database';
export type { OpenDatabaseOptions } from './database';
export {
  DatabaseDamagedError,
  DatabaseFileError,
  DatabaseKeyError,
  DatabaseKeyMissingError,
  DatabaseMigrationError,
  DatabaseVersionError,
  NoLocalAccountError,
  UnknownIdentityError,
} from './errors';
export type { DatabaseFileReason, StoreOpenFailureCode } from './errors';
export type * from './interface';
export { latestSchemaVersion, migrate, migrations, schemaVersion } from './migrations';
export type { Migration } from './migrations';
export { databaseFileName, databaseFiles, hasDatabase, openEncryptedStore, openEncryptedStoreCheckingPages, prepareDatabaseKey, wipeStore } from './open';
export type { DatabaseFiles, EncryptedStoreLocation, OpenEncryptedStoreOptions } from './open';
export { createSqlStore } from './sql-store';
export { StorageFailedError, storageFailureOf } from './storage-failure';
export type { StorageFailureCode } from './storage-failure';
export type { SqlStoreOptions } from './sql-store';
export * from './types';
