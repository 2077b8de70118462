/**
 * Conversations and outbox items name a set of recipients (issue 11), so a group is a
 * new module rather than a rewrite of the store.
 *
 * - `conversation_members`: who a conversation goes to, besides this account. A direct
 *   conversation has one member, its peer. `conversations.recipient_account_id` stays as
 *   the key that keeps one direct conversation per account (UNIQUE); nothing addresses
 *   messages through it any more.
 * - `outbox_recipients`: the accounts one item goes to, in order, and which of them the
 *   relay already took (`sent_at`, with whether it went sealed), so an item retried after
 *   a failure or a restart is not sent twice to the recipients that already have it.
 *   `outbox.recipient_account_id` goes: every item's recipients are moved here first.
 *
 * Both tables are new and the dropped column carries no index or constraint, so nothing
 * is rebuilt and nothing cascades.
 */
import type { Migration } from './migration';

export const migration0008RecipientSets: Migration = {
  version: 8,
  name: 'recipient-sets',
  up(db) {
    db.exec(`
      CREATE TABLE conversation_members (
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        account_id TEXT NOT NULL,
        added_at INTEGER NOT NULL,
        PRIMARY KEY (conversation_id, account_id)
      ) STRICT;
      CREATE INDEX conversation_members_by_account ON conversation_members (account_id);
      INSERT INTO conversation_members (conversation_id, account_id, added_at)
        SELECT id, recipient_account_id, created_at FROM conversations WHERE recipient_account_id IS NOT NULL;

      CREATE TABLE outbox_recipients (
        outbox_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        account_id TEXT NOT NULL,
        sent_at INTEGER,
        sealed INTEGER,
        PRIMARY KEY (outbox_id, position),
        UNIQUE (outbox_id, account_id)
      ) STRICT;
      INSERT INTO outbox_recipients (outbox_id, position, account_id)
        SELECT id, 0, recipient_account_id FROM outbox;
      ALTER TABLE outbox DROP COLUMN recipient_account_id;
    `);
  },
};
