import { migrate } from '../../../../../engine/store/migrations';
import { openSqlite } from '../../../../../engine/store/sqlite';
import type { SqliteDatabase } from '../../../../../engine/store/sqlite';

export const alice = '11111111-1111-4111-8111-111111111111';

/** An in-memory database migrated to `version`, with alice and her conversation `c1`. */
export function databaseAt(version: number): SqliteDatabase {
  const db = openSqlite(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, { target: version });
  db.exec(`
    INSERT INTO recipients (account_id, handle, created_at, updated_at) VALUES ('${alice}', 'alice', 1, 1);
    INSERT INTO conversations (id, type, recipient_account_id, created_at) VALUES ('c1', 'direct', '${alice}', 1);
  `);
  return db;
}
