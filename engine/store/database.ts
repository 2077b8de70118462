/**
 * Opens a SQLCipher 4 database with a raw 32-byte key, checks the key and every page at
 * once, and sets the connection up (WAL, foreign keys, secure delete). Knows nothing
 * about the keychain: `open.ts` decides where the key comes from.
 */
import path from 'node:path';
import { DatabaseDamagedError, DatabaseFileError, DatabaseKeyError } from './errors';
import { SqliteError, openSqlite } from './sqlite';
import type { SqliteDatabase } from './sqlite';
import { storageFailureOf } from './storage-failure';

export const databaseKeyLength = 32;

export interface OpenDatabaseOptions {
  readonly path: string;
  /** 32 random bytes from the keychain. Used as a raw key: no passphrase KDF. */
  readonly key: Uint8Array;
  /** Only open an existing file; never create one. */
  readonly mustExist: boolean;
  /** A better-sqlite3 addon built for this runtime (Electron's ABI differs from Node's). */
  readonly nativeBinding?: string | undefined;
  /**
   * Read every page before returning (default). A caller that checks them on another
   * thread instead (page-check.ts) passes false and must not act on the data until that
   * check has passed.
   */
  readonly checkPages?: boolean;
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

export function openDatabase(options: OpenDatabaseOptions): SqliteDatabase {
  if (options.key.length !== databaseKeyLength) {
    throw new DatabaseKeyError(options.path, { cause: new Error(`key has ${options.key.length} bytes, expected 32`) });
  }
  let db: SqliteDatabase;
  try {
    db = openSqlite(options.path, { fileMustExist: options.mustExist, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw new DatabaseFileError(options.path, 'cannot-open', describe(error), { cause: error });
  }
  try {
    applyKey(db, options.key);
    // Reading the schema is the first access that decrypts page 1: a wrong key fails
    // here, before anything could be written. SQLCipher cannot tell a wrong key from a
    // damaged page 1 (both fail the page's HMAC: SQLITE_NOTADB); a later schema page
    // that fails is damage (SQLITE_CORRUPT).
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if (error instanceof SqliteError && error.code === 'SQLITE_NOTADB') throw new DatabaseKeyError(options.path, { cause: error });
    throw damagedOrUnopenable(options.path, error);
  }
  try {
    configureConnection(db);
    if (options.checkPages ?? true) checkEveryPage(db, options.path);
  } catch (error) {
    db.close();
    throw error instanceof DatabaseDamagedError ? error : damagedOrUnopenable(options.path, error);
  }
  return db;
}

/**
 * SQLCipher verifies a page's HMAC only when it reads that page, so a file damaged past
 * page 1 opens fine and fails later, in the middle of receiving. `quick_check` reads
 * every page of every table and index (and checks their structure) without
 * `integrity_check`'s index-to-table cross-checks, which cost twice as much; on a
 * 112 MB database of 200,000 messages it takes about 1.5 s, on an 11 MB one of 20,000
 * about 0.15 s (see docs/storage.md). SQLite3 Multiple Ciphers has no
 * `cipher_integrity_check`. Runs before migrations, so a damaged file is never written.
 */
export function checkEveryPage(db: SqliteDatabase, file: string): void {
  const rows = db.pragma('quick_check') as Array<{ readonly quick_check: unknown }>;
  throwOnFindings(file, rows.map((row) => String(row.quick_check)));
}

/** What `quick_check` reported, as the error it means (nothing when it said "ok"). */
export function throwOnFindings(file: string, results: ReadonlyArray<string>): void {
  const findings = results.filter((finding) => finding !== 'ok');
  if (findings.length > 0) {
    // Findings name pages and b-trees, never content; a few are enough for support.
    throw new DatabaseDamagedError(file, 'database-corrupt', findings.slice(0, 3).join('; ').slice(0, 500));
  }
}

/** A SQLite failure at open: damage or I/O if it is one, else a file SQLite cannot use. */
function damagedOrUnopenable(file: string, error: unknown): Error {
  const failure = storageFailureOf(error);
  if (failure !== undefined) return new DatabaseDamagedError(file, failure, describe(error), { cause: error });
  return new DatabaseFileError(file, 'cannot-open', describe(error), { cause: error });
}

/**
 * SQLite3 Multiple Ciphers: choose the SQLCipher scheme with version-4 defaults
 * (AES-256-CBC, HMAC-SHA512, 4096-byte pages) before keying; `x'…'` with 64 hex digits
 * hands over the key bytes as they are.
 */
function applyKey(db: SqliteDatabase, key: Uint8Array): void {
  for (const pragma of keyingPragmas(key)) db.pragma(pragma);
}

/** The pragmas that key a connection, in order; the background page check keys its own with them. */
export function keyingPragmas(key: Uint8Array): ReadonlyArray<string> {
  const hex = Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('hex');
  return [`cipher = 'sqlcipher'`, 'legacy = 4', `key = "x'${hex}'"`];
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
  // 32 MB of decrypted pages (SQLite's default is 2 MB): a console's 10,000 conversations
  // and the chat list stay decrypted in memory between reads instead of being decrypted
  // again page by page. Process memory only; nothing of it is written anywhere.
  db.pragma('cache_size = -32768');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
