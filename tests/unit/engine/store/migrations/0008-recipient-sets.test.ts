import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../engine/store/migrations';
import { migration0008RecipientSets } from '../../../../../engine/store/migrations/0008-recipient-sets';
import type { SqliteDatabase } from '../../../../../engine/store/sqlite';
import { alice, databaseAt } from './support';

const me = '00000000-0000-4000-8000-000000000000';

/** A version-7 database with alice's conversation (from support), a group, and queued items. */
function versionSeven(): SqliteDatabase {
  const db = databaseAt(7);
  db.exec(`
    INSERT INTO conversations (id, type, recipient_account_id, created_at) VALUES ('g1', 'group', NULL, 2);
    INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, body, status)
      VALUES ('m1', 'c1', 'text', 'outgoing', '${me}', 1, 10, 10, 'hi', 'pending');
    INSERT INTO outbox (kind, lane, recipient_account_id, message_id, payload, created_at, next_attempt_at, attempts, last_error) VALUES
      ('message', 'to:${alice}', '${alice}', 'm1', x'01', 10, 50, 2, 'network'),
      ('sync', 'own-devices', '${me}', 'm1', x'02', 11, 11, 0, NULL);
  `);
  return db;
}

function migrated(): SqliteDatabase {
  const db = versionSeven();
  db.transaction(() => {
    migration0008RecipientSets.up(db);
  })();
  return db;
}

describe('migration 0008-recipient-sets', () => {
  it('makes each direct conversation’s peer its one member, and a group starts with none', () => {
    const db = migrated();
    expect(db.prepare('SELECT conversation_id, account_id, added_at FROM conversation_members ORDER BY conversation_id').all()).toEqual([
      { conversation_id: 'c1', account_id: alice, added_at: 1 },
    ]);
    // The column stays as the key for one direct conversation per account.
    expect(() => db.exec(`INSERT INTO conversations (id, type, recipient_account_id, created_at) VALUES ('c2', 'direct', '${alice}', 3)`)).toThrow(/UNIQUE/);
  });

  it('moves every queued item’s recipient into its recipient set, unsent, and keeps the item as it was', () => {
    const db = migrated();
    expect(db.prepare('SELECT outbox_id, position, account_id, sent_at, sealed FROM outbox_recipients ORDER BY outbox_id').all()).toEqual([
      { outbox_id: 1, position: 0, account_id: alice, sent_at: null, sealed: null },
      { outbox_id: 2, position: 0, account_id: me, sent_at: null, sealed: null },
    ]);
    expect(db.prepare('SELECT id, kind, lane, message_id, attempts, next_attempt_at, last_error FROM outbox ORDER BY id').all()).toEqual([
      { id: 1, kind: 'message', lane: `to:${alice}`, message_id: 'm1', attempts: 2, next_attempt_at: 50, last_error: 'network' },
      { id: 2, kind: 'sync', lane: 'own-devices', message_id: 'm1', attempts: 0, next_attempt_at: 11, last_error: null },
    ]);
    const columns = (db.prepare("SELECT name FROM pragma_table_info('outbox')").all() as Array<{ name: string }>).map((row) => row.name);
    expect(columns).not.toContain('recipient_account_id');
  });

  it('removes an item’s recipients with the item, and a conversation’s members with the conversation', () => {
    const db = migrated();
    db.exec('DELETE FROM outbox WHERE id = 1');
    expect(db.prepare('SELECT outbox_id FROM outbox_recipients').all()).toEqual([{ outbox_id: 2 }]);
    db.exec("DELETE FROM conversations WHERE id = 'c1'");
    expect(db.prepare('SELECT count(*) AS n FROM conversation_members').get()).toEqual({ n: 0 });
  });

  it('refuses one account twice in one item’s recipients', () => {
    const db = migrated();
    expect(() => db.exec(`INSERT INTO outbox_recipients (outbox_id, position, account_id) VALUES (2, 1, '${me}')`)).toThrow(/UNIQUE/);
  });

  it('is applied once by the runner, which records version 8', () => {
    const db = versionSeven();
    migrate(db, { target: 8 });
    expect(db.pragma('user_version', { simple: true })).toBe(8);
    expect(db.prepare('SELECT count(*) AS n FROM outbox_recipients').get()).toEqual({ n: 2 });
  });
});
