import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../engine/store/migrations';
import { migration0010ConsoleState } from '../../../../../engine/store/migrations/0010-console-state';
import type { SqliteDatabase } from '../../../../../engine/store/sqlite';
import { alice, databaseAt } from './support';

let seq = 0;
function message(db: SqliteDatabase, direction: 'incoming' | 'outgoing', sentAt: number, kind = 'text'): void {
  seq += 1;
  db.prepare(
    `INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, body, status)
     VALUES (?, 'c1', ?, ?, ?, 1, ?, ?, 'x', ?)`,
  ).run(`m${String(seq)}`, kind, direction, alice, sentAt, sentAt, direction === 'incoming' ? 'received' : 'sent');
}

/** Version 9 with alice as the member of her conversation `c1`. */
function atVersion9(): SqliteDatabase {
  const db = databaseAt(9);
  db.prepare(`INSERT INTO conversation_members (conversation_id, account_id, added_at) VALUES ('c1', ?, 1)`).run(alice);
  return db;
}

const activity = (db: SqliteDatabase): unknown =>
  db.prepare('SELECT last_incoming_at, last_outgoing_at, first_outgoing_at, waiting_since FROM console_conversations WHERE conversation_id = ?').get('c1');

describe('migration 0010-console-state', () => {
  it('fills the activity of stored messages, then its triggers keep it: a wait starts with the customer and ends with an answer', () => {
    const db = atVersion9();
    message(db, 'incoming', 100);
    message(db, 'outgoing', 200);
    message(db, 'incoming', 300);
    message(db, 'incoming', 400);
    message(db, 'incoming', 350, 'identity-change');
    db.transaction(() => {
      migration0010ConsoleState.up(db);
    })();
    // Waiting since the first message after the last answer.
    expect(activity(db)).toEqual({ last_incoming_at: 400, last_outgoing_at: 200, first_outgoing_at: 200, waiting_since: 300 });

    message(db, 'outgoing', 500);
    expect(activity(db)).toEqual({ last_incoming_at: 400, last_outgoing_at: 500, first_outgoing_at: 200, waiting_since: null });
    // A late customer message older than the answer starts no wait; a newer one does.
    message(db, 'incoming', 450);
    expect(activity(db)).toMatchObject({ last_incoming_at: 450, waiting_since: null });
    message(db, 'incoming', 600);
    message(db, 'incoming', 700);
    expect(activity(db)).toMatchObject({ last_incoming_at: 700, waiting_since: 600 });
    // An answer older than the wait (a transcript arriving late) leaves it running.
    message(db, 'outgoing', 550);
    expect(activity(db)).toMatchObject({ last_outgoing_at: 550, first_outgoing_at: 200, waiting_since: 600 });
  });

  it('makes the state tables, keeps one row per customer, and is applied once by the runner as version 10', () => {
    const db = atVersion9();
    db.transaction(() => {
      migration0010ConsoleState.up(db);
    })();
    const insert = db.prepare('INSERT INTO console_conversations (customer, status) VALUES (?, ?)');
    insert.run('a', 'open');
    expect(() => insert.run('a', 'open')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('b', 'closed')).toThrow(/CHECK/);
    // A customer's first message makes its row; deleting the conversation keeps the console state.
    message(db, 'incoming', 1);
    expect(db.prepare(`SELECT customer, status, waiting_since FROM console_conversations WHERE conversation_id = 'c1'`).get()).toEqual({ customer: alice, status: 'open', waiting_since: 1 });
    db.pragma('foreign_keys = ON');
    db.exec("DELETE FROM messages; DELETE FROM conversations WHERE id = 'c1'");
    expect(db.prepare('SELECT customer, conversation_id FROM console_conversations ORDER BY customer').all()).toEqual([
      { customer: alice, conversation_id: null },
      { customer: 'a', conversation_id: null },
    ]);

    const fresh = atVersion9();
    migrate(fresh, { target: 10 });
    expect(fresh.pragma('user_version', { simple: true })).toBe(10);
  });
});
