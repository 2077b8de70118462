import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

type Database = BetterSqlite3.Database;
import type { Migration } from './migrations';
import { NamedError } from '../../../shared/domain/named-error';

export class SchemaTooNewError extends NamedError {
  constructor(readonly found: number, readonly known: number) {
    super(`The relay database has schema version ${String(found)}; this relay knows up to ${String(known)}. Run a newer relay.`);
  }
}

/** Applies every migration newer than the database, each in its own transaction. */
export function migrate(db: Database, migrations: ReadonlyArray<Migration>): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new SchemaTooNewError(current, latest);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${String(migration.version)}`);
    })();
  }
  return latest;
}
