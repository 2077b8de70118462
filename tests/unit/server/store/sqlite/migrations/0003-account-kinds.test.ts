import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../../server/store/sqlite/migrate';
import { migration0001Init } from '../../../../../../server/store/sqlite/migrations/0001-init';
import { migration0002DeviceTombstones } from '../../../../../../server/store/sqlite/migrations/0002-device-tombstones';
import { migration0003AccountKinds } from '../../../../../../server/store/sqlite/migrations/0003-account-kinds';

describe('migration 0003-account-kinds', () => {
  it('makes every existing account personal, keeps it, and records version 3', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, [migration0001Init, migration0002DeviceTombstones]);
    db.exec("INSERT INTO accounts (id, handle_hash, identity_key, created_at) VALUES ('a', x'01', x'02', 7)");
    expect(migrate(db, [migration0001Init, migration0002DeviceTombstones, migration0003AccountKinds])).toBe(3);
    expect(db.prepare('SELECT id, kind, created_at FROM accounts').all()).toEqual([{ id: 'a', kind: 'personal', created_at: 7 }]);
    // No CHECK: a later kind can be written without a rebuild.
    db.exec("INSERT INTO accounts (id, handle_hash, identity_key, kind, created_at) VALUES ('b', x'03', x'04', 'business', 8)");
    expect(db.prepare("SELECT kind FROM accounts WHERE id = 'b'").get()).toEqual({ kind: 'business' });
    db.close();
  });
});
