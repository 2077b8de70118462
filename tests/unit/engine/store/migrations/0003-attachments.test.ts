import { describe, expect, it } from 'vitest';
import { migration0003Attachments } from '../../../../../engine/store/migrations/0003-attachments';
import { alice, databaseAt } from './support';

describe('migration 0003-attachments', () => {
  it('adds the attachments table: files of a message in order, removed with it, with a 64-byte key', () => {
    const db = databaseAt(2);
    db.exec(`
      INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, status)
        VALUES ('m1', 'c1', 'text', 'incoming', '${alice}', 1, 10, 11, 'received');
    `);
    db.transaction(() => {
      migration0003Attachments.up(db);
    })();
    const insert = db.prepare(
      `INSERT INTO attachments (id, message_id, position, direction, content_type, size, key, state, created_at) VALUES (?, ?, ?, 'incoming', 'image/png', 1, ?, 'ready', 1)`,
    );
    insert.run('a2', 'm1', 1, Buffer.alloc(64));
    insert.run('a1', 'm1', 0, Buffer.alloc(64));
    // Staged in the composer: no message yet.
    insert.run('s1', null, 0, Buffer.alloc(64));
    expect(() => insert.run('bad-key', 'm1', 2, Buffer.alloc(32))).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE attachments SET state = 'lost' WHERE id = 'a1'").run()).toThrow(/CHECK/);
    expect(() => insert.run('orphan', 'no-such-message', 0, Buffer.alloc(64))).toThrow(/FOREIGN KEY/);
    expect(db.prepare("SELECT id FROM attachments WHERE message_id = 'm1' ORDER BY position").all()).toEqual([{ id: 'a1' }, { id: 'a2' }]);
    db.prepare("DELETE FROM messages WHERE id = 'm1'").run();
    expect(db.prepare('SELECT id FROM attachments').all()).toEqual([{ id: 's1' }]);
  });
});
