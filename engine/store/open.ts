/**
 * The one way the engine gets its store: finds or creates the database key in the
 * keychain, opens (or on first run creates) the SQLCipher file with it, and migrates.
 *
 * What it never does, whatever fails: create a database over an existing one, delete or
 * rewrite an existing file, overwrite a keychain entry, or write the key anywhere but
 * the keychain. See docs/storage.md.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { KeychainUnavailableError } from '../keychain/errors';
import type { KeyStore } from '../keychain/key-store';
import { assertValidProfileId } from '../keychain/key-store';
import { checkEveryPage, databaseKeyLength, openDatabase, resolveNativeBinding } from './database';
import { checkPagesInBackground, PageCheckUnavailableError } from './page-check';
import { DatabaseFileError, DatabaseKeyMissingError } from './errors';
import type { Store } from './interface';
import { latestSchemaVersion, migrate, schemaVersion } from './migrations';
import type { SqliteDatabase } from './sqlite';
import { createSqlStore } from './sql-store';
import type { Clock } from './sql/rows';

export const databaseFileName = 'parley.db';

export interface DatabaseFiles {
  readonly database: string;
  readonly wal: string;
  readonly shm: string;
  /** Only present while a non-WAL journal is in use; listed so a wipe leaves nothing. */
  readonly journal: string;
}

export function databaseFiles(dataDir: string): DatabaseFiles {
  const database = path.join(dataDir, databaseFileName);
  return { database, wal: `${database}-wal`, shm: `${database}-shm`, journal: `${database}-journal` };
}

export interface EncryptedStoreLocation {
  /** The folder that holds `parley.db`; one profile per folder. */
  readonly dataDir: string;
  readonly keyStore: KeyStore;
  /** Names this profile's keychain entry; must be unique per data folder on this machine. */
  readonly profileId: string;
  /**
   * An older entry this profile's key may still be under (the phone CLI once kept every
   * data folder's key under one shared entry). Read only when the profile's own entry is
   * missing and a database exists; once its key has opened the database it is copied to
   * the profile's entry and read back. The old entry is never removed: other data
   * folders may still depend on it.
   */
  readonly legacyProfileId?: string;
}

export interface OpenEncryptedStoreOptions extends EncryptedStoreLocation {
  /** The SQLite addon to load; defaults to the build in `PARLEY_NATIVE_DIR`, else node_modules. */
  readonly nativeBinding?: string | undefined;
  readonly now?: Clock;
}

type FileState = 'absent' | 'empty' | 'present';

/**
 * Decides whether a database exists. An empty main file with no WAL (or an empty one)
 * holds nothing (a first run that stopped before its first write) and may be
 * initialised. A WAL or SHM without its main file, or a WAL with data beside an empty
 * main file, is a state we do not guess about: SQLite itself would delete such a WAL
 * (it takes a 0-byte database for a new one) and start over, losing what it held.
 */
async function inspect(files: DatabaseFiles): Promise<FileState> {
  const [database, wal, shm] = await Promise.all([sizeOf(files.database), sizeOf(files.wal), sizeOf(files.shm)]);
  if (database === undefined) {
    if (wal !== undefined || shm !== undefined) {
      throw new DatabaseFileError(files.database, 'wal-without-database', `no database file; -wal ${sizeText(wal)}, -shm ${sizeText(shm)}`);
    }
    return 'absent';
  }
  if (database === 0) {
    if ((wal ?? 0) > 0) throw new DatabaseFileError(files.database, 'wal-without-database', `database 0 bytes; -wal ${sizeText(wal)}`);
    return 'empty';
  }
  return 'present';
}

function sizeText(size: number | undefined): string {
  return size === undefined ? 'absent' : `${String(size)} bytes`;
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new DatabaseFileError(file, 'not-a-file', 'not a regular file');
    return stat.size;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    if (error instanceof DatabaseFileError) throw error;
    throw new DatabaseFileError(file, 'unreadable', errorMessage(error), { cause: error });
  }
}

/**
 * Whether `dataDir` holds a database to open (an empty file left by an interrupted
 * first run does not count). Throws `DatabaseFileError` for the states `inspect` will
 * not guess about, so a caller never treats a stray WAL as "no database yet".
 */
export async function hasDatabase(dataDir: string): Promise<boolean> {
  return (await inspect(databaseFiles(dataDir))) === 'present';
}

/**
 * Makes sure the keychain holds the key a first run will create its database with,
 * without creating the database (an existing entry is kept, as `openEncryptedStore`
 * would). A desktop uses it to find a keychain problem before it shows a linking code,
 * while it still has nothing worth storing. Throws what `openEncryptedStore` would.
 */
export async function prepareDatabaseKey(location: EncryptedStoreLocation): Promise<void> {
  assertValidProfileId(location.profileId);
  const key = await keyForNewDatabase(location);
  key.fill(0);
}

export async function openEncryptedStore(options: OpenEncryptedStoreOptions): Promise<Store> {
  return (await openKeyed(options, 'at-open')).store;
}

/**
 * Opens like `openEncryptedStore`, but checks the pages on a worker thread (page-check.ts)
 * while the caller goes on: `pagesChecked` resolves once every page read back intact and
 * rejects with `DatabaseDamagedError` otherwise. Until it resolves the caller may show
 * what the store holds but must not acknowledge or send anything. A database that needs
 * a migration is checked before it is migrated, here, as `openEncryptedStore` does.
 */
export async function openEncryptedStoreCheckingPages(
  options: OpenEncryptedStoreOptions,
): Promise<{ readonly store: Store; readonly pagesChecked: Promise<void> }> {
  const opened = await openKeyed(options, 'in-background');
  return { store: opened.store, pagesChecked: opened.pagesChecked };
}

async function openKeyed(
  options: OpenEncryptedStoreOptions,
  pageCheck: 'at-open' | 'in-background',
): Promise<{ readonly store: Store; readonly pagesChecked: Promise<void> }> {
  assertValidProfileId(options.profileId);
  const files = databaseFiles(options.dataDir);
  const state = await inspect(files);
  const found = state === 'present' ? await existingKey(options, files) : { key: await keyForNewDatabase(options), legacy: false };
  const key = found.key;
  const nativeBinding = options.nativeBinding ?? resolveNativeBinding();
  let db: SqliteDatabase;
  let pagesChecked = Promise.resolve();
  try {
    if (state === 'absent') await createPrivateFile(options.dataDir, files.database);
    db = openDatabase({ path: files.database, key, mustExist: true, nativeBinding, checkPages: pageCheck === 'at-open' });
    if (pageCheck === 'in-background') {
      if (schemaVersion(db) < latestSchemaVersion) {
        // Never migrate (write) a file before every page was read back.
        checkOnThisThread(db, files.database);
      } else {
        const opened = db;
        pagesChecked = checkPagesInBackground({ file: files.database, key, nativeBinding }).catch((error: unknown) => {
          if (!(error instanceof PageCheckUnavailableError)) throw error;
          // The worker could not check at all: check here instead, slower but as sure.
          checkEveryPage(opened, files.database);
        });
      }
    }
    // The legacy entry's key opened this database: it is this folder's key.
    if (found.legacy) await adoptLegacyKey(options, key);
  } finally {
    // The copy in this process is no longer needed (SQLite and the check keep their own).
    key.fill(0);
  }
  // Whoever awaits it sees the failure; nobody may be left with an unhandled rejection.
  pagesChecked.catch(() => undefined);
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { store: createSqlStore(db, options.now === undefined ? {} : { now: options.now }), pagesChecked };
}

function checkOnThisThread(db: SqliteDatabase, file: string): void {
  try {
    checkEveryPage(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
}

async function existingKey(
  options: OpenEncryptedStoreOptions,
  files: DatabaseFiles,
): Promise<{ readonly key: Uint8Array; readonly legacy: boolean }> {
  const key = await options.keyStore.getDatabaseKey(options.profileId);
  if (key !== null) return { key, legacy: false };
  if (options.legacyProfileId !== undefined) {
    const legacy = await options.keyStore.getDatabaseKey(options.legacyProfileId);
    if (legacy !== null) return { key: legacy, legacy: true };
  }
  const entry = options.keyStore.describeEntry(options.profileId);
  throw new DatabaseKeyMissingError(files.database, entry.service, entry.account);
}

/**
 * Copies a key found under the legacy entry to the profile's own entry. Best effort, and
 * nothing is removed: when the keychain refuses (or silently drops the copy) the legacy
 * entry still holds the key and the next open tries again.
 */
async function adoptLegacyKey(options: OpenEncryptedStoreOptions, key: Uint8Array): Promise<void> {
  try {
    await options.keyStore.setDatabaseKey(options.profileId, key);
  } catch {
    // Still under the legacy entry; see above.
  }
}

/**
 * A key for a database about to be created. An existing keychain entry is reused, never
 * replaced: it may belong to a database that is only out of reach right now (a data
 * folder on an unmounted disk), and replacing it would lose that database for good.
 */
async function keyForNewDatabase(options: EncryptedStoreLocation): Promise<Uint8Array> {
  const existing = await options.keyStore.getDatabaseKey(options.profileId);
  if (existing !== null) return existing;
  const key = new Uint8Array(randomBytes(databaseKeyLength));
  await options.keyStore.setDatabaseKey(options.profileId, key);
  // Read it back before any data depends on it: a keychain that silently drops entries
  // would otherwise leave a database nobody can open.
  const stored = await options.keyStore.getDatabaseKey(options.profileId);
  const kept = stored?.length === key.length && timingSafeEqual(stored, key);
  stored?.fill(0);
  if (!kept) throw new KeychainUnavailableError('service-error', 'the new database key did not read back');
  return key;
}

/** Creates the database file readable by this user only; SQLite gives -wal/-shm the same mode. */
async function createPrivateFile(dataDir: string, file: string): Promise<void> {
  try {
    await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
    const handle = await fs.open(file, 'wx', 0o600);
    await handle.close();
  } catch (error) {
    throw new DatabaseFileError(file, 'cannot-create', errorMessage(error), { cause: error });
  }
}

/**
 * Unlinking: deletes the database with its WAL/SHM/journal, then the keychain entry.
 * Files go first so that a failure midway leaves a harmless stray key, never a database
 * without one. Closes `store` first if given; any other open handle must be closed by
 * the caller.
 */
export async function wipeStore(options: EncryptedStoreLocation & { readonly store?: Store }): Promise<void> {
  assertValidProfileId(options.profileId);
  options.store?.close();
  const files = databaseFiles(options.dataDir);
  for (const file of [files.database, files.wal, files.shm, files.journal]) {
    await fs.rm(file, { force: true });
  }
  await options.keyStore.deleteDatabaseKey(options.profileId);
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
