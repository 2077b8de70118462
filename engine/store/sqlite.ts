/**
 * The one place that names the SQLite driver, so the rest of the store depends on a
 * type, not on how the native module was found.
 */
import Sqlite from 'better-sqlite3-multiple-ciphers';

export type SqliteDatabase = Sqlite.Database;
export type SqliteOptions = Sqlite.Options;
export const SqliteError = Sqlite.SqliteError;

export function openSqlite(filename: string, options: SqliteOptions = {}): SqliteDatabase {
  return new Sqlite(filename, options);
}
