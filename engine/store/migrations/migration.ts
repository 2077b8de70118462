import type { SqliteDatabase } from '../sqlite';

/**
 * One step of the schema. `up` runs inside a transaction together with the bump of
 * `PRAGMA user_version`, so a failed step leaves the file at the previous version.
 * Steps are never edited once released: a change is a new, higher-numbered file.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: SqliteDatabase): void;
}
