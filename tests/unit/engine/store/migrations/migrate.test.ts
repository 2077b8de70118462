import { describe, expect, it } from 'vitest';
import { DatabaseMigrationError, DatabaseVersionError } from '../../../../../engine/store/errors';
import type { Migration } from '../../../../../engine/store/migrations';
import { latestSchemaVersion, migrate, migrations, schemaVersion } from '../../../../../engine/store/migrations';
import { openSqlite } from '../../../../../engine/store/sqlite';

describe('migrate', () => {
  it('numbers migrations 1, 2, 3… in file order', () => {
    expect(migrations.map((step) => step.version)).toEqual(migrations.map((_, index) => index + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('applies every migration once and records the version in user_version', () => {
    const db = openSqlite(':memory:');
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db)).toEqual(migrations.map((step) => step.version));
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    expect(migrate(db)).toEqual([]);
  });

  it('continues from the version a database is at', () => {
    const applied: Array<string> = [];
    const steps: Array<Migration> = [1, 2, 3].map((version) => ({
      version,
      name: `step-${version}`,
      up: (db) => {
        applied.push(`step-${version}`);
        db.exec(`CREATE TABLE t${version} (x INTEGER)`);
      },
    }));
    const db = openSqlite(':memory:');
    expect(migrate(db, { steps, target: 2 })).toEqual([1, 2]);
    expect(migrate(db, { steps })).toEqual([3]);
    expect(applied).toEqual(['step-1', 'step-2', 'step-3']);
  });

  it('rolls a failing migration back whole and leaves the version where it was', () => {
    const steps: Array<Migration> = [
      { version: 1, name: 'good', up: (db) => db.exec('CREATE TABLE a (x INTEGER)') },
      {
        version: 2,
        name: 'bad',
        up: (db) => {
          db.exec('CREATE TABLE b (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    const db = openSqlite(':memory:');
    const failure = (() => {
      try {
        migrate(db, { steps });
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    expect(failure).toBeInstanceOf(DatabaseMigrationError);
    expect((failure as DatabaseMigrationError).version).toBe(2);
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    expect(tables.map((row) => row.name)).toEqual(['a']);
  });

  it('refuses a database written by a newer version', () => {
    const db = openSqlite(':memory:');
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    expect(() => migrate(db)).toThrow(DatabaseVersionError);
  });

  it('refuses a list with a gap in its numbering', () => {
    const db = openSqlite(':memory:');
    const steps: Array<Migration> = [{ version: 2, name: 'skips-one', up: () => undefined }];
    expect(() => migrate(db, { steps })).toThrow(/expected 1/);
  });
});
