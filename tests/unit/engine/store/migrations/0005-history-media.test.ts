import { describe, expect, it } from 'vitest';
import { migration0005HistoryMedia } from '../../../../../engine/store/migrations/0005-history-media';
import type { SqliteDatabase } from '../../../../../engine/store/sqlite';
import { alice, databaseAt } from './support';

/** A version-4 database with one message and two of its files. */
function versionFour(): SqliteDatabase {
  const db = databaseAt(4);
  db.exec(`
    INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, status)
      VALUES ('m1', 'c1', 'text', 'incoming', '${alice}', 1, 10, 11, 'received');
    INSERT INTO attachments (id, message_id, position, direction, content_type, file_name, size, key, state, created_at)
      VALUES ('a1', 'm1', 0, 'incoming', 'image/png', 'cat.png', 40, zeroblob(64), 'ready', 12),
             ('a2', 'm1', 1, 'incoming', 'application/pdf', NULL, 9, zeroblob(64), 'pending-download', 13);
  `);
  return db;
}

describe('migration 0005-history-media', () => {
  it('keeps every attachment row and accepts the two history states', () => {
    const db = versionFour();
    expect(() => db.prepare("UPDATE attachments SET state = 'not-on-device' WHERE id = 'a2'").run()).toThrow(/CHECK/);
    db.transaction(() => {
      migration0005HistoryMedia.up(db);
    })();
    expect(db.prepare('SELECT id, message_id, position, file_name, size, state FROM attachments ORDER BY id').all()).toEqual([
      { id: 'a1', message_id: 'm1', position: 0, file_name: 'cat.png', size: 40, state: 'ready' },
      { id: 'a2', message_id: 'm1', position: 1, file_name: null, size: 9, state: 'pending-download' },
    ]);
    db.prepare("UPDATE attachments SET state = 'not-on-device' WHERE id = 'a2'").run();
    db.prepare("UPDATE attachments SET state = 'awaiting-phone' WHERE id = 'a1'").run();
    expect(() => db.prepare("UPDATE attachments SET state = 'lost' WHERE id = 'a1'").run()).toThrow(/CHECK/);
    // Still removed with their message.
    db.prepare("DELETE FROM messages WHERE id = 'm1'").run();
    expect(db.prepare('SELECT count(*) AS count FROM attachments').get()).toEqual({ count: 0 });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'attachments_by_message'").all()).toHaveLength(1);
  });
});
