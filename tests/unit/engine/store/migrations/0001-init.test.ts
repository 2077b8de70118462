import { describe, expect, it } from 'vitest';
import { migration0001Init } from '../../../../../engine/store/migrations/0001-init';
import { openSqlite } from '../../../../../engine/store/sqlite';
import type { SqliteDatabase } from '../../../../../engine/store/sqlite';

function freshDatabase(): SqliteDatabase {
  const db = openSqlite(':memory:');
  db.pragma('foreign_keys = ON');
  migration0001Init.up(db);
  return db;
}

function columns(db: SqliteDatabase, table: string): Array<string> {
  return db
    .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid')
    .all(table)
    .map((row) => row.name);
}

describe('migration 0001-init', () => {
  it('creates every table the engine needs', () => {
    const db = freshDatabase();
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((row) => row.name);
    expect(tables).toEqual([
      'account',
      'conversations',
      'identity_key_changes',
      'identity_keys',
      'items',
      'kyber_pre_key_uses',
      'kyber_pre_keys',
      'messages',
      'outbox',
      'pre_keys',
      'processed_envelopes',
      'receipts',
      'recipient_devices',
      'recipients',
      'sender_keys',
      'sessions',
      'signed_pre_keys',
    ]);
    expect(columns(db, 'messages')).toEqual([
      'id',
      'conversation_id',
      'kind',
      'direction',
      'sender_account_id',
      'sender_device_id',
      'server_guid',
      'sent_at',
      'received_at',
      'body',
      'status',
      'error_text',
    ]);
    expect(columns(db, 'kyber_pre_keys')).toContain('is_last_resort');
    expect(columns(db, 'identity_keys')).toEqual([
      'address_name',
      'public_key',
      'verified',
      'first_seen_at',
      'changed_at',
      'change_pending',
    ]);
  });

  it('allows only one account row', () => {
    const db = freshDatabase();
    const insert = db.prepare(
      `INSERT INTO account (id, account_id, device_id, registration_id, identity_key_pair, relay_password, created_at)
       VALUES (?, 'a', 1, 1, x'00', 'p', 0)`,
    );
    insert.run(1);
    expect(() => insert.run(2)).toThrow(/CHECK constraint/);
  });

  it('refuses a second message with the same server guid', () => {
    const db = freshDatabase();
    db.exec(`INSERT INTO recipients (account_id, created_at, updated_at) VALUES ('r', 0, 0);
             INSERT INTO conversations (id, type, recipient_account_id, created_at) VALUES ('c', 'direct', 'r', 0)`);
    const insert = db.prepare(
      `INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, server_guid, sent_at, received_at, status)
       VALUES (?, 'c', 'text', 'incoming', 'r', 1, ?, 0, 0, 'received')`,
    );
    insert.run('m1', 'guid-1');
    insert.run('m2', null);
    insert.run('m3', null);
    expect(() => insert.run('m4', 'guid-1')).toThrow(/UNIQUE constraint/);
  });

  it('enforces column types and allowed values (STRICT tables, CHECKs)', () => {
    const db = freshDatabase();
    expect(() => db.exec(`INSERT INTO pre_keys (id, record, created_at) VALUES (1, x'00', 'yesterday')`)).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    expect(() =>
      db.exec(`INSERT INTO kyber_pre_keys (id, record, is_last_resort, created_at) VALUES (1, x'00', 2, 0)`),
    ).toThrow(/CHECK constraint/);
    expect(() =>
      db.exec(`INSERT INTO conversations (id, type, recipient_account_id, created_at) VALUES ('g', 'direct', NULL, 0)`),
    ).toThrow(/CHECK constraint/);
  });

  it('cascades from a conversation to its messages, receipts and outbox items', () => {
    const db = freshDatabase();
    db.exec(`
      INSERT INTO recipients (account_id, created_at, updated_at) VALUES ('r', 0, 0);
      INSERT INTO conversations (id, type, recipient_account_id, created_at) VALUES ('c', 'direct', 'r', 0);
      INSERT INTO messages (id, conversation_id, kind, direction, sender_account_id, sender_device_id, sent_at, received_at, status)
        VALUES ('m', 'c', 'text', 'outgoing', 'me', 1, 0, 0, 'pending');
      INSERT INTO receipts (message_id, account_id, device_id, delivered_at) VALUES ('m', 'r', 1, 5);
      INSERT INTO outbox (kind, recipient_account_id, message_id, payload, created_at, next_attempt_at)
        VALUES ('message', 'r', 'm', x'01', 0, 0);
      DELETE FROM conversations WHERE id = 'c';
    `);
    for (const table of ['messages', 'receipts', 'outbox']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('refuses a device row for an unknown recipient (foreign keys)', () => {
    const db = freshDatabase();
    expect(() =>
      db.exec(`INSERT INTO recipient_devices (account_id, device_id, first_seen_at, last_seen_at) VALUES ('nobody', 1, 0, 0)`),
    ).toThrow(/FOREIGN KEY constraint/);
  });
});
