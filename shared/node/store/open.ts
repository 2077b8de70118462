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
import { databaseKeyLength, openDatabase, resolveNativeBinding } from './database';
import { DatabaseFileError, DatabaseKeyMissingError } from './errors';
import type { Store } from './interface';
import { migrate } from './migrations';
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
}

export interface OpenEncryptedStoreOptions extends EncryptedStoreLocation {
  /** The SQLite addon to load; defaults to the build in `PARLEY_NATIVE_DIR`, else node_modules. */
  readonly nativeBinding?: string | undefined;
  readonly now?: Clock;
}

type FileState = 'absent' | 'empty' | 'present';

/**
 * Decides whether a database exists. An empty main file with no WAL holds nothing (a
 * first run that stopped before its first write) and may be initialised; a WAL or SHM
 * without its main file is a state we do not guess about.
 */
async function inspect(files: DatabaseFiles): Promise<FileState> {
  const [database, wal, shm] = await Promise.all([sizeOf(files.database), sizeOf(files.wal), sizeOf(files.shm)]);
  if (database === undefined) {
    if (wal !== undefined || shm !== undefined) {
      throw new DatabaseFileError(
        files.database,
        'the database file is missing but its write-ahead log is present. Nothing was changed; ' +
          'restore the database file or remove the stray -wal/-shm files yourself.',
      );
    }
    return 'absent';
  }
  if (database === 0 && (wal ?? 0) === 0) return 'empty';
  return 'present';
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new DatabaseFileError(file, 'it is not a regular file');
    return stat.size;
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return undefined;
    if (error instanceof DatabaseFileError) throw error;
    throw new DatabaseFileError(file, `it cannot be read (${errorMessage(error)})`, { cause: error });
  }
}

export async function openEncryptedStore(options: OpenEncryptedStoreOptions): Promise<Store> {
  assertValidProfileId(options.profileId);
  const files = databaseFiles(options.dataDir);
  const state = await inspect(files);
  const key = state === 'present' ? await existingKey(options, files) : await keyForNewDatabase(options);
  let db: SqliteDatabase;
  try {
    if (state === 'absent') await createPrivateFile(options.dataDir, files.database);
    db = openDatabase({
      path: files.database,
      key,
      mustExist: true,
      nativeBinding: options.nativeBinding ?? resolveNativeBinding(),
    });
  } finally {
    // The copy in this process is no longer needed (SQLite keeps its own).
    key.fill(0);
  }
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return createSqlStore(db, options.now === undefined ? {} : { now: options.now });
}

async function existingKey(options: OpenEncryptedStoreOptions, files: DatabaseFiles): Promise<Uint8Array> {
  const key = await options.keyStore.getDatabaseKey(options.profileId);
  if (key === null) {
    const entry = options.keyStore.describeEntry(options.profileId);
    throw new DatabaseKeyMissingError(files.database, entry.service, entry.account);
  }
  return key;
}

/**
 * A key for a database about to be created. An existing keychain entry is reused, never
 * replaced: it may belong to a database that is only out of reach right now (a data
 * folder on an unmounted disk), and replacing it would lose that database for good.
 */
async function keyForNewDatabase(options: OpenEncryptedStoreOptions): Promise<Uint8Array> {
  const existing = await options.keyStore.getDatabaseKey(options.profileId);
  if (existing !== null) return existing;
  const key = new Uint8Array(randomBytes(databaseKeyLength));
  await options.keyStore.setDatabaseKey(options.profileId, key);
  // Read it back before any data depends on it: a keychain that silently drops entries
  // would otherwise leave a database nobody can open.
  const stored = await options.keyStore.getDatabaseKey(options.profileId);
  const kept = stored?.length === key.length && timingSafeEqual(stored, key);
  stored?.fill(0);
  if (!kept) throw new KeychainUnavailableError('unreachable', 'the keychain did not keep the new database key');
  return key;
}

/** Creates the database file readable by this user only; SQLite gives -wal/-shm the same mode. */
async function createPrivateFile(dataDir: string, file: string): Promise<void> {
  try {
    await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
    const handle = await fs.open(file, 'wx', 0o600);
    await handle.close();
  } catch (error) {
    throw new DatabaseFileError(file, `it cannot be created (${errorMessage(error)})`, { cause: error });
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
