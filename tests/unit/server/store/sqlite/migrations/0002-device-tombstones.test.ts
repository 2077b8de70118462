import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../server/store/sqlite/migrate';
import { migration0001Init } from '../../../../../../server/store/sqlite/migrations/0001-init';
import { migration0002DeviceTombstones } from '../../../../../../server/store/sqlite/migrations/0002-device-tombstones';

const insertAccount = "INSERT INTO accounts (id, handle_hash, identity_key, created_at) VALUES ('a', x'01', x'02', 0)";
const insertDevice = `INSERT INTO devices (account_id, device_id, password_hash, registration_id, created_at, last_seen_at,
  signed_pre_key_id, signed_pre_key, signed_pre_key_signature, pq_last_resort_key_id, pq_last_resort_key, pq_last_resort_signature)
  VALUES ('a', 2, 'hash', 1, 0, 0, 1, x'01', x'01', 2, x'01', x'01')`;

describe('migration 0002-device-tombstones', () => {
  it('adds the tombstone table to a version-1 database, keeping its devices, and records version 2', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001Init]);
    db.exec(`${insertAccount}; ${insertDevice};`);
    expect(migrate(db, [migration0001Init, migration0002DeviceTombstones])).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    const columns = db
      .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('device_tombstones') ORDER BY cid")
      .all()
      .map((row) => row.name);
    expect(columns).toEqual(['id', 'account_id', 'device_id', 'password_hash', 'removed_at', 'expires_at']);
    expect(db.prepare('SELECT count(*) AS n FROM devices').get()).toEqual({ n: 1 });
    db.close();
  });

  it('lets several tombstones share one device id, and drops them with their account', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001Init, migration0002DeviceTombstones]);
    db.exec(`
      ${insertAccount};
      INSERT INTO device_tombstones (account_id, device_id, password_hash, removed_at, expires_at) VALUES ('a', 2, 'h1', 10, 99);
      INSERT INTO device_tombstones (account_id, device_id, password_hash, removed_at, expires_at) VALUES ('a', 2, 'h2', 20, 99);
    `);
    expect(db.prepare('SELECT count(*) AS n FROM device_tombstones').get()).toEqual({ n: 2 });
    db.exec("DELETE FROM accounts WHERE id = 'a'");
    expect(db.prepare('SELECT count(*) AS n FROM device_tombstones').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a tombstone without its account', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001Init, migration0002DeviceTombstones]);
    expect(() =>
      db.exec("INSERT INTO device_tombstones (account_id, device_id, password_hash, removed_at, expires_at) VALUES ('x', 2, 'h', 1, 2)"),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
