/**
 * Opens a SQLCipher 4 database with a raw 32-byte key, checks the key at once, and
 * sets the connection up (WAL, foreign keys, secure delete). Knows nothing about the
 * keychain: `open.ts` decides where the key comes from.
 */
import path from 'node:path';
import { DatabaseFileError, DatabaseKeyError } from './errors';
import { SqliteError, openSqlite } from './sqlite';
import type { SqliteDatabase } from './sqlite';

export const databaseKeyLength = 32;

export interface OpenDatabaseOptions {
  readonly path: string;
  /** 32 random bytes from the keychain. Used as a raw key: no passphrase KDF. */
  readonly key: Uint8Array;
  /** Only open an existing file; never create one. */
  readonly mustExist: boolean;
  /** A better-sqlite3 addon built for this runtime (Electron's ABI differs from Node's). */
  readonly nativeBinding?: string | undefined;
}

/**
 * Where an Electron-ABI build of the SQLite addon lives when the host provides one
 * (`PARLEY_NATIVE_DIR`, see docs/decisions/0003-native-modules.md); undefined means
 * "the copy in node_modules".
 */
export function resolveNativeBinding(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env['PARLEY_NATIVE_DIR'];
  if (dir === undefined || dir === '') return undefined;
  return path.join(dir, 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node');
}

/** SQLite error codes that mean "these bytes do not decrypt to a database". */
const wrongKeyCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

export function openDatabase(options: OpenDatabaseOptions): SqliteDatabase {
  if (options.key.length !== databaseKeyLength) {
    throw new DatabaseKeyError(options.path, { cause: new Error(`key has ${options.key.length} bytes, expected 32`) });
  }
  let db: SqliteDatabase;
  try {
    db = openSqlite(options.path, { fileMustExist: options.mustExist, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw new DatabaseFileError(options.path, describe(error), { cause: error });
  }
  try {
    applyKey(db, options.key);
    // Reading the schema is the first access that decrypts page 1: a wrong key fails
    // here, before anything could be written.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if (error instanceof SqliteError && wrongKeyCodes.has(error.code)) {
      throw new DatabaseKeyError(options.path, { cause: error });
    }
    throw new DatabaseFileError(options.path, describe(error), { cause: error });
  }
  try {
    configureConnection(db);
  } catch (error) {
    db.close();
    throw new DatabaseFileError(options.path, describe(error), { cause: error });
  }
  return db;
}

/**
 * SQLite3 Multiple Ciphers: choose the SQLCipher scheme with version-4 defaults
 * (AES-256-CBC, HMAC-SHA512, 4096-byte pages) before keying; `x'…'` with 64 hex digits
 * hands over the key bytes as they are.
 */
function applyKey(db: SqliteDatabase, key: Uint8Array): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  const hex = Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('hex');
  db.pragma(`key = "x'${hex}'"`);
}

function configureConnection(db: SqliteDatabase): void {
  const journalMode = db.pragma('journal_mode = WAL', { simple: true });
  if (journalMode !== 'wal') throw new Error(`journal_mode is ${String(journalMode)}, expected wal`);
  // WAL makes FULL's extra fsync per commit unnecessary for durability of committed data.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Overwrite freed pages so deleted rows (used pre-keys, old sessions) leave nothing behind.
  db.pragma('secure_delete = ON');
  // Temporary tables and sort spills stay in memory, never in a plaintext temp file.
  db.pragma('temp_store = MEMORY');
  db.pragma('busy_timeout = 5000');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
