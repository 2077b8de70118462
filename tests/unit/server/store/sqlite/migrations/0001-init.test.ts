import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, SchemaTooNewError } from '../../../../../../server/store/sqlite/migrate';
import { migrations } from '../../../../../../server/store/sqlite/migrations';
import { migration0001Init } from '../../../../../../server/store/sqlite/migrations/0001-init';

describe('migration 0001-init', () => {
  it('creates the relay tables on an empty database and records version 1', () => {
    const db = new Database(':memory:');
    expect(migrate(db, [migration0001Init])).toBe(1);
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((row) => row.name);
    expect(tables).toEqual(['accounts', 'attachments', 'devices', 'link_tokens', 'messages', 'one_time_pre_keys']);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('is applied once: migrating again changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    db.prepare("INSERT INTO attachments (id, size, created_at, expires_at) VALUES ('x', 1, 0, 1)").run();
    migrate(db, migrations);
    expect(db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 1 });
    db.close();
  });

  it('refuses a database from a newer relay', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99');
    expect(() => migrate(db, migrations)).toThrow(SchemaTooNewError);
    db.close();
  });

  it('cascades a device removal to its keys and queue', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    db.exec(`
      INSERT INTO accounts (id, handle_hash, identity_key, created_at) VALUES ('a', x'01', x'02', 0);
      INSERT INTO devices (account_id, device_id, password_hash, registration_id, created_at, last_seen_at,
        signed_pre_key_id, signed_pre_key, signed_pre_key_signature, pq_last_resort_key_id, pq_last_resort_key, pq_last_resort_signature)
        VALUES ('a', 1, 'h', 1, 0, 0, 1, x'01', x'01', 2, x'01', x'01');
      INSERT INTO one_time_pre_keys (account_id, device_id, kind, key_id, public_key) VALUES ('a', 1, 0, 1, x'01');
      INSERT INTO messages (account_id, device_id, guid, server_timestamp, expires_at, envelope) VALUES ('a', 1, 'g', 0, 1, x'01');
      DELETE FROM devices WHERE account_id = 'a' AND device_id = 1;
    `);
    expect(db.prepare('SELECT (SELECT count(*) FROM one_time_pre_keys) + (SELECT count(*) FROM messages) AS n').get()).toEqual({ n: 0 });
    db.close();
  });
});
