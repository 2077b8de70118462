import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

type Database = BetterSqlite3.Database;

/** One numbered schema step. `PRAGMA user_version` records the last one applied. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
