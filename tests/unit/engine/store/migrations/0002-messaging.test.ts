import { describe, expect, it } from 'vitest';
import { migration0001Init } from '../../../../../engine/store/migrations/0001-init';
import { migration0002Messaging } from '../../../../../engine/store/migrations/0002-messaging';
import { openSqlite } from '../../../../../engine/store/sqlite';
import type { SqliteDatabase } from '../../../../../engine/store/sqlite';

const alice = '11111111-1111-4111-8111-111111111111';

/** A version-1 database with one conversation, two messages, a queued send and a receipt. */
function versionOne(): SqliteDatabase {
  const db = openSqlite(':memory:');
  db.pragma('foreign_keys = ON');
  migration0001Init.up(db);
  db.exec(`
    INSERT INTO recipients (account_id, handle, created_at, updated_at) VALUES ('${alice}', 'alice', 1, 1);
    INSERT INTO conversations (id, type, recipient_account_id, created_at) VALUES ('c1', 'direct', '${alice}', 1);
    INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, server_guid, sent_at, received_at, body, status)
      VALUES ('m1', 'c1', 'text', 'outgoing', '${alice}', 1, NULL, 10, 10, 'Crème brûlée tonight?', 'sent'),
             ('m2', 'c1', 'text', 'incoming', '${alice}', 1, 'g2', 20, 21, 'yes please', 'received');
    INSERT INTO outbox (kind, recipient_account_id, message_id, payload, created_at, next_attempt_at)
      VALUES ('message', '${alice}', 'm1', x'01', 10, 10), ('receipt', '${alice}', NULL, x'02', 11, 11);
    INSERT INTO receipts (message_id, account_id, device_id, delivered_at) VALUES ('m1', '${alice}', 1, 12);
  `);
  return db;
}

function migrated(): SqliteDatabase {
  const db = versionOne();
  db.transaction(() => {
    migration0002Messaging.up(db);
  })();
  return db;
}

describe('migration 0002-messaging', () => {
  it('keeps every message, queued send and receipt across the rebuild of messages', () => {
    const db = migrated();
    expect(db.prepare('SELECT id, body, status FROM messages ORDER BY seq').all()).toEqual([
      { id: 'm1', body: 'Crème brûlée tonight?', status: 'sent' },
      { id: 'm2', body: 'yes please', status: 'received' },
    ]);
    expect(db.prepare('SELECT kind, message_id FROM outbox ORDER BY id').all()).toEqual([
      { kind: 'message', message_id: 'm1' },
      { kind: 'receipt', message_id: null },
    ]);
    expect(db.prepare('SELECT message_id, delivered_at FROM receipts').all()).toEqual([{ message_id: 'm1', delivered_at: 12 }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // The outbox still cascades from the new messages table.
    db.prepare("DELETE FROM messages WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) AS count FROM outbox').get()).toEqual({ count: 1 });
  });

  it('indexes existing and new bodies for search, ignoring accents, and follows edits and deletes', () => {
    const db = migrated();
    const search = (match: string): Array<unknown> =>
      db
        .prepare<[string], { id: string }>('SELECT m.id FROM messages_fts JOIN messages m ON m.seq = messages_fts.rowid WHERE messages_fts MATCH ?')
        .all(match)
        .map((row) => row.id);
    expect(search('creme')).toEqual(['m1']);
    db.prepare(
      `INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, body, status)
       VALUES ('m3', 'c1', 'text', 'incoming', '${alice}', 1, 30, 30, 'brulee is ready', 'received')`,
    ).run();
    expect(search('brulee')).toEqual(['m1', 'm3']);
    db.prepare("UPDATE messages SET body = 'changed my mind' WHERE id = 'm1'").run();
    expect(search('brulee')).toEqual(['m3']);
    expect(search('mind')).toEqual(['m1']);
    db.prepare("DELETE FROM messages WHERE id = 'm3'").run();
    expect(search('brulee')).toEqual([]);
    // FTS5 checks its index against the messages table and throws when they differ.
    expect(() => db.prepare("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')").run()).not.toThrow();
  });

  it('adds the new kinds, columns and tables, with one reaction per account per message', () => {
    const db = migrated();
    db.prepare(
      `INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, status, error_text)
       VALUES ('v1', 'c1', 'verified-change', 'outgoing', '${alice}', 2, 40, 40, 'sent', 'You marked alice as verified.')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, status)
           VALUES ('x', 'c1', 'sticker', 'outgoing', '${alice}', 2, 41, 41, 'sent')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(`INSERT INTO reactions (message_id, reactor_account_id, emoji, sent_at) VALUES ('m2', '${alice}', '👍', 50)`).run();
    expect(() => db.prepare(`INSERT INTO reactions (message_id, reactor_account_id, emoji, sent_at) VALUES ('m2', '${alice}', '❤️', 51)`).run()).toThrow(
      /UNIQUE|PRIMARY KEY/,
    );
    expect(db.prepare("SELECT pinned_at, archived, muted_until, draft, last_read_at FROM conversations WHERE id = 'c1'").get()).toEqual({
      pinned_at: null,
      archived: 0,
      muted_until: null,
      draft: null,
      last_read_at: null,
    });
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('reactions', 'message_sends', 'early_actions') ORDER BY name")
      .all()
      .map((row) => row.name);
    expect(tables).toEqual(['early_actions', 'message_sends', 'reactions']);
  });
});
