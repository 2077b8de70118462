import { describe, expect, it } from 'vitest';
import { migration0001Init } from '../../../../../engine/store/migrations/0001-init';
import { migration0002Messaging } from '../../../../../engine/store/migrations/0002-messaging';
import { migration0003Attachments } from '../../../../../engine/store/migrations/0003-attachments';
import { migration0004OutboxLanes } from '../../../../../engine/store/migrations/0004-outbox-lanes';
import { openSqlite } from '../../../../../engine/store/sqlite';
import type { SqliteDatabase } from '../../../../../engine/store/sqlite';

const me = '11111111-1111-4111-8111-111111111111';
const bob = '22222222-2222-4222-8222-222222222222';
const carol = '33333333-3333-4333-8333-333333333333';

/** A version-3 database with queued sends to two contacts and to this account's devices, interleaved. */
function versionThree(): SqliteDatabase {
  const db = openSqlite(':memory:');
  db.pragma('foreign_keys = ON');
  for (const step of [migration0001Init, migration0002Messaging, migration0003Attachments]) step.up(db);
  db.exec(`
    INSERT INTO recipients (account_id, handle, created_at, updated_at) VALUES ('${bob}', 'bob', 1, 1), ('${carol}', 'carol', 1, 1);
    INSERT INTO conversations (id, type, recipient_account_id, created_at) VALUES ('c1', 'direct', '${bob}', 1);
    INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, body, status)
      VALUES ('m1', 'c1', 'text', 'outgoing', '${me}', 1, 10, 10, 'hi bob', 'pending');
    INSERT INTO outbox (kind, recipient_account_id, message_id, payload, created_at, next_attempt_at) VALUES
      ('message', '${bob}', 'm1', x'01', 10, 10),
      ('sync', '${me}', 'm1', x'02', 11, 11),
      ('receipt', '${carol}', NULL, x'03', 12, 12),
      ('other', '${bob}', NULL, x'04', 13, 13),
      ('message', '${me}', NULL, x'05', 14, 14);
  `);
  return db;
}

function migrated(): SqliteDatabase {
  const db = versionThree();
  db.transaction(() => {
    migration0004OutboxLanes.up(db);
  })();
  return db;
}

describe('migration 0004-outbox-lanes', () => {
  it('puts every queued item in its recipient’s lane, syncs in the own-devices lane, keeping order', () => {
    const db = migrated();
    expect(db.prepare('SELECT id, kind, lane FROM outbox ORDER BY id').all()).toEqual([
      { id: 1, kind: 'message', lane: `to:${bob}` },
      { id: 2, kind: 'sync', lane: 'own-devices' },
      { id: 3, kind: 'receipt', lane: `to:${carol}` },
      { id: 4, kind: 'other', lane: `to:${bob}` },
      // A note to self is a conversation of its own, not a sync.
      { id: 5, kind: 'message', lane: `to:${me}` },
    ]);
    // Each lane's order is its ids' order, read from the new index.
    const plan = db
      .prepare<[string], { detail: string }>('EXPLAIN QUERY PLAN SELECT * FROM outbox WHERE lane = ? ORDER BY id LIMIT 1')
      .all(`to:${bob}`)
      .map((row) => row.detail)
      .join(' ');
    expect(plan).toContain('outbox_by_lane');
  });

  it('adds an error code to messages, empty for existing rows and free of a fixed list', () => {
    const db = migrated();
    expect(db.prepare("SELECT error_code FROM messages WHERE id = 'm1'").get()).toEqual({ error_code: null });
    db.prepare("UPDATE messages SET status = 'failed', error_code = 'a-code-added-later' WHERE id = 'm1'").run();
    expect(db.prepare("SELECT status, error_code FROM messages WHERE id = 'm1'").get()).toEqual({ status: 'failed', error_code: 'a-code-added-later' });
    // The outbox still cascades from messages: nothing was rebuilt.
    db.prepare("DELETE FROM messages WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) AS count FROM outbox').get()).toEqual({ count: 3 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
